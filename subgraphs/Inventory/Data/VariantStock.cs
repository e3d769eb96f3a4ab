namespace GraphGateway.Subgraphs.Inventory.Data;

/// <summary>Stock of one colour variant; compound key (<c>ProductUpc</c>, <c>Color</c>).</summary>
public sealed class VariantStock
{
    /// <summary>UPC of the product.</summary>
    public required string ProductUpc { get; set; }

    /// <summary>Colour name (see <c>enum Color</c>).</summary>
    public required string Color { get; set; }

    /// <summary>Units in stock (≥ 0).</summary>
    public int Quantity { get; set; }
}
