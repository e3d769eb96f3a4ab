using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Products.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary>Root query fields of the products subgraph.</summary>
public sealed class ProductsQuery : ObjectGraphType
{
    /// <summary>Defines <c>topProducts</c>, <c>product</c>, <c>products</c> and <c>variant</c>.</summary>
    public ProductsQuery()
    {
        this.Name = "Query";
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("topProducts")
            .Description("The most expensive products, most expensive first (ties by UPC).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .ListSize(slicingArguments: ["first"])
            .ResolveAsync(async context =>
            {
                var first = Pagination.ValidateFirst(context.GetArgument<int>("first"));
                await using var db = await CreateDbAsync(context).ConfigureAwait(false);
                return await db.Products.AsNoTracking().OrderByDescending(p => p.Price).ThenBy(p => p.Upc).Take(first)
                    .ToListAsync(context.CancellationToken).ConfigureAwait(false);
            });
        this.Field<ProductType>("product")
            .Argument<NonNullGraphType<StringGraphType>>("upc")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductLoaders>().ByKey.Load(ProductKey.ForUpc(context.GetArgument<string>("upc"))));
        this.Field<NonNullGraphType<ProductConnectionType>>("products")
            .Description("Products ordered by UPC, a page at a time, optionally filtered.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Argument<StringGraphType>("after")
            .Argument<ProductFilterType>("filter")
            .Cost(10)
            .ListSize(slicingArguments: ["first"], sizedFields: ["edges"])
            .ResolveAsync(async context =>
            {
                var first = Pagination.ValidateFirst(context.GetArgument<int>("first"));
                var filter = context.GetArgument<ProductFilter?>("filter");
                await using var db = await CreateDbAsync(context).ConfigureAwait(false);
                var query = Filter(db.Products.AsNoTracking(), filter);
                var total = await query.CountAsync(context.CancellationToken).ConfigureAwait(false);
                if (context.GetArgument<string?>("after") is { } after)
                {
                    var afterUpc = Cursor.Decode(after);
                    query = query.Where(p => string.Compare(p.Upc, afterUpc) > 0);
                }

                return await Pagination.ToConnectionAsync(query.OrderBy(p => p.Upc), total, first, p => p.Upc, context.CancellationToken).ConfigureAwait(false);
            });
        this.Field<ProductVariantType>("variant")
            .Argument<NonNullGraphType<StringGraphType>>("productUpc")
            .Argument<NonNullGraphType<ColorType>>("color")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductLoaders>().VariantByKey
                .Load((context.GetArgument<string>("productUpc"), context.GetArgument<string>("color"))));
    }

    private static IQueryable<Product> Filter(IQueryable<Product> query, ProductFilter? filter)
    {
        if (filter?.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (filter?.NameContains is { } text)
        {
            query = query.Where(p => p.Name.Contains(text));
        }

        if (filter?.MinPrice is { } min)
        {
            query = query.Where(p => p.Price >= min);
        }

        if (filter?.MaxPrice is { } max)
        {
            query = query.Where(p => p.Price <= max);
        }

        return query;
    }

    private static Task<ProductsDbContext> CreateDbAsync(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<ProductsDbContext>>().CreateDbContextAsync(context.CancellationToken);
}
