using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Planning.Planner;

/// <summary>
/// A parsed federation field set (<c>@key(fields:)</c>, <c>@requires(fields:)</c>, <c>@provides(fields:)</c>):
/// fields with optional sub-selections and inline fragments, e.g. <c>id org { id } ... on Book { isbn }</c>.
/// </summary>
internal sealed class FieldSet
{
    private static readonly ConcurrentDictionary<string, FieldSet> Cache = new(StringComparer.Ordinal);

    private FieldSet(List<FieldSetItem> items) => Items = items;

    public List<FieldSetItem> Items { get; }

    /// <summary>Parses <paramref name="text"/> (cached).</summary>
    /// <exception cref="PlanningException">The text is not a selection set.</exception>
    public static FieldSet Parse(string text) => Cache.GetOrAdd(text, static t =>
    {
        try
        {
            var doc = Parser.Parse("{" + t + "}");
            var op = doc.Definitions.OfType<GraphQLOperationDefinition>().Single();
            return From(op.SelectionSet);
        }
        catch (Exception ex) when (ex is GraphQLParser.Exceptions.GraphQLParserException or InvalidOperationException)
        {
            throw new PlanningException($"The field set \"{t}\" in the supergraph is not a valid selection: {ex.Message}");
        }
    });

    /// <summary>The item selecting <paramref name="name"/> on an object of type <paramref name="typeName"/>, or null.</summary>
    public FieldSetItem? Find(string name, string typeName, Func<string, string, bool> isPossible)
    {
        foreach (var item in Items)
        {
            if (item.TypeCondition is null && item.Name == name)
            {
                return item;
            }

            if (item.TypeCondition is { } tc && (tc == typeName || isPossible(tc, typeName)) && item.Sub?.Find(name, typeName, isPossible) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static FieldSet From(GraphQLSelectionSet set)
    {
        var items = new List<FieldSetItem>();
        foreach (var s in set.Selections)
        {
            switch (s)
            {
                case GraphQLField f:
                    var args = string.Empty;
                    if (f.Arguments is { Items.Count: > 0 } a)
                    {
                        args = "(" + string.Join(", ", a.Items.Select(x => x.Name.StringValue + ": " + Core.Schemas.ValuePrinter.Print(x.Value))) + ")";
                    }

                    items.Add(new FieldSetItem(f.Name.StringValue, args, null, f.SelectionSet is null ? null : From(f.SelectionSet)));
                    break;
                case GraphQLInlineFragment i:
                    items.Add(new FieldSetItem(string.Empty, string.Empty, i.TypeCondition?.Type.Name.StringValue, From(i.SelectionSet)));
                    break;
            }
        }

        return new FieldSet(items);
    }
}

/// <summary>A field (<see cref="TypeCondition"/> null) or an inline fragment of a <see cref="FieldSet"/>.</summary>
internal sealed record FieldSetItem(string Name, string ArgumentsText, string? TypeCondition, FieldSet? Sub);
