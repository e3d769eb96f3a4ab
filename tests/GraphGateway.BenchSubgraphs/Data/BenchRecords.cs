namespace GraphGateway.BenchSubgraphs.Data;

/// <summary>A user record of the accounts subgraph (tests/load/bench/data.json, <c>users</c>).</summary>
internal sealed record User(string Id, string Name, string Username, int Birthday);

/// <summary>A product record of the products subgraph (<c>products</c>); price in cents, weight in arbitrary units.</summary>
internal sealed record Product(string Upc, string Name, int Price, int Weight);

/// <summary>An inventory record of the inventory subgraph (<c>inventory</c>), keyed by product upc.</summary>
internal sealed record InventoryItem(string Upc, bool InStock);

/// <summary>A review record of the reviews subgraph (<c>reviews</c>); <see cref="ProductUpc"/> links it to a product.</summary>
internal sealed record Review(string Id, string Body, string ProductUpc);
