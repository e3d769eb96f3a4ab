using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphGateway.Core.Federation;

/// <summary>
/// A parsed federation field set (the <c>fields:</c> argument of <c>@key</c>, <c>@requires</c>,
/// <c>@provides</c>): a selection set without outer braces, e.g. <c>id organization { id }</c>.
/// </summary>
public sealed class FieldSet
{
    private FieldSet(string text, IReadOnlyList<FieldSetSelection> selections)
    {
        Text = text;
        Selections = selections;
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>Top-level selections.</summary>
    public IReadOnlyList<FieldSetSelection> Selections { get; }

    /// <summary>Parses <paramref name="text"/>; returns null and a message when it is not a selection set.</summary>
    public static FieldSet? TryParse(string text, out string? error)
    {
        error = null;
        GraphQLDocument doc;
        try
        {
            doc = Parser.Parse("{" + text + "}", new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException ex)
        {
            error = "Syntax error: " + ex.Description;
            return null;
        }

        if (doc.Definitions.Count != 1 || doc.Definitions[0] is not GraphQLOperationDefinition op)
        {
            error = "Syntax error: not a selection set";
            return null;
        }

        return new FieldSet(text, Convert(op.SelectionSet));
    }

    private static List<FieldSetSelection> Convert(GraphQLSelectionSet? set)
    {
        var list = new List<FieldSetSelection>();
        foreach (var s in set?.Selections ?? [])
        {
            switch (s)
            {
                case GraphQLField f:
                    list.Add(new FieldSetSelection(
                        f.Name.StringValue, null, Convert(f.SelectionSet), f.SelectionSet is not null,
                        f.Arguments is { Count: > 0 }, f.Alias is not null, f.Directives is { Count: > 0 }, false));
                    break;
                case GraphQLInlineFragment i:
                    list.Add(new FieldSetSelection(
                        "", i.TypeCondition?.Type.Name.StringValue, Convert(i.SelectionSet), true, false, false, i.Directives is { Count: > 0 }, false));
                    break;
                default:
                    list.Add(new FieldSetSelection("", null, [], false, false, false, false, true));
                    break;
            }
        }

        return list;
    }
}

/// <summary>One selection in a <see cref="FieldSet"/>: a field, or an inline fragment (<see cref="Name"/> empty).</summary>
/// <param name="Name">The field name; empty for an inline fragment.</param>
/// <param name="TypeCondition">The inline fragment's type condition, or null.</param>
/// <param name="Children">Sub-selections.</param>
/// <param name="HasSelectionSet">True when braces follow the field.</param>
/// <param name="HasArguments">True when the field has arguments.</param>
/// <param name="HasAlias">True when the field is aliased.</param>
/// <param name="HasDirectives">True when directives are applied.</param>
/// <param name="IsFragmentSpread">True for a named fragment spread (never valid in a field set).</param>
public sealed record FieldSetSelection(
    string Name,
    string? TypeCondition,
    IReadOnlyList<FieldSetSelection> Children,
    bool HasSelectionSet,
    bool HasArguments,
    bool HasAlias,
    bool HasDirectives,
    bool IsFragmentSpread)
{
    /// <summary>True for an inline fragment.</summary>
    public bool IsInlineFragment => Name.Length == 0 && !IsFragmentSpread;
}
