using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.BenchSubgraphs.Inventory;

/// <summary>The inventory subgraph schema (tests/load/bench/schemas/inventory.graphql), served at <c>/inventory</c>.</summary>
internal sealed class InventorySchema : Schema
{
    public InventorySchema(IServiceProvider services, IEnumerable<IConfigureSchema> configurations)
        : base(services, configurations)
    {
        Query = services.GetRequiredService<InventoryQueryType>();
        RegisterType(typeof(InventoryProductType));
    }
}
