using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Errors;

/// <summary>Operations the gateway rejects before planning: no subgraph is asked.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class ValidationErrorTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task CostPrice_InaccessibleInProducts_RejectedByValidation()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { costPrice } }""");

        AssertJson("""
            {"errors":[{"message":"Cannot query field \"costPrice\" on type \"Product\". Did you mean \"price\"?","locations":[{"line":1,"column":27}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}
            """, body);
        Assert.Equal(string.Empty, this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task UnknownField_Misspelt_RejectedWithSuggestion()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { nmae } }""");

        AssertJson("""
            {"errors":[{"message":"Cannot query field \"nmae\" on type \"Product\". Did you mean \"name\"?","locations":[{"line":1,"column":27}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}
            """, body);
        Assert.Equal(string.Empty, this.Host.Traffic.Counts());
    }
}
