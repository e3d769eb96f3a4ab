// Composes every conformance schema set with the reference composition (@apollo/composition) and writes
// supergraph.graphql beside its subgraphs/ folder. Usage: node compose.mjs [casesRoot]
// A schema set is any folder that has a subgraphs/ folder of <name>.graphql files; the subgraph URL is
// http://<name>/graphql (the conformance harness routes each subgraph in process by name).
import { readdirSync, readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../../GraphGateway.Conformance.Tests/Cases'));

function* schemaSets(dir) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) continue;
    if (existsSync(join(path, 'subgraphs'))) yield path;
    else yield* schemaSets(path);
  }
}

let failed = 0;
for (const set of schemaSets(root)) {
  const dir = join(set, 'subgraphs');
  const services = readdirSync(dir).filter(f => f.endsWith('.graphql')).sort().map(f => {
    const name = f.slice(0, -'.graphql'.length);
    return { name, url: `http://${name}/graphql`, typeDefs: parse(readFileSync(join(dir, f), 'utf8')) };
  });
  const result = composeServices(services);
  if (result.errors) {
    failed++;
    console.error(`${set}: composition failed`);
    for (const e of result.errors) console.error(`  ${e.extensions?.code ?? ''} ${e.message}`);
    continue;
  }
  writeFileSync(join(set, 'supergraph.graphql'), result.supergraphSdl.trimEnd() + '\n');
  console.log(`${set}: supergraph.graphql written (${services.length} subgraphs)`);
}
process.exit(failed ? 1 : 0);
