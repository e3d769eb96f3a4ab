// Bundles the IDE (GraphiQL + the query plan view) into dist/ide.js and dist/ide.css.
// Run by the MSBuild target in src/GraphGateway.AspNetCore/Ide/GraphGatewayIde.targets
// (npm ci && npm run build) when dist/ is missing or an input changed; dist/ is gitignored.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const outdir = new URL('./dist/', import.meta.url).pathname;
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { ide: 'src/main.jsx' },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'dataurl', '.png': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
});
console.log(`IDE bundle written to ${outdir}`);
