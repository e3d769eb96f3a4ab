using System.Text.Json.Nodes;
using GraphGateway.Core.Schemas;
using GraphGateway.Core.Supergraph;
using GraphQL.Types;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// One conformance schema set: <c>Cases/&lt;category&gt;/&lt;set&gt;/</c> with <c>subgraphs/*.graphql</c>, <c>data.json</c>,
/// <c>supergraph.graphql</c> (composed by the reference composition), optional <c>gateway-settings.json</c>
/// (extra gateway configuration keys) and <c>cases/*.json</c>. Loaded once and cached.
/// </summary>
internal sealed class SchemaSet
{
    private static readonly Lazy<IReadOnlyList<SchemaSet>> AllSets = new(LoadAll);

    private SchemaSet(string id, string directory)
    {
        Id = id;
        Directory = directory;
        var sgDir = Path.Combine(directory, "subgraphs");
        Subgraphs = System.IO.Directory.GetFiles(sgDir, "*.graphql").OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        SubgraphModels = Subgraphs.ToDictionary(p => p.Key, p => SdlModel.Parse(p.Value, $"{id}/subgraphs/{p.Key}.graphql"), StringComparer.Ordinal);
        SupergraphPath = Path.Combine(directory, "supergraph.graphql");
        var supergraph = SchemaParser.Parse(File.ReadAllText(SupergraphPath), SupergraphPath);
        ApiSchemaSdl = SchemaPrinter.Print(ApiSchemaBuilder.Build(supergraph), new SchemaPrinterOptions { IncludeDescriptions = false });
        ApiModel = SdlModel.Parse(ApiSchemaSdl, id + " API schema");
        DataJson = File.ReadAllText(Path.Combine(directory, "data.json"));
        var setPath = Path.Combine(directory, "set.json");
        var setJson = File.Exists(setPath) ? JsonNode.Parse(File.ReadAllText(setPath))?.AsObject() : null;
        Differential = setJson?["differential"]?.GetValue<bool>() != false;
        KnownDifferentialFailures = (setJson?["knownDifferentialFailures"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())
            ?? new Dictionary<string, string>();
        var settingsPath = Path.Combine(directory, "gateway-settings.json");
        GatewaySettings = File.Exists(settingsPath)
            ? JsonNode.Parse(File.ReadAllText(settingsPath))!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value!.ToString())
            : new Dictionary<string, string?>();

        var impls = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var model in SubgraphModels.Values.Append(ApiModel))
        {
            foreach (var t in model.Types.Values.Where(t => t.Kind == SdlKind.Object))
            {
                foreach (var i in t.Interfaces)
                {
                    var list = impls.TryGetValue(i, out var l) ? l : impls[i] = [];
                    if (!list.Contains(t.Name))
                    {
                        list.Add(t.Name);
                    }
                }
            }
        }

        Implementations = impls.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        Monolith = ExecutableSchemaFactory.Build(ApiModel, ServiceMode.Monolith, null, FieldFunctions.Default);
        SubgraphSchemas = SubgraphModels.ToDictionary(p => p.Key, p => ExecutableSchemaFactory.Build(p.Value, ServiceMode.Subgraph, Subgraphs[p.Key], FieldFunctions.Default), StringComparer.Ordinal);
        Cases = ConformanceCase.LoadAll(this);
    }

    /// <summary><c>&lt;category&gt;/&lt;set&gt;</c>.</summary>
    public string Id { get; }
    public string Directory { get; }
    public IReadOnlyDictionary<string, string> Subgraphs { get; }
    public IReadOnlyDictionary<string, SdlModel> SubgraphModels { get; }
    public string SupergraphPath { get; }
    public string ApiSchemaSdl { get; }
    public SdlModel ApiModel { get; }
    public string DataJson { get; }
    public IReadOnlyDictionary<string, string?> GatewaySettings { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Implementations { get; }
    public ISchema Monolith { get; }
    public IReadOnlyDictionary<string, ISchema> SubgraphSchemas { get; }
    public IReadOnlyList<ConformanceCase> Cases { get; }

    /// <summary>False when <c>set.json</c> says <c>"differential": false</c> (data where federation and an unsplit
    /// service legitimately differ, e.g. references to entities that do not exist).</summary>
    public bool Differential { get; }

    /// <summary>Seeds of generated operations the gateway is known to answer wrongly, with the bug (from set.json).</summary>
    public IReadOnlyDictionary<string, string> KnownDifferentialFailures { get; }

    /// <summary>Every schema set under the output directory's <c>Cases/</c>.</summary>
    public static IReadOnlyList<SchemaSet> All => AllSets.Value;

    /// <summary>The set with <paramref name="id"/>.</summary>
    public static SchemaSet Get(string id) => All.First(s => s.Id == id);

    /// <summary>A fresh copy of the data.</summary>
    public DataStore NewStore() => new(DataJson, Implementations);

    /// <summary>Executes an operation on the monolith over a fresh copy of the data.</summary>
    public Task<string> ExecuteOnMonolithAsync(string query, JsonObject? variables, string? operationName) =>
        GraphQLRunner.ExecuteAsync(Monolith, NewStore(), query, variables, operationName);

    private static IReadOnlyList<SchemaSet> LoadAll()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Cases");
        var sets = new List<SchemaSet>();
        foreach (var sg in System.IO.Directory.GetDirectories(root, "subgraphs", SearchOption.AllDirectories).OrderBy(d => d, StringComparer.Ordinal))
        {
            var dir = Path.GetDirectoryName(sg)!;
            var id = Path.GetRelativePath(root, dir).Replace('\\', '/');
            sets.Add(new SchemaSet(id, dir));
        }

        return sets;
    }
}
