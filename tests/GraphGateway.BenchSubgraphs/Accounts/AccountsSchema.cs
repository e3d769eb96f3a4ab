using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.BenchSubgraphs.Accounts;

/// <summary>The accounts subgraph schema (tests/load/bench/schemas/accounts.graphql), served at <c>/accounts</c>.</summary>
internal sealed class AccountsSchema : Schema
{
    public AccountsSchema(IServiceProvider services, IEnumerable<IConfigureSchema> configurations)
        : base(services, configurations)
    {
        Query = services.GetRequiredService<AccountsQueryType>();
    }
}
