using System.Text;
using GraphGateway.Core.Federation;

namespace GraphGateway.Core.Composition;

/// <summary>State shared by the stages of one composition run: the sorted subgraphs, errors and hints.</summary>
internal sealed class CompositionContext
{
    private readonly Dictionary<string, string> _graphNames = new(StringComparer.Ordinal);

    public List<CompositionError> Errors { get; } = [];

    public List<CompositionHint> Hints { get; } = [];

    public void Error(string code, string message, IEnumerable<string> subgraphs, string? coordinate = null) =>
        Errors.Add(new CompositionError(code, message, subgraphs.Distinct().Order(StringComparer.Ordinal).ToList(), coordinate));

    public void Hint(string code, string message, string? coordinate = null) => Hints.Add(new CompositionHint(code, message, coordinate));

    /// <summary>Assigns <c>join__Graph</c> enum names: the subgraph name upper-cased, other characters as <c>_</c>, made unique.</summary>
    public void AssignGraphNames(IReadOnlyList<Subgraph> subgraphs)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in subgraphs)
        {
            var sb = new StringBuilder();
            foreach (var c in s.Name)
            {
                sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
            }

            var name = sb.ToString();
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                name = "_" + name;
            }

            var unique = name;
            for (var i = 1; !used.Add(unique); i++)
            {
                unique = name + "_" + i;
            }

            _graphNames[s.Name] = unique;
        }
    }

    public string GraphName(Subgraph subgraph) => _graphNames[subgraph.Name];

    /// <summary>Formats subgraph names the way messages list them: <c>"a"</c>, <c>"a" and "b"</c>, <c>"a", "b" and "c"</c>.</summary>
    public static string List(IEnumerable<string> names)
    {
        var list = names.Select(n => $"\"{n}\"").ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary><c>subgraph "a"</c> or <c>subgraphs "a" and "b"</c>.</summary>
    public static string Subgraphs(IEnumerable<string> names)
    {
        var list = names.ToList();
        return (list.Count == 1 ? "subgraph " : "subgraphs ") + List(list);
    }
}
