using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Inventory.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Inventory.Schema;

/// <summary>
/// <c>type Product @key(fields: "upc")</c> as extended by inventory: stock fields taken over from products with
/// <c>@override</c> (plain and with a progressive <c>percent(50)</c> label), and estimates that <c>@requires</c>
/// external fields, one of them nested (<c>dimensions { size weight }</c>) on a field with an argument.
/// </summary>
public sealed class InventoryProductType : ObjectGraphType<InventoryProduct>
{
    /// <summary>Defines the fields and the reference resolver (batched).</summary>
    public InventoryProductType()
    {
        this.Name = "Product";
        this.Key("upc");
        this.Field<NonNullGraphType<StringGraphType>>("upc").Resolve(c => c.Source.Stock.Upc);
        this.Field<NonNullGraphType<IntGraphType>>("price").External().Resolve(c => c.Source.Reference.Price);
        this.Field<NonNullGraphType<IntGraphType>>("weight").External().Resolve(c => c.Source.Reference.Weight);
        this.Field<NonNullGraphType<DimensionsType>>("dimensions").External().Resolve(c => c.Source.Reference.Dimensions);
        this.Field<NonNullGraphType<BooleanGraphType>>("inStock").Override("products").Resolve(c => c.Source.Stock.Quantity > 0);
        this.Field<NonNullGraphType<BooleanGraphType>>("lowStock")
            .OverrideWithLabel("products", "percent(50)")
            .Resolve(c => c.Source.Stock.Quantity < SeedFormulas.LowStockThreshold);
        this.Field<NonNullGraphType<IntGraphType>>("quantity").Description("Units in stock.").Resolve(c => c.Source.Stock.Quantity);
        this.Field<NonNullGraphType<StringGraphType>>("warehouse").Resolve(c => c.Source.Stock.Warehouse);
        this.Field<IntGraphType>("shippingEstimate")
            .Description("Shipping cost in cents; null when price or weight were not provided.")
            .Requires("price weight")
            .Resolve(c => c.Source.Reference is { Price: { } price, Weight: { } weight } ? Estimates.ShippingCents(price, weight) : null);
        this.Field<DeliveryEstimateType>("deliveryEstimate")
            .Description("Delivery estimate to a postal code; null when dimensions were not provided.")
            .Argument<NonNullGraphType<StringGraphType>>("zip")
            .Requires("dimensions { size weight }")
            .Resolve(c => c.Source.Reference.Dimensions is { Size: { } size, Weight: { } weight }
                ? Estimates.Delivery(c.GetArgument<string>("zip"), size, weight)
                : null);
        this.ResolveReference<ProductReference, InventoryProduct>(ResolveReference);
    }

    private static IDataLoaderResult<InventoryProduct?> ResolveReference(IResolveFieldContext context, ProductReference reference) =>
        reference.Upc is { } upc
            ? context.RequestServices!.GetRequiredService<StockLoader>().ByUpc.Load(upc, stock => stock is null ? null : new InventoryProduct(stock, reference))
            : DataLoaderValue.From<InventoryProduct?>(null);
}

/// <summary><c>type Dimensions @shareable { size: String! weight: Int! }</c> — the value type products owns, needed here for the nested requirement.</summary>
public sealed class DimensionsType : ObjectGraphType<DimensionsReference>
{
    /// <summary>Defines the fields.</summary>
    public DimensionsType()
    {
        this.Name = "Dimensions";
        this.Shareable();
        this.Field<NonNullGraphType<StringGraphType>>("size").Resolve(c => c.Source.Size);
        this.Field<NonNullGraphType<IntGraphType>>("weight").Resolve(c => c.Source.Weight);
    }
}

/// <summary><c>type DeliveryEstimate { zip: String! days: Int! expressAvailable: Boolean! }</c>.</summary>
public sealed class DeliveryEstimateType : ObjectGraphType<DeliveryEstimate>
{
    /// <summary>Defines the fields.</summary>
    public DeliveryEstimateType()
    {
        this.Name = "DeliveryEstimate";
        this.Field(x => x.Zip);
        this.Field(x => x.Days).Description("Business days until delivery.");
        this.Field(x => x.ExpressAvailable);
    }
}
