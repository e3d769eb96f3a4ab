using System.Globalization;
using System.Text;
using GraphGateway.Core.Operations;

namespace GraphGateway.Planning.Plans;

/// <summary>
/// Writes what a <see cref="FetchNode"/> sends: the subgraph operation's name, the client variables it uses, its one-line
/// text (<c>query Op__products__0($representations:[_Any!]!,$v:T){_entities(representations:$representations){...}}</c>)
/// and the batch key that lets equal entity fetches share one request.
/// </summary>
internal static class FetchOperationWriter
{
    /// <summary><c>{clientOperationName}__{subgraph}__{index}</c>.</summary>
    public static string OperationName(string clientOperationName, string subgraph, int index) =>
        clientOperationName + "__" + subgraph + "__" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The declared client variables <paramref name="selection"/> uses (arguments and printed conditions), sorted ordinally.</summary>
    public static IReadOnlyList<string> VariableUsages(SubgraphSelection selection, IReadOnlyDictionary<string, string> variableTypes)
    {
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        selection.CollectVariables(variables);
        return variables.Where(variableTypes.ContainsKey).ToList();
    }

    /// <summary>The operation text: the keyword and name when needed, variable definitions, and the selection (under <c>_entities</c> for an entity fetch).</summary>
    public static string Write(FetchNode fetch, IReadOnlyDictionary<string, string> variableTypes)
    {
        var sb = new StringBuilder();
        var isEntity = fetch.IsEntityFetch;
        var hasDefinitions = isEntity || fetch.VariableUsages.Count > 0;
        if (fetch.OperationName is not null || hasDefinitions || fetch.OperationKind != OperationKind.Query)
        {
            sb.Append(fetch.OperationKind.Keyword());
            if (fetch.OperationName is not null)
            {
                sb.Append(' ').Append(fetch.OperationName);
            }
        }

        if (hasDefinitions)
        {
            sb.Append('(');
            var first = true;
            if (isEntity)
            {
                sb.Append("$representations:[_Any!]!");
                first = false;
            }

            foreach (var v in fetch.VariableUsages)
            {
                if (!first)
                {
                    sb.Append(',');
                }

                first = false;
                sb.Append('$').Append(v).Append(':').Append(variableTypes[v]);
            }

            sb.Append(')');
        }

        if (isEntity)
        {
            sb.Append("{_entities(representations:$representations)");
            fetch.Selection.PrintCompact(sb);
            sb.Append('}');
        }
        else
        {
            fetch.Selection.PrintCompact(sb);
        }

        return sb.ToString();
    }

    /// <summary>The subgraph, the operation text without its name, and the representation selection.</summary>
    public static string BatchKey(FetchNode fetch)
    {
        var key = new StringBuilder(fetch.Subgraph).Append('\n');
        key.Append(fetch.OperationName is null ? fetch.OperationText : fetch.OperationText.Replace(fetch.OperationName, string.Empty, StringComparison.Ordinal));
        foreach (var r in fetch.Requires ?? [])
        {
            key.Append('\n').Append(r.TypeName).Append(':').Append(r.RepresentationTypeName);
            AppendRequires(key, r.Fields);
        }

        return key.ToString();
    }

    private static void AppendRequires(StringBuilder sb, IReadOnlyList<RequiresField> fields)
    {
        sb.Append('{');
        foreach (var f in fields)
        {
            sb.Append(f.Name).Append('=').Append(f.ResponseKey).Append(' ');
            if (f.Selection is not null)
            {
                AppendRequires(sb, f.Selection);
            }
        }

        sb.Append('}');
    }
}
