using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Products;

return await SubgraphApplication.RunAsync(new ProductsSubgraph(), args);
