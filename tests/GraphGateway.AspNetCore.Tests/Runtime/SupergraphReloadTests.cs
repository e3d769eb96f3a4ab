using System.Collections.Concurrent;
using GraphGateway.AspNetCore.Builder;
using GraphGateway.AspNetCore.Runtime;
using GraphGateway.AuditHost;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.AspNetCore.Tests.Runtime;

/// <summary>
/// Reloading through an <see cref="ISupergraphSource"/>: a load that fails with any exception type keeps the last good
/// supergraph serving, and change signals are debounced on the injected clock.
/// </summary>
public sealed class SupergraphReloadTests
{
    private const string Hello = "type Query { hello: String }";
    private const string HelloAndBye = "type Query { hello: String bye: String }";

    [Theory]
    [InlineData(typeof(DivideByZeroException))]
    [InlineData(typeof(OutOfMemoryException))]
    [InlineData(typeof(NotSupportedException))]
    public async Task Reload_SourceThrowsAnyException_LoggedAndLastGoodKeepsServing(Type exceptionType)
    {
        var source = new ScriptedSource(FixedApiSchema.Supergraph(Hello));
        var logs = new ConcurrentQueue<(int EventId, LogLevel Level, string Message)>();
        await using var app = await StartAsync(source, logs, TimeProvider.System);
        var client = app.GetTestClient();
        var provider = app.Services.GetRequiredService<GatewaySnapshotProvider>();
        var version = provider.Current!.Version;

        source.Next = () => throw (Exception)Activator.CreateInstance(exceptionType, "boom")!;
        var swapped = provider.Reload();

        Assert.False(swapped);
        Assert.Equal(version, provider.Current!.Version);
        var entry = Assert.Single(logs, l => l.EventId == 4002);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal($"Reloading the supergraph from scripted source failed; still serving version {version}. {exceptionType.Name}: boom", entry.Message);
        Assert.Equal("""{"data":{"hello":null}}""", await PostAsync(client, "{ hello }"));
    }

    [Fact]
    public async Task Reload_ChangeSignals_DebouncedIntoOneReloadAfter300Milliseconds()
    {
        var time = new FakeTimeProvider();
        var source = new ScriptedSource(FixedApiSchema.Supergraph(Hello));
        await using var app = await StartAsync(source, new(), time);
        var client = app.GetTestClient();
        Assert.Contains("Cannot query field", await PostAsync(client, "{ bye }"));
        var loads = source.Loads;

        source.Next = () => LoadedSupergraph.LoadSdl(FixedApiSchema.Supergraph(HelloAndBye), "scripted source");
        source.Signal();
        time.Advance(TimeSpan.FromMilliseconds(200));
        source.Signal();
        time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Equal(loads, source.Loads);

        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(loads + 1, source.Loads);
        Assert.Equal("""{"data":{"bye":null}}""", await PostAsync(client, "{ bye }"));
    }

    private static async Task<WebApplication> StartAsync(ScriptedSource source, ConcurrentQueue<(int, LogLevel, string)> logs, TimeProvider time)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(new ListLoggerProvider(logs));
        builder.Services.AddSingleton(time);
        builder.Services.AddGraphGateway(builder.Configuration)
            .UseSupergraphSource(_ => source)
            .AddStage(GatewayStages.Plan, StagePlacement.Replace, _ => new MinimalExecutorStage());
        var app = builder.Build();
        app.MapGraphGateway();
        await app.StartAsync();
        return app;
    }

    private static async Task<string> PostAsync(HttpClient client, string query)
    {
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the given supergraph first, then whatever <see cref="Next"/> does; <see cref="Signal"/> fires the change token.</summary>
    private sealed class ScriptedSource(string first) : ISupergraphSource
    {
        private CancellationTokenSource _changed = new();
        private int _loads;

        public Func<LoadedSupergraph> Next { get; set; } = () => LoadedSupergraph.LoadSdl(first, "scripted source");

        public int Loads => Volatile.Read(ref _loads);

        public string Description => "scripted source";

        public LoadedSupergraph Load(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _loads);
            return Next();
        }

        public IChangeToken Watch() => new CancellationChangeToken(_changed.Token);

        public void Signal()
        {
            var fired = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
            fired.Cancel();
        }
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<(int, LogLevel, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(logs);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(ConcurrentQueue<(int, LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
    }
}
