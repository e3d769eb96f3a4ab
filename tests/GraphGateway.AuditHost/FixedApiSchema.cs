using GraphGateway.AspNetCore.Builder;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.AuditHost;

/// <summary>
/// Serves a fixed API schema without subgraphs: the schema becomes a supergraph of one subgraph (served by a
/// <see cref="StaticSupergraphSource"/>), and an executor stage (by default <see cref="MinimalExecutorStage"/>) takes
/// the plan stage's place and answers every operation itself.
/// </summary>
public static class FixedApiSchema
{
    private const string Link = """@link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)""";

    private const string JoinDefinitions = """

        directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE
        directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
        directive @join__graph(name: String!, url: String!) on ENUM_VALUE
        directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE
        directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
        directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION
        directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
        scalar join__FieldSet
        scalar link__Import
        enum link__Purpose { SECURITY EXECUTION }
        enum join__Graph { FIXED @join__graph(name: "fixed", url: "http://127.0.0.1:1/graphql") }
        """;

    /// <summary>
    /// A supergraph (join v0.3, one subgraph <c>fixed</c>) whose API schema is exactly <paramref name="apiSchemaSdl"/>: the
    /// SDL with the join and link machinery added, no type owned by a subgraph (nothing is ever fetched: the executor
    /// stage answers every operation).
    /// </summary>
    public static string Supergraph(string apiSchemaSdl)
    {
        var at = apiSchemaSdl.IndexOf("schema {", StringComparison.Ordinal);
        var sdl = at >= 0
            ? apiSchemaSdl[..at] + "schema " + Link + " {" + apiSchemaSdl[(at + "schema {".Length)..]
            : "schema " + Link + " {\n  query: Query\n" + (apiSchemaSdl.Contains("type Mutation", StringComparison.Ordinal) ? "  mutation: Mutation\n" : string.Empty) + "}\n\n" + apiSchemaSdl;
        return sdl + JoinDefinitions;
    }

    /// <summary>Serves <paramref name="apiSchemaSdl"/> with <paramref name="executor"/> (default <see cref="MinimalExecutorStage"/>) in place of the plan stage.</summary>
    public static IGraphGatewayBuilder UseFixedApiSchema(this IGraphGatewayBuilder builder, string apiSchemaSdl, IGatewayStage? executor = null)
    {
        var supergraph = Supergraph(apiSchemaSdl);
        builder.UseSupergraphSource(_ => new StaticSupergraphSource(supergraph, "fixed API schema"));
        builder.AddStage(GatewayStages.Plan, StagePlacement.Replace, _ => executor ?? new MinimalExecutorStage());
        return builder;
    }
}
