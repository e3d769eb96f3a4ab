using System.Text;
using System.Text.Json;
using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Composition;

/// <summary>
/// Loads subgraph schemas for <c>compose</c> and <c>check</c>: from files (<c>name=path[@url]</c>), from a
/// subgraph directory (<c>schema.graphql</c> + <c>subgraph-settings.json</c>), from a subgraph package, from a running
/// subgraph (<c>_service { sdl }</c> by POST), or from a JSON config file listing them.
/// Every problem is collected; callers print them all.
/// </summary>
internal sealed class SubgraphLoader(HttpClient http)
{
    public List<string> Problems { get; } = [];

    public List<SubgraphSource> Sources { get; } = [];

    /// <summary>Adds <c>name=path</c> or <c>name=path@http://url</c>.</summary>
    public void AddFileSpec(string spec)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            Problems.Add($"--subgraph '{spec}': expected name=path or name=path@url.");
            return;
        }

        var name = spec[..eq];
        var rest = spec[(eq + 1)..];
        string? url = null;
        var at = rest.LastIndexOf("@http", StringComparison.Ordinal);
        if (at >= 0)
        {
            url = rest[(at + 1)..];
            rest = rest[..at];
        }

        AddFile(name, rest, url, null);
    }

    /// <summary>Adds <c>name=http://url</c>: the SDL is fetched from the running subgraph.</summary>
    public async Task AddUrlSpecAsync(string spec, CancellationToken ct)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            Problems.Add($"--subgraph-url '{spec}': expected name=url.");
            return;
        }

        await AddFromUrlAsync(spec[..eq], spec[(eq + 1)..], null, ct);
    }

    /// <summary>Adds a directory holding <c>schema.graphql</c> and <c>subgraph-settings.json</c>.</summary>
    public void AddDirectory(string dir)
    {
        var settingsPath = Path.Combine(dir, "subgraph-settings.json");
        if (!File.Exists(settingsPath))
        {
            Problems.Add($"{Path.GetFullPath(settingsPath)}: file not found (a subgraph directory needs schema.graphql and subgraph-settings.json).");
            return;
        }

        try
        {
            var settings = SubgraphPackage.ParseSettings(File.ReadAllText(settingsPath), settingsPath);
            AddFile(settings.Name, Path.Combine(dir, "schema.graphql"), settings.Url, settings.ExtraUrls);
        }
        catch (PackageException ex)
        {
            Problems.Add(ex.Message);
        }
    }

    /// <summary>Adds a subgraph package written by <c>graphgateway subgraph pack</c>.</summary>
    public void AddPackage(string path)
    {
        try
        {
            var p = SubgraphPackage.Read(path);
            Sources.Add(new SubgraphSource(p.Settings, p.Schema, path));
        }
        catch (PackageException ex)
        {
            Problems.Add(ex.Message);
        }
    }

    /// <summary>Adds every subgraph listed in a JSON config file: <c>{ "subgraphs": [ { "name", "url", "schema", "extraUrls" } ] }</c>.</summary>
    public async Task AddConfigAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            Problems.Add($"{Path.GetFullPath(path)}: config file not found.");
            return;
        }

        ComposeConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<ComposeConfig>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            Problems.Add($"{path}: invalid JSON: {ex.Message}");
            return;
        }

        if (config?.Subgraphs is not { Count: > 0 } list)
        {
            Problems.Add($"{path}: expected {{ \"subgraphs\": [ {{ \"name\": ..., \"url\": ..., \"schema\": ... }} ] }} with at least one subgraph.");
            return;
        }

        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i];
            if (string.IsNullOrEmpty(e.Name))
            {
                Problems.Add($"{path}: subgraphs[{i}] has no \"name\".");
                continue;
            }

            if (e.Schema is not null)
            {
                AddFile(e.Name, Path.Combine(baseDir, e.Schema), e.Url, e.ExtraUrls);
            }
            else if (e.Url is not null)
            {
                await AddFromUrlAsync(e.Name, e.Url, e.ExtraUrls, ct);
            }
            else
            {
                Problems.Add($"{path}: subgraph \"{e.Name}\" needs \"schema\" (a file) or \"url\" (a running subgraph).");
            }
        }
    }

    private void AddFile(string name, string path, string? url, IReadOnlyList<string>? extraUrls)
    {
        if (!File.Exists(path))
        {
            Problems.Add($"subgraph \"{name}\": schema file '{Path.GetFullPath(path)}' not found.");
            return;
        }

        Sources.Add(new SubgraphSource(new SubgraphSettings { Name = name, Url = url, ExtraUrls = extraUrls is { Count: > 0 } ? extraUrls : null }, File.ReadAllText(path), path));
    }

    private async Task AddFromUrlAsync(string name, string url, IReadOnlyList<string>? extraUrls, CancellationToken ct)
    {
        if (!SubgraphSettingsValidator.IsHttpUrl(url))
        {
            Problems.Add($"subgraph \"{name}\": '{url}' is not an absolute http or https URL.");
            return;
        }

        try
        {
            using var content = new StringContent("{\"query\":\"query SubgraphSdl { _service { sdl } }\"}", Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(url, content, ct);
            if (!response.IsSuccessStatusCode)
            {
                Problems.Add($"subgraph \"{name}\": POST {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                return;
            }

            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            if (doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("_service", out var service) && service.ValueKind == JsonValueKind.Object
                && service.TryGetProperty("sdl", out var sdl) && sdl.ValueKind == JsonValueKind.String)
            {
                Sources.Add(new SubgraphSource(new SubgraphSettings { Name = name, Url = url, ExtraUrls = extraUrls is { Count: > 0 } ? extraUrls : null }, sdl.GetString()!, url));
                return;
            }

            var errors = doc.RootElement.TryGetProperty("errors", out var e) ? " Errors: " + e.GetRawText() : "";
            Problems.Add($"subgraph \"{name}\": {url} did not return data._service.sdl.{errors}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            Problems.Add($"subgraph \"{name}\": fetching the schema from {url} failed: {ex.Message}");
        }
    }

    private sealed record ComposeConfig
    {
        public List<ConfigEntry>? Subgraphs { get; init; }
    }

    private sealed record ConfigEntry
    {
        public string? Name { get; init; }

        public string? Url { get; init; }

        public string? Schema { get; init; }

        public List<string>? ExtraUrls { get; init; }
    }
}
