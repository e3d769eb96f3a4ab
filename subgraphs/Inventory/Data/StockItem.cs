namespace GraphGateway.Subgraphs.Inventory.Data;

/// <summary>Stock of one product.</summary>
public sealed class StockItem
{
    /// <summary>UPC of the product (primary key).</summary>
    public required string Upc { get; set; }

    /// <summary>Units in stock (≥ 0).</summary>
    public int Quantity { get; set; }

    /// <summary>Warehouse code (e.g. <c>WH-1</c>).</summary>
    public required string Warehouse { get; set; }
}
