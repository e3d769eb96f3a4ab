// Hive Gateway (@graphql-hive/gateway runtime on node:http) serving the static supergraph, in one process.
// Forwards the client's `authorization` header to every subgraph request.
// With `--router-runtime`, uses Hive's Rust query planner (@graphql-hive/router-runtime) as unifiedGraphHandler.
// Usage: node scripts/hive-gateway.mjs <supergraph.graphql> <port> [--router-runtime]
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'peers', 'package.json'));
const { createGatewayRuntime } = require('@graphql-hive/gateway');

const [supergraphPath, port, flag] = process.argv.slice(2);
if (!supergraphPath || !port) {
  console.error('usage: hive-gateway.mjs <supergraph.graphql> <port> [--router-runtime]');
  process.exit(2);
}

const options = {
  supergraph: resolve(supergraphPath),
  logging: 'error',
  landingPage: false,
  graphiql: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
};
if (flag === '--router-runtime') {
  options.unifiedGraphHandler = require('@graphql-hive/router-runtime').unifiedGraphHandler;
}

const gateway = createGatewayRuntime(options);
createServer(gateway).listen(Number(port), '127.0.0.1', () => {
  console.log(`hive-gateway${flag === '--router-runtime' ? ' (router-runtime)' : ''} listening on http://127.0.0.1:${port}/graphql`);
});
