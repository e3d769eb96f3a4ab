using System.Text;
using GraphGateway.Core.Composition;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// Writes a merged supergraph as join-spec SDL, in the shape the reference composition writes:
/// <c>@link(url: "https://specs.apollo.dev/link/v1.0")</c>, <c>@link(url: "https://specs.apollo.dev/join/v0.x", for: EXECUTION)</c>
/// (v0.3 for federation ≤ 2.6, v0.4 for 2.7, v0.5 from 2.8), one <c>@link</c> per other feature used
/// (tag v0.3, inaccessible v0.2, authenticated/requiresScopes/policy v0.1 for SECURITY, cost v0.1), the
/// feature directive definitions, <c>join__Graph</c> with <c>@join__graph(name:, url:)</c> per subgraph, and
/// every type sorted by name (case-insensitive). Deterministic: the same merge gives the same text.
/// </summary>
internal static partial class SupergraphWriter
{
    public static string Write(MergedSupergraph merged, Func<Federation.Subgraph, string> graphName)
    {
        var joinMinor = merged.MaxFederationMinor >= 8 ? 5 : merged.MaxFederationMinor == 7 ? 4 : 3;
        var features = merged.UsedFeatures;
        var sb = new StringBuilder();
        sb.Append("schema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n");
        sb.Append($"  @link(url: \"https://specs.apollo.dev/join/v0.{joinMinor}\", for: EXECUTION)\n");
        var blocks = new List<(string Name, string Text)>();
        foreach (var (feature, link, defs) in FeatureLinks(features))
        {
            sb.Append("  ").Append(link).Append('\n');
            blocks.AddRange(defs);
        }

        foreach (var (name, (link, definition)) in merged.ComposedDirectiveDefinitions())
        {
            if (link is not null)
            {
                sb.Append("  ").Append(link).Append('\n');
            }

            blocks.Add(("@" + name, SchemaPrinter.PrintDirectiveDefinition(definition)));
        }

        sb.Append("{\n  query: ").Append(merged.Schema.QueryTypeName).Append('\n');
        if (merged.Schema.MutationTypeName is { } m)
        {
            sb.Append("  mutation: ").Append(m).Append('\n');
        }

        if (merged.Schema.SubscriptionTypeName is { } s)
        {
            sb.Append("  subscription: ").Append(s).Append('\n');
        }

        sb.Append("}\n");
        blocks.AddRange(JoinDefinitions(joinMinor));
        blocks.Add(("@link", "directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA"));
        var graphs = new StringBuilder("enum join__Graph {\n");
        foreach (var sub in merged.Subgraphs)
        {
            graphs.Append("  ").Append(graphName(sub)).Append(" @join__graph(name: ");
            ValuePrinter.PrintString(sub.Name, graphs);
            graphs.Append(", url: ");
            ValuePrinter.PrintString(sub.Url ?? "", graphs);
            graphs.Append(")\n");
        }

        graphs.Append('}');
        blocks.Add(("join__Graph", graphs.ToString()));
        blocks.Add(("join__FieldSet", "scalar join__FieldSet"));
        blocks.Add(("link__Import", "scalar link__Import"));
        blocks.Add(("link__Purpose", LinkPurpose));
        if (joinMinor >= 4)
        {
            blocks.Add(("join__DirectiveArguments", "scalar join__DirectiveArguments"));
        }

        if (joinMinor >= 5)
        {
            blocks.Add(("join__FieldValue", "scalar join__FieldValue"));
            blocks.Add(("join__ContextArgument", "input join__ContextArgument {\n  name: String!\n  type: String!\n  context: String!\n  selection: join__FieldValue!\n}"));
        }

        foreach (var t in merged.Schema.Types.Values.Where(t => !t.IsBuiltIn))
        {
            blocks.Add((t.Name, SchemaPrinter.PrintType(t).Replace("\n {\n", "\n{\n", StringComparison.Ordinal)));
        }

        var directives = blocks.Where(b => b.Name.StartsWith('@')).OrderBy(b => b.Name, NameOrder.Instance);
        var types = blocks.Where(b => !b.Name.StartsWith('@')).OrderBy(b => b.Name, NameOrder.Instance);
        foreach (var (_, text) in directives.Concat(types))
        {
            sb.Append('\n').Append(text).Append('\n');
        }

        return sb.ToString();
    }

    private const string LinkPurpose = "enum link__Purpose {\n  \"\"\"\n  `SECURITY` features provide metadata necessary to securely resolve fields.\n  \"\"\"\n  SECURITY\n\n  \"\"\"\n  `EXECUTION` features provide metadata necessary for operation execution.\n  \"\"\"\n  EXECUTION\n}";

    private static IEnumerable<(string Name, string Text)> JoinDefinitions(int minor)
    {
        var fieldArgs = "graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean"
            + (minor >= 4 ? ", overrideLabel: String" : "")
            + (minor >= 5 ? ", contextArguments: [join__ContextArgument!]" : "");
        yield return ("@join__enumValue", "directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE");
        yield return ("@join__field", $"directive @join__field({fieldArgs}) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION");
        yield return ("@join__graph", "directive @join__graph(name: String!, url: String!) on ENUM_VALUE");
        yield return ("@join__implements", "directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE");
        yield return ("@join__type", "directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR");
        yield return ("@join__unionMember", "directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION");
        if (minor >= 4)
        {
            yield return ("@join__directive", "directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION");
        }
    }

    private static IEnumerable<(string Feature, string Link, List<(string Name, string Text)> Definitions)> FeatureLinks(HashSet<string> used)
    {
        if (used.Contains("tag"))
        {
            yield return ("tag", "@link(url: \"https://specs.apollo.dev/tag/v0.3\")",
                [("@tag", "directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA")]);
        }

        if (used.Contains("inaccessible"))
        {
            yield return ("inaccessible", "@link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)",
                [("@inaccessible", "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION")]);
        }

        if (used.Contains("authenticated"))
        {
            yield return ("authenticated", "@link(url: \"https://specs.apollo.dev/authenticated/v0.1\", for: SECURITY)",
                [("@authenticated", "directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM")]);
        }

        if (used.Contains("requiresScopes"))
        {
            yield return ("requiresScopes", "@link(url: \"https://specs.apollo.dev/requiresScopes/v0.1\", for: SECURITY)",
                [
                    ("@requiresScopes", "directive @requiresScopes(scopes: [[requiresScopes__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"),
                    ("requiresScopes__Scope", "scalar requiresScopes__Scope"),
                ]);
        }

        if (used.Contains("policy"))
        {
            yield return ("policy", "@link(url: \"https://specs.apollo.dev/policy/v0.1\", for: SECURITY)",
                [
                    ("@policy", "directive @policy(policies: [[policy__Policy!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"),
                    ("policy__Policy", "scalar policy__Policy"),
                ]);
        }

        if (used.Contains("cost") || used.Contains("listSize"))
        {
            var defs = new List<(string, string)>();
            if (used.Contains("cost"))
            {
                defs.Add(("@cost", "directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR"));
            }

            if (used.Contains("listSize"))
            {
                defs.Add(("@listSize", "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION"));
            }

            yield return ("cost", used.Contains("listSize")
                ? "@link(url: \"https://specs.apollo.dev/cost/v0.1\", import: [\"@listSize\"])"
                : "@link(url: \"https://specs.apollo.dev/cost/v0.1\")", defs);
        }
    }

    /// <summary>Case-insensitive ordinal order with an ordinal tie-break, as the reference sorts definitions.</summary>
    private sealed class NameOrder : IComparer<string>
    {
        public static readonly NameOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var c = StringComparer.OrdinalIgnoreCase.Compare(x?.TrimStart('@'), y?.TrimStart('@'));
            return c != 0 ? c : StringComparer.Ordinal.Compare(x, y);
        }
    }
}
