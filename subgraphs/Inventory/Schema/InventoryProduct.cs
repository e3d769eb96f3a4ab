using GraphGateway.Subgraphs.Inventory.Data;

namespace GraphGateway.Subgraphs.Inventory.Schema;

/// <summary>A product as the inventory subgraph sees it: its stock row plus the fields other subgraphs sent as requirements.</summary>
/// <param name="Stock">The stock row.</param>
/// <param name="Reference">The representation (key and <c>@requires</c> fields); only the key when resolved from a root field.</param>
public sealed record InventoryProduct(StockItem Stock, ProductReference Reference);

/// <summary>A <c>Product</c> representation: the <c>upc</c> key and, when a required field is queried, <c>price</c>, <c>weight</c>, <c>dimensions</c>.</summary>
public sealed class ProductReference
{
    /// <summary>The <c>upc</c> key.</summary>
    public string? Upc { get; set; }

    /// <summary>External <c>price</c> in cents (required by <c>shippingEstimate</c>).</summary>
    public int? Price { get; set; }

    /// <summary>External <c>weight</c> in grams (required by <c>shippingEstimate</c>).</summary>
    public int? Weight { get; set; }

    /// <summary>External <c>dimensions</c> (required by <c>deliveryEstimate</c>).</summary>
    public DimensionsReference? Dimensions { get; set; }
}

/// <summary>The <c>dimensions { size weight }</c> requirement.</summary>
public sealed class DimensionsReference
{
    /// <summary>Package size class.</summary>
    public string? Size { get; set; }

    /// <summary>Weight in grams.</summary>
    public int? Weight { get; set; }
}
