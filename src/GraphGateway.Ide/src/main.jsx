// Entry point of GraphGateway's IDE. The gateway serves index.html with
// <div id="graphiql" data-endpoint="..."> and this bundle; nothing is loaded from elsewhere.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './ide.css';
import { createGatewayFetcher } from './fetcher.js';
import { queryPlanPlugin } from './QueryPlanPlugin.jsx';

const DEFAULT_QUERY = `# Welcome to GraphGateway's IDE.
#
# Type an operation (Ctrl+Space completes from the schema; the book icon opens the docs),
# run it with Ctrl+Enter or the play button, and open the "Query plan" panel on the left
# to see how the gateway split it into subgraph fetches.

query {
  __typename
}
`;

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint || '/graphql';
const fetcher = createGatewayFetcher(endpoint);

createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[queryPlanPlugin]}
    defaultQuery={DEFAULT_QUERY}
    defaultEditorToolsVisibility={true}
    shouldPersistHeaders={false}
  >
    <GraphiQL.Logo>GraphGateway</GraphiQL.Logo>
  </GraphiQL>,
);
