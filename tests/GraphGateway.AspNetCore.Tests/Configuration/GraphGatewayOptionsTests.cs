using GraphGateway.AspNetCore.Configuration;
using GraphGateway.Execution.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Tests.Configuration;

/// <summary>The <c>GraphGateway</c> section: bound once to <see cref="GraphGatewayOptions"/>, validated once, defaults safe.</summary>
public sealed class GraphGatewayOptionsTests
{
    private const string Supergraph = "../../../../../gateway.fsp";

    [Fact]
    public void Bind_EmptySection_SafeDefaults()
    {
        using var services = Build([], "Production");
        var options = services.GetRequiredService<IOptions<GraphGatewayOptions>>().Value;
        var settings = services.GetRequiredService<GatewayExecutionSettings>();

        Assert.Equal(15_000, options.Limits.MaxTokens);
        Assert.Equal(32, options.Limits.MaxDepth);
        Assert.Equal(256, options.Limits.MaxAliases);
        Assert.Equal(16, options.Limits.MaxDirectivesPerLocation);
        Assert.Equal(128, options.Limits.ParserRecursionLimit);
        Assert.Equal(1024 * 1024, options.Limits.MaxRequestBytes);
        Assert.False(options.QueryPlan.AllowHeader);
        Assert.Null(options.Introspection.Enabled);
        Assert.Null(options.Ide.Enabled);
        Assert.False(settings.IntrospectionEnabled);
        Assert.False(settings.IncludeExceptionDetails);
    }

    [Fact]
    public void Bind_Development_IntrospectionOnUnlessTurnedOff()
    {
        using (var development = Build([], "Development"))
        {
            Assert.True(development.GetRequiredService<GatewayExecutionSettings>().IntrospectionEnabled);
            Assert.True(development.GetRequiredService<GatewayExecutionSettings>().IncludeExceptionDetails);
        }

        using var off = Build(new() { ["GraphGateway:Introspection:Enabled"] = "false" }, "Development");
        Assert.False(off.GetRequiredService<GatewayExecutionSettings>().IntrospectionEnabled);
    }

    [Fact]
    public void Bind_Configured_ValuesBound()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Limits:MaxDepth"] = "7",
            ["GraphGateway:Limits:MaxAliases"] = "0",
            ["GraphGateway:Introspection:Enabled"] = "true",
            ["GraphGateway:QueryPlan:AllowHeader"] = "true",
            ["GraphGateway:QueryPlan:OverrideLabels:0"] = "beta",
            ["GraphGateway:Ide:Enabled"] = "false",
        }, "Production");
        var options = services.GetRequiredService<IOptions<GraphGatewayOptions>>().Value;
        var settings = services.GetRequiredService<GatewayExecutionSettings>();

        Assert.Equal(7, options.Limits.MaxDepth);
        Assert.Equal(0, options.Limits.MaxAliases);
        Assert.True(options.QueryPlan.AllowHeader);
        Assert.False(options.Ide.Enabled);
        Assert.True(settings.IntrospectionEnabled);
        Assert.Equal(["beta"], settings.EnabledOverrideLabels);
    }

    [Fact]
    public void Validate_InvalidValues_OneFailureNamingEverySetting()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Limits:MaxRequestBytes"] = "0",
            ["GraphGateway:Limits:DocumentCacheSize"] = "-1",
        }, "Production");

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphGatewayOptions>>().Value);

        Assert.Equal(
            [
                "GraphGateway:Limits:MaxRequestBytes: must be greater than 0 (got 0).",
                "GraphGateway:Limits:DocumentCacheSize: must be greater than 0 (got -1).",
            ],
            ex.Failures);
    }

    [Fact]
    public async Task MapGraphGateway_InvalidSettings_FailsAtStartup()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            Http.TestGateway.StartAsync(new Http.RecordingExecutor(), new() { ["GraphGateway:Limits:ParserRecursionLimit"] = "0" }));
        Assert.Contains("GraphGateway:Limits:ParserRecursionLimit: must be greater than 0 (got 0).", ex.Failures);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, string environment)
    {
        settings.TryAdd("GraphGateway:Supergraph:Path", Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, Supergraph)));
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new Environment(environment));
        services.AddGraphGateway(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
