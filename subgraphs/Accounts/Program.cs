using GraphGateway.Subgraphs.Accounts;
using GraphGateway.Subgraphs.Common.Hosting;

return await SubgraphApplication.RunAsync(new AccountsSubgraph(), args);
