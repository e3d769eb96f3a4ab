using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Inventory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Inventory.Schema;

/// <summary>Root query fields of the inventory subgraph.</summary>
public sealed class InventoryQuery : ObjectGraphType
{
    /// <summary>Defines <c>outOfStockProducts</c>.</summary>
    public InventoryQuery()
    {
        this.Name = "Query";
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InventoryProductType>>>>("outOfStockProducts")
            .Description("Products with no stock, by UPC.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var first = Pagination.ValidateFirst(context.GetArgument<int>("first"));
                await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
                var rows = await db.Stock.AsNoTracking().Where(s => s.Quantity == 0).OrderBy(s => s.Upc).Take(first).ToListAsync(context.CancellationToken).ConfigureAwait(false);
                return rows.Select(s => new InventoryProduct(s, new ProductReference { Upc = s.Upc })).ToList();
            });
    }
}

/// <summary>Root mutation fields of the inventory subgraph.</summary>
public sealed class InventoryMutation : ObjectGraphType
{
    /// <summary>Defines <c>updateStock</c>.</summary>
    public InventoryMutation()
    {
        this.Name = "Mutation";
        this.Field<InventoryProductType>("updateStock")
            .Description("Sets the stock quantity of a product; null when the UPC is unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("upc")
            .Argument<NonNullGraphType<IntGraphType>>("quantity", a => a.Description = "New quantity, 0..1000000.")
            .ResolveAsync(async context =>
            {
                var upc = context.GetArgument<string>("upc");
                var quantity = context.GetArgument<int>("quantity");
                if (quantity is < 0 or > 1_000_000)
                {
                    throw new ExecutionError($"Argument 'quantity' must be between 0 and 1000000; got {quantity}.") { Code = "BAD_USER_INPUT" };
                }

                await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
                var row = await db.Stock.SingleOrDefaultAsync(s => s.Upc == upc, context.CancellationToken).ConfigureAwait(false);
                if (row is null)
                {
                    return null;
                }

                row.Quantity = quantity;
                await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
                return new InventoryProduct(row, new ProductReference { Upc = upc });
            });
    }
}

/// <summary>The inventory subgraph schema (federation fields are added by the host).</summary>
public sealed class InventorySchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from DI-registered graph types.</summary>
    public InventorySchema(IServiceProvider services, InventoryQuery query, InventoryMutation mutation)
        : base(services)
    {
        this.Query = query;
        this.Mutation = mutation;

        // Reachable only through _entities (an entity this subgraph contributes fields to).
        this.RegisterType<ProductVariantType>();
    }
}
