using GraphQL.Types;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary>Filter for <c>Query.products</c>; all given conditions must hold.</summary>
/// <param name="Category">Only this category.</param>
/// <param name="NameContains">Only names containing this text (case-sensitive).</param>
/// <param name="MinPrice">Lowest price in cents (inclusive).</param>
/// <param name="MaxPrice">Highest price in cents (inclusive).</param>
public sealed record ProductFilter(string? Category, string? NameContains, int? MinPrice, int? MaxPrice);

/// <summary><c>input ProductFilter { category: Category nameContains: String minPrice: Int maxPrice: Int }</c>.</summary>
public sealed class ProductFilterType : InputObjectGraphType<ProductFilter>
{
    /// <summary>Defines the fields.</summary>
    public ProductFilterType()
    {
        this.Name = "ProductFilter";
        this.Field<CategoryType>("category");
        this.Field<StringGraphType>("nameContains");
        this.Field<IntGraphType>("minPrice").Description("Cents, inclusive.");
        this.Field<IntGraphType>("maxPrice").Description("Cents, inclusive.");
    }
}
