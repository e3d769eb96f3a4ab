using System.CommandLine;

namespace GraphGateway.Cli.Composition;

/// <summary>The options naming subgraphs, shared by <c>compose</c> and <c>check</c>.</summary>
internal sealed class SubgraphInputOptions
{
    public Option<string[]> Files { get; } = new("--subgraph", "-s")
    {
        Description = "A subgraph schema file: name=path or name=path@url (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Urls { get; } = new("--subgraph-url")
    {
        Description = "A running subgraph whose SDL is fetched with { _service { sdl } }: name=url (repeatable).",
    };

    public Option<string[]> Directories { get; } = new("--subgraph-dir")
    {
        Description = "A directory with schema.graphql and subgraph-settings.json (repeatable).",
    };

    public Option<string[]> Packages { get; } = new("--subgraph-package")
    {
        Description = "A subgraph package written by 'graphgateway subgraph pack' (repeatable).",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "A JSON file: { \"subgraphs\": [ { \"name\", \"url\", \"schema\" } ] }; schema paths are relative to the file.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Files);
        command.Options.Add(Urls);
        command.Options.Add(Directories);
        command.Options.Add(Packages);
        command.Options.Add(Config);
    }

    /// <summary>Loads every named subgraph; problems are in <see cref="SubgraphLoader.Problems"/>.</summary>
    public async Task<SubgraphLoader> LoadAsync(ParseResult parse, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var loader = new SubgraphLoader(http);
        foreach (var f in parse.GetValue(Files) ?? [])
        {
            loader.AddFileSpec(f);
        }

        foreach (var d in parse.GetValue(Directories) ?? [])
        {
            loader.AddDirectory(d);
        }

        foreach (var p in parse.GetValue(Packages) ?? [])
        {
            loader.AddPackage(p);
        }

        foreach (var u in parse.GetValue(Urls) ?? [])
        {
            await loader.AddUrlSpecAsync(u, ct);
        }

        if (parse.GetValue(Config) is { } config)
        {
            await loader.AddConfigAsync(config, ct);
        }

        if (loader.Sources.Count == 0 && loader.Problems.Count == 0)
        {
            loader.Problems.Add("No subgraphs given: use --subgraph name=path[@url], --subgraph-url, --subgraph-dir, --subgraph-package or --config.");
        }

        return loader;
    }
}
