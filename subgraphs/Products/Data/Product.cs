namespace GraphGateway.Subgraphs.Products.Data;

/// <summary>A catalogue product row.</summary>
public sealed class Product
{
    /// <summary>Universal product code, primary key (e.g. <c>P0001</c>).</summary>
    public required string Upc { get; set; }

    /// <summary>Stock keeping unit, unique (second entity key).</summary>
    public required string Sku { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>Price in cents.</summary>
    public int Price { get; set; }

    /// <summary>Shipping weight in grams.</summary>
    public int Weight { get; set; }

    /// <summary>Package size class (S, M, L, XL).</summary>
    public required string Size { get; set; }

    /// <summary>Category name (see <c>enum Category</c>).</summary>
    public required string Category { get; set; }

    /// <summary>Purchase cost in cents (internal, <c>@inaccessible</c>).</summary>
    public int CostPrice { get; set; }

    /// <summary>Stock quantity as known before inventory took over <c>inStock</c>/<c>lowStock</c> (<c>@override</c>).</summary>
    public int LegacyStock { get; set; }

    /// <summary>Id of the user who listed the product (the accounts subgraph owns users).</summary>
    public int CreatedById { get; set; }

    /// <summary>Listing time (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}

/// <summary>A colour variant of a product; compound key (<c>ProductUpc</c>, <c>Color</c>).</summary>
public sealed class ProductVariant
{
    /// <summary>UPC of the product.</summary>
    public required string ProductUpc { get; set; }

    /// <summary>Colour name (see <c>enum Color</c>).</summary>
    public required string Color { get; set; }

    /// <summary>Price difference to the product, in cents.</summary>
    public int PriceDelta { get; set; }
}
