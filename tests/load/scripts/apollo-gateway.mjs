// Apollo Gateway (@apollo/gateway + @apollo/server) serving the static supergraph (no IntrospectAndCompose).
// Forwards the client's `authorization` header to every subgraph request.
// Usage: node scripts/apollo-gateway.mjs <supergraph.graphql> <port>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'peers', 'package.json'));
const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const [supergraphPath, port] = process.argv.slice(2);
if (!supergraphPath || !port) {
  console.error('usage: apollo-gateway.mjs <supergraph.graphql> <port>');
  process.exit(2);
}

class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    if (context.authorization) request.http.headers.set('authorization', context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  buildService: ({ url }) => new ForwardingDataSource({ url }),
});
const server = new ApolloServer({ gateway, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(port) },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`apollo-gateway listening on ${url}`);
