// Composes tests/load/bench/schemas/*.graphql into tests/load/bench/supergraph.graphql with the reference
// composer (@apollo/composition, installed in tests/load/peers). Subgraph URLs point at the benchmark
// subgraph server: http://127.0.0.1:<port>/<name> (port from argv[2], default 4200; the harness composes a
// copy for another port). Usage: node scripts/compose-supergraph.mjs [port] [out-file]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const loadDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(loadDir, 'peers', 'package.json'));
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');

const port = process.argv[2] ?? '4200';
const out = process.argv[3] ?? join(loadDir, 'bench', 'supergraph.graphql');
const schemaDir = join(loadDir, 'bench', 'schemas');
const services = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.graphql$/, '');
    return { name, url: `http://127.0.0.1:${port}/${name}`, typeDefs: parse(readFileSync(join(schemaDir, f), 'utf8')) };
  });

const result = composeServices(services);
if (result.errors?.length) {
  for (const e of result.errors) console.error(`composition error: ${e.message}`);
  process.exit(1);
}
writeFileSync(out, result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : result.supergraphSdl + '\n');
console.log(`wrote ${out} (${services.map((s) => s.name).join(', ')})`);
