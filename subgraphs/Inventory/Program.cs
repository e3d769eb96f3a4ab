using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Inventory;

return await SubgraphApplication.RunAsync(new InventorySubgraph(), args);
