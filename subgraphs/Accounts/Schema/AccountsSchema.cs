using GraphQL.Types;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary>The accounts subgraph schema (query root only; federation fields are added by the host).</summary>
public sealed class AccountsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from DI-registered graph types.</summary>
    public AccountsSchema(IServiceProvider services, AccountsQuery query)
        : base(services)
    {
        this.Query = query;
    }
}
