namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary>The products subgraph schema (query root only; federation fields are added by the host).</summary>
public sealed class ProductsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from DI-registered graph types.</summary>
    public ProductsSchema(IServiceProvider services, ProductsQuery query)
        : base(services)
    {
        this.Query = query;
    }
}
