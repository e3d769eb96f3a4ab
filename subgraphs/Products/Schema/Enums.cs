using GraphGateway.Subgraphs.Products.Data;
using GraphQL.Types;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary><c>enum Category</c>; values are the stored category names.</summary>
public sealed class CategoryType : EnumerationGraphType
{
    /// <summary>Defines the values.</summary>
    public CategoryType()
    {
        this.Name = "Category";
        foreach (var name in ProductsDbContext.Categories)
        {
            this.Add(name, name);
        }
    }
}

/// <summary><c>enum Color</c>; part of the <c>ProductVariant</c> compound key.</summary>
public sealed class ColorType : EnumerationGraphType
{
    /// <summary>Defines the values.</summary>
    public ColorType()
    {
        this.Name = "Color";
        foreach (var name in ProductsDbContext.Colors)
        {
            this.Add(name, name);
        }
    }
}
