// Composes subgraph SDL files with the reference composition (@apollo/composition) and writes the
// supergraph SDL. A check tool for CI and composition work, not part of the product.
//
// Usage: node compose.mjs <output.graphql> <name>=<schema.graphql> [<name>=<schema.graphql> ...]
//          [--allow-hint CODE]...
// The subgraph URL comes from subgraph-settings.json beside the schema file when present.
// Exit codes: 0 composed (no hints other than allowed ones), 1 composition errors or disallowed
// hints, 2 bad usage or unreadable input.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const args = process.argv.slice(2);
const allowedHints = new Set();
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--allow-hint') {
    allowedHints.add(args[++i]);
  } else {
    positional.push(args[i]);
  }
}

const [output, ...pairs] = positional;
if (!output || pairs.length === 0) {
  console.error('usage: node compose.mjs <output.graphql> <name>=<schema.graphql> ... [--allow-hint CODE]');
  process.exit(2);
}

const services = [];
for (const pair of pairs) {
  const eq = pair.indexOf('=');
  if (eq <= 0) {
    console.error(`argument '${pair}': expected <name>=<schema.graphql>`);
    process.exit(2);
  }
  const name = pair.slice(0, eq);
  const path = pair.slice(eq + 1);
  let typeDefs;
  try {
    typeDefs = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    console.error(`subgraph '${name}' (${path}): ${e.message}`);
    process.exit(2);
  }
  const settingsPath = join(dirname(path), 'subgraph-settings.json');
  const url = existsSync(settingsPath) ? JSON.parse(readFileSync(settingsPath, 'utf8')).url : `http://${name}.invalid/graphql`;
  services.push({ name, url, typeDefs });
}

const result = composeServices(services);
if (result.errors && result.errors.length > 0) {
  for (const error of result.errors) {
    console.error(`error ${error.extensions?.code ?? ''}: ${error.message}`);
  }
  console.error(`composition failed: ${result.errors.length} error(s)`);
  process.exit(1);
}

let failedHints = 0;
for (const hint of result.hints ?? []) {
  const code = hint.definition?.code ?? 'HINT';
  const allowed = allowedHints.has(code);
  if (!allowed) failedHints++;
  console.error(`hint ${code}${allowed ? ' (allowed)' : ''}: ${hint.message}`);
}

writeFileSync(output, result.supergraphSdl);
console.log(`supergraph: ${output} (${Buffer.byteLength(result.supergraphSdl, 'utf8')} bytes, ${services.length} subgraphs)`);
if (failedHints > 0) {
  console.error(`composition produced ${failedHints} hint(s) that are not allowed`);
  process.exit(1);
}
