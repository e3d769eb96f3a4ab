using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Reviews.Data;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>A product known to reviews only by its UPC.</summary>
/// <param name="Upc">The product's UPC.</param>
public sealed record ReviewedProduct(string Upc);

/// <summary><c>type Product @key(fields: "upc")</c> as extended by reviews: its reviews and average rating.</summary>
public sealed class ProductType : ObjectGraphType<ReviewedProduct>
{
    /// <summary>Defines the fields; any UPC resolves (a product without reviews has an empty list).</summary>
    public ProductType()
    {
        this.Name = "Product";
        this.Key("upc");
        this.IsTypeOf = o => o is ReviewedProduct;
        this.Field(x => x.Upc);
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Description("The product's newest reviews with at least minRating stars.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .Argument<IntGraphType>("minRating", a => a.DefaultValue = 1)
            .ListSize(slicingArguments: ["first"])
            .Resolve(c => c.RequestServices!.GetRequiredService<ReviewLoaders>().ByProduct
                .Load((c.Source.Upc, Pagination.ValidateFirst(c.GetArgument<int>("first")), c.GetArgument<int>("minRating")), r => r ?? []));
        this.Field<FloatGraphType>("averageRating")
            .Description("Mean rating, null without reviews.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReviewLoaders>().StatsByUpc
                .Load(c.Source.Upc, s => s is null ? (double?)null : Math.Round((double)s.RatingSum / s.Count, 2)));
        this.ResolveReference<ProductReference, ReviewedProduct>((_, reference) => reference.Upc is { } upc ? new ReviewedProduct(upc) : null);
    }

    /// <summary>A <c>Product</c> representation.</summary>
    public sealed class ProductReference
    {
        /// <summary>The <c>upc</c> key.</summary>
        public string? Upc { get; set; }
    }
}
