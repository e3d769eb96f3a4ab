using System.Text;
using GraphGateway.Planning.Operations;

namespace GraphGateway.Planning.Plans;

/// <summary>
/// A selection set of a subgraph operation as the planner builds it: fields by response key and typed
/// fragments by type name, both in insertion order. Printed into the fetch node's operation text.
/// </summary>
public sealed class SubgraphSelection
{
    private readonly List<SubgraphSelectionItem> _items = [];
    private readonly Dictionary<string, SubgraphField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubgraphFragment> _fragments = new(StringComparer.Ordinal);

    /// <summary>Fields (<see cref="SubgraphField"/>) and typed fragments (<see cref="SubgraphFragment"/>) in insertion order.</summary>
    public IReadOnlyList<SubgraphSelectionItem> Items => _items;

    /// <summary>True when nothing is selected.</summary>
    public bool IsEmpty => _items.Count == 0;

    /// <summary>The field with response key <paramref name="responseKey"/>, or null.</summary>
    public SubgraphField? Field(string responseKey) => _fields.TryGetValue(responseKey, out var f) ? f : null;

    /// <summary>The typed fragment for <paramref name="typeName"/>, created when missing.</summary>
    public SubgraphSelection Fragment(string typeName)
    {
        if (!_fragments.TryGetValue(typeName, out var fragment))
        {
            fragment = new SubgraphFragment(typeName, new SubgraphSelection());
            _fragments[typeName] = fragment;
            _items.Add(fragment);
        }

        return fragment.Selection;
    }

    /// <summary>Adds (or finds) a field the client asked for, keeping its alias, arguments and conditions.</summary>
    internal SubgraphField AddClientField(CollectedField field, bool composite)
    {
        var f = field.Field;
        if (_fields.TryGetValue(f.ResponseKey, out var existing))
        {
            if (existing.Conditions.Count > 0 && !existing.Conditions.SequenceEqual(field.Conditions))
            {
                existing.Conditions = [];
            }

            return existing;
        }

        var created = new SubgraphField(f.ResponseKey, f.Name, f.ArgumentsText, field.Conditions, composite ? new SubgraphSelection() : null, f.Variables);
        _fields[f.ResponseKey] = created;
        _items.Add(created);
        return created;
    }

    /// <summary>
    /// Adds (or reuses) a field the gateway needs (key, requirement, <c>__typename</c>) and returns its response key: the
    /// plain name when an identical unconditional client field is already there, else an internal alias
    /// <c>{prefix}{name}</c> that cannot collide with client response keys.
    /// </summary>
    internal SubgraphField AddInternalField(string name, string argumentsText, IReadOnlyList<string> variables, string prefix, bool composite)
    {
        if (_fields.TryGetValue(name, out var plain) && plain.Name == name && plain.ArgumentsText == argumentsText && plain.Conditions.Count == 0)
        {
            return plain;
        }

        var alias = name == "__typename" && prefix.Length == 0 ? name : prefix + name.TrimStart('_');
        if (name == "__typename" && prefix.Length > 0)
        {
            alias = prefix + "__typename";
        }

        for (var n = 1; ; n++)
        {
            if (!_fields.TryGetValue(alias, out var existing))
            {
                var created = new SubgraphField(alias, name, argumentsText, [], composite ? new SubgraphSelection() : null, variables);
                _fields[alias] = created;
                _items.Add(created);
                return created;
            }

            if (existing.Name == name && existing.ArgumentsText == argumentsText && existing.Conditions.Count == 0)
            {
                return existing;
            }

            alias = prefix + name.TrimStart('_') + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Appends the selection set as one-line GraphQL (<c>{a b{c}...on T{d}}</c>) for the wire.</summary>
    public void PrintCompact(StringBuilder sb)
    {
        sb.Append('{');
        var first = true;
        foreach (var item in _items)
        {
            if (!first)
            {
                sb.Append(' ');
            }

            first = false;
            switch (item)
            {
                case SubgraphField f:
                    f.PrintHead(sb);
                    f.Selection?.PrintCompact(sb);
                    break;
                case SubgraphFragment fragment:
                    sb.Append("...on ").Append(fragment.TypeCondition);
                    fragment.Selection.PrintCompact(sb);
                    break;
            }
        }

        sb.Append('}');
    }

    /// <summary>Appends the selection set indented by <paramref name="indent"/> levels of two spaces (plan text).</summary>
    public void PrintPretty(StringBuilder sb, int indent)
    {
        sb.Append("{\n");
        foreach (var item in _items)
        {
            sb.Append(' ', (indent + 1) * 2);
            switch (item)
            {
                case SubgraphField f:
                    f.PrintHead(sb);
                    if (f.Selection is not null)
                    {
                        sb.Append(' ');
                        f.Selection.PrintPretty(sb, indent + 1);
                    }

                    break;
                case SubgraphFragment fragment:
                    sb.Append("... on ").Append(fragment.TypeCondition).Append(' ');
                    fragment.Selection.PrintPretty(sb, indent + 1);
                    break;
            }

            sb.Append('\n');
        }

        sb.Append(' ', indent * 2).Append('}');
    }

    /// <summary>Adds every variable the selection uses (arguments and conditions) to <paramref name="into"/>.</summary>
    public void CollectVariables(ISet<string> into)
    {
        foreach (var item in _items)
        {
            switch (item)
            {
                case SubgraphField f:
                    foreach (var v in f.Variables)
                    {
                        into.Add(v);
                    }

                    foreach (var c in f.PrintedConditions)
                    {
                        into.Add(c.Variable);
                    }

                    f.Selection?.CollectVariables(into);
                    break;
                case SubgraphFragment fragment:
                    fragment.Selection.CollectVariables(into);
                    break;
            }
        }
    }
}

/// <summary>An entry of a <see cref="SubgraphSelection"/>: a <see cref="SubgraphField"/> or a <see cref="SubgraphFragment"/>.</summary>
public abstract class SubgraphSelectionItem
{
    private protected SubgraphSelectionItem()
    {
    }
}

/// <summary>A typed inline fragment of a <see cref="SubgraphSelection"/>: <c>... on TypeCondition { Selection }</c>.</summary>
public sealed class SubgraphFragment : SubgraphSelectionItem
{
    internal SubgraphFragment(string typeCondition, SubgraphSelection selection)
    {
        TypeCondition = typeCondition;
        Selection = selection;
    }

    /// <summary>The type the fragment applies to (an object, interface or union type of the subgraph).</summary>
    public string TypeCondition { get; }

    /// <summary>The fragment's selection.</summary>
    public SubgraphSelection Selection { get; }
}

/// <summary>A field of a <see cref="SubgraphSelection"/>.</summary>
public sealed class SubgraphField : SubgraphSelectionItem
{
    internal SubgraphField(string responseKey, string name, string argumentsText, IReadOnlyList<Condition> conditions, SubgraphSelection? selection, IReadOnlyList<string> variables)
    {
        ResponseKey = responseKey;
        Name = name;
        ArgumentsText = argumentsText;
        Conditions = conditions;
        Selection = selection;
        Variables = variables;
    }

    /// <summary>The response key in the subgraph's answer (client alias, internal alias or the name).</summary>
    public string ResponseKey { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>Printed arguments or empty.</summary>
    public string ArgumentsText { get; }

    /// <summary>Conditions passed through to the subgraph (at most one <c>@include</c> and one <c>@skip</c> are printed).</summary>
    public IReadOnlyList<Condition> Conditions { get; internal set; }

    /// <summary>Sub-selection for composite fields.</summary>
    public SubgraphSelection? Selection { get; }

    /// <summary>Variables the arguments use.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>
    /// The conditions printed as directives: all of them when there is at most one <c>@include</c> and one <c>@skip</c>,
    /// else none (the field is then fetched always and the response writer applies the conditions).
    /// </summary>
    public IReadOnlyList<Condition> PrintedConditions =>
        Conditions.Count(c => c.Include) <= 1 && Conditions.Count(c => !c.Include) <= 1 ? Conditions : [];

    internal void PrintHead(StringBuilder sb)
    {
        if (ResponseKey != Name)
        {
            sb.Append(ResponseKey).Append(": ");
        }

        sb.Append(Name).Append(ArgumentsText);
        foreach (var c in PrintedConditions)
        {
            sb.Append(' ').Append(c.ToString());
        }
    }
}
