using GraphGateway.Subgraphs.Products.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary><c>type Dimensions @shareable { size: String! weight: Int! }</c> (weight in grams); inventory requires it nested.</summary>
public sealed class DimensionsType : ObjectGraphType<Product>
{
    /// <summary>Defines the fields over the product row.</summary>
    public DimensionsType()
    {
        this.Name = "Dimensions";
        this.Shareable();
        this.Field(x => x.Size);
        this.Field(x => x.Weight);
    }
}
