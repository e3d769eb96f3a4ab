using GraphGateway.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace GraphGateway.AspNetCore.Tests.Http;

public sealed class GatewayHttpSettingsTests
{
    [Fact]
    public void Read_EmptySection_SafeDefaults()
    {
        var settings = GatewayHttpSettings.Read(Section([]), isDevelopment: false);
        Assert.Equal(15_000, settings.Limits.MaxTokens);
        Assert.Equal(32, settings.Limits.MaxDepth);
        Assert.Equal(256, settings.Limits.MaxAliases);
        Assert.Equal(16, settings.Limits.MaxDirectivesPerLocation);
        Assert.Equal(128, settings.Limits.ParserRecursionLimit);
        Assert.Equal(1024 * 1024, settings.Limits.MaxRequestBytes);
        Assert.False(settings.IntrospectionEnabled);
        Assert.False(settings.AllowQueryPlanHeader);
        Assert.False(settings.IncludeExceptionDetails);
    }

    [Fact]
    public void Read_Development_IntrospectionOnUnlessTurnedOff()
    {
        Assert.True(GatewayHttpSettings.Read(Section([]), isDevelopment: true).IntrospectionEnabled);
        Assert.False(GatewayHttpSettings.Read(Section(new() { ["Introspection:Enabled"] = "false" }), isDevelopment: true).IntrospectionEnabled);
    }

    [Fact]
    public void Read_Configured_ValuesBound()
    {
        var settings = GatewayHttpSettings.Read(Section(new()
        {
            ["Limits:MaxDepth"] = "7",
            ["Limits:MaxAliases"] = "0",
            ["Introspection:Enabled"] = "true",
            ["QueryPlan:AllowHeader"] = "true",
        }), isDevelopment: false);
        Assert.Equal(7, settings.Limits.MaxDepth);
        Assert.Equal(0, settings.Limits.MaxAliases);
        Assert.True(settings.IntrospectionEnabled);
        Assert.True(settings.AllowQueryPlanHeader);
    }

    [Fact]
    public void Read_InvalidValues_OneErrorNamingEverySetting()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => GatewayHttpSettings.Read(Section(new()
        {
            ["Limits:MaxRequestBytes"] = "0",
            ["Limits:DocumentCacheSize"] = "-1",
        }), isDevelopment: false));
        Assert.Equal(
            "Invalid GraphGateway settings: GraphGateway:Limits:MaxRequestBytes must be greater than 0. GraphGateway:Limits:DocumentCacheSize must be greater than 0.",
            ex.Message);
    }

    [Fact]
    public async Task MapGraphGateway_InvalidSettings_FailsAtStartup()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestGateway.StartAsync(new RecordingExecutor(), new() { ["GraphGateway:Limits:ParserRecursionLimit"] = "0" }));
        Assert.Contains("GraphGateway:Limits:ParserRecursionLimit must be greater than 0.", ex.Message);
    }

    private static IConfiguration Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
