using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Inventory;

/// <summary>inventory has no root fields of its own; federation adds <c>_service</c> and <c>_entities</c>.</summary>
internal sealed class InventoryQueryType : ObjectGraphType
{
    public InventoryQueryType()
    {
        Name = "Query";
    }
}
