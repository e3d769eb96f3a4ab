using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Tests.Dev;

public sealed class DevOptionsValidatorTests
{
    private static DevOptions Valid() => new()
    {
        Subgraphs = new(StringComparer.Ordinal)
        {
            ["accounts"] = new() { Project = "subgraphs/Accounts", Url = "http://127.0.0.1:4001/graphql" },
            ["products"] = new() { Project = "subgraphs/Products", Url = "http://127.0.0.1:4002/graphql" },
        },
    };

    [Fact]
    public void Validate_TwoDistinctSubgraphs_NoErrors()
    {
        Assert.Empty(DevOptionsValidator.Validate(Valid()));
    }

    [Fact]
    public void Validate_NoSubgraphs_NamesSubgraphsSetting()
    {
        var errors = DevOptionsValidator.Validate(new DevOptions());

        Assert.Equal(["GraphGateway:Dev:Subgraphs is empty; configure at least one subgraph (name → Project, Url)."], errors);
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOneNamingItsSetting()
    {
        var options = new DevOptions
        {
            Supergraph = " ",
            GatewayUrl = "https://127.0.0.1:4000/graphql",
            StartupTimeoutSeconds = 0,
            StopTimeoutSeconds = 61,
            Subgraphs = new(StringComparer.Ordinal)
            {
                ["b"] = new() { Project = "", Url = "http://127.0.0.1:4001/graphql" },
                ["a"] = new() { Project = "p", Url = "not a url" },
                ["c"] = new() { Project = "q", Url = "http://127.0.0.1:4001/graphql" },
            },
        };

        var errors = DevOptionsValidator.Validate(options);

        Assert.Equal(
            [
                "GraphGateway:Dev:Supergraph is empty; name a gateway.fsp package or supergraph SDL file.",
                "GraphGateway:Dev:GatewayUrl must be an absolute http URL such as http://127.0.0.1:4001/graphql, got 'https://127.0.0.1:4000/graphql'.",
                "GraphGateway:Dev:Subgraphs:a:Url must be an absolute http URL such as http://127.0.0.1:4001/graphql, got 'not a url'.",
                "GraphGateway:Dev:Subgraphs:b:Project is empty; name the subgraph's project folder or .csproj.",
                "GraphGateway:Dev:Subgraphs:c:Url uses port 4001, which GraphGateway:Dev:Subgraphs:b:Url already uses.",
                "GraphGateway:Dev:StartupTimeoutSeconds must be 1..600, got 0.",
                "GraphGateway:Dev:StopTimeoutSeconds must be 1..60, got 61.",
            ],
            errors);
    }

    [Fact]
    public void Validate_SubgraphOnGatewayPort_ReportsClash()
    {
        var options = Valid() with { GatewayUrl = "http://127.0.0.1:4002/graphql" };

        var errors = DevOptionsValidator.Validate(options);

        Assert.Equal(["GraphGateway:Dev:Subgraphs:products:Url uses port 4002, which GraphGateway:Dev:GatewayUrl already uses."], errors);
    }
}
