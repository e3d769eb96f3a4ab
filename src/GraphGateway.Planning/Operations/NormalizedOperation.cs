using System.Collections.Concurrent;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Planning.Operations;

/// <summary>
/// An operation in the form the planner and the response writer share (GraphQL spec §6.3.2 "Field
/// Collection" made static): named fragments inlined as typed fragments, fragments whose type condition
/// is the parent type flattened, fields with the same response key in one selection set merged, literal
/// <c>@skip</c>/<c>@include</c> applied, variable ones kept as <see cref="Condition"/>s on fields and fragments.
/// Immutable once built; cached with the plan.
/// </summary>
public sealed class NormalizedOperation
{
    internal NormalizedOperation(OperationKind kind, string rootTypeName, string? name, SelectionSet root,
        IReadOnlyDictionary<string, string> variableTypes, string internalPrefix)
    {
        Kind = kind;
        RootTypeName = rootTypeName;
        Name = name;
        Root = root;
        VariableTypes = variableTypes;
        InternalPrefix = internalPrefix;
    }

    /// <summary>The operation's type.</summary>
    public OperationKind Kind { get; }

    /// <summary>The root type name in the API schema.</summary>
    public string RootTypeName { get; }

    /// <summary>The operation's name, or null when anonymous.</summary>
    public string? Name { get; }

    /// <summary>The root selection set.</summary>
    public SelectionSet Root { get; }

    /// <summary>Declared variables: name (without <c>$</c>) to type as written, with the default if any (<c>[ID!]!</c>, <c>Boolean = false</c>).</summary>
    public IReadOnlyDictionary<string, string> VariableTypes { get; }

    /// <summary>
    /// The prefix of aliases the gateway gives fields it adds to subgraph operations (<c>_gg</c>, or <c>_gg1</c>, ... when the
    /// client uses a response key starting with <c>_gg</c>), so they never collide with the client's response keys.
    /// </summary>
    public string InternalPrefix { get; }
}

/// <summary>A <c>@skip</c>/<c>@include</c> with a variable: the selection applies when the variable's value equals <see cref="Include"/>.</summary>
/// <param name="Variable">The variable name without <c>$</c>.</param>
/// <param name="Include">True for <c>@include(if: $v)</c>, false for <c>@skip(if: $v)</c>.</param>
public readonly record struct Condition(string Variable, bool Include)
{
    /// <summary>The directive text, e.g. <c>@include(if: $v)</c>.</summary>
    public override string ToString() => (Include ? "@include(if: $" : "@skip(if: $") + Variable + ")";
}

/// <summary>A selection set with its parent type (an object, interface or union of the API schema).</summary>
public sealed class SelectionSet
{
    private ConcurrentDictionary<string, LastCollected>? _collected;

    internal SelectionSet(string typeName, List<Selection> items)
    {
        TypeName = typeName;
        Items = items;
        HasConditions = items.Exists(i => i.Conditions.Count > 0 || (i is FragmentSelection f && f.SelectionSet.HasConditions));
    }

    /// <summary>The parent type name.</summary>
    public string TypeName { get; }

    /// <summary>Fields and typed fragments, in document order.</summary>
    public IReadOnlyList<Selection> Items { get; }

    /// <summary>True when some item at this level (or in a fragment at this level) has a variable condition.</summary>
    public bool HasConditions { get; }

    internal IReadOnlyList<CollectedField> CachedCollect<TArg>(string objectType, Func<string, TArg, IReadOnlyList<CollectedField>> compute, TArg argument)
    {
        // Most sets only ever see one runtime type: check the last one first (by reference, then by value) before hashing.
        if (Volatile.Read(ref _last) is { } last && (ReferenceEquals(last.Type, objectType) || last.Type == objectType))
        {
            return last.Fields;
        }

        _collected ??= new ConcurrentDictionary<string, LastCollected>(StringComparer.Ordinal);
        if (!_collected.TryGetValue(objectType, out var entry))
        {
            entry = _collected.GetOrAdd(objectType, new LastCollected(objectType, compute(objectType, argument)));
        }

        // The entry objects are created once per type, so alternating types (a list of an abstract type) allocate nothing.
        Volatile.Write(ref _last, entry);
        return entry.Fields;
    }

    private LastCollected? _last;

    /// <summary>A type's collected fields; the most recent one is also kept in <c>_last</c>, replaced as a whole so readers never see a torn pair.</summary>
    private sealed record LastCollected(string Type, IReadOnlyList<CollectedField> Fields);
}

/// <summary>A field or typed fragment in a <see cref="SelectionSet"/>.</summary>
public abstract class Selection
{
    /// <summary>Variable conditions that must all hold for the selection to apply (empty: always).</summary>
    public IReadOnlyList<Condition> Conditions { get; internal set; } = [];
}

/// <summary>A field selection (GraphQL spec §2.5).</summary>
public sealed class FieldSelection : Selection
{
    internal FieldSelection(string responseKey, string name, string argumentsText, TypeRef type, SelectionSet? selectionSet,
        IReadOnlyList<string> variables, GraphQLParser.AST.GraphQLField ast)
    {
        ResponseKey = responseKey;
        EncodedResponseKey = System.Text.Json.JsonEncodedText.Encode(responseKey);
        Name = name;
        ArgumentsText = argumentsText;
        Type = type;
        SelectionSet = selectionSet;
        Variables = variables;
        Ast = ast;
    }

    /// <summary>The alias, or the field name.</summary>
    public string ResponseKey { get; }

    /// <summary><see cref="ResponseKey"/> encoded once as a JSON property name (GraphQL names are ASCII and never need escaping).</summary>
    public System.Text.Json.JsonEncodedText EncodedResponseKey { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The arguments as printed (<c>(first: $n, x: 1)</c>), or empty.</summary>
    public string ArgumentsText { get; }

    /// <summary>The field's output type in the API schema (<c>String!</c> for <c>__typename</c>).</summary>
    public TypeRef Type { get; }

    /// <summary>The definition of <see cref="Type"/>'s named type in the API schema the operation was normalized against, or null (introspection types).</summary>
    public TypeDefinition? NamedType { get; init; }

    /// <summary>The sub-selection for composite types, or null for leaves.</summary>
    public SelectionSet? SelectionSet { get; internal set; }

    /// <summary>Variables used by the arguments.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The field as written (introspection fields are answered from it).</summary>
    public GraphQLParser.AST.GraphQLField Ast { get; }

    /// <summary>True for <c>__typename</c>.</summary>
    public bool IsTypename => Name == "__typename";

    /// <summary>True for the introspection root fields <c>__schema</c> and <c>__type</c>.</summary>
    public bool IsIntrospection => Name is "__schema" or "__type";
}

/// <summary>An inline fragment (named fragments are inlined into these), GraphQL spec §2.8.</summary>
public sealed class FragmentSelection : Selection
{
    internal FragmentSelection(string? typeCondition, SelectionSet selectionSet)
    {
        TypeCondition = typeCondition;
        SelectionSet = selectionSet;
    }

    /// <summary>The type condition, or null for a fragment without one (only conditions).</summary>
    public string? TypeCondition { get; }

    /// <summary>The fragment's selections.</summary>
    public SelectionSet SelectionSet { get; }
}

/// <summary>
/// One response key collected for a concrete object type (GraphQL spec §6.3.2 CollectFields): the first
/// field with that key and every sub-selection merged under it.
/// </summary>
/// <param name="Field">The first field with this response key.</param>
/// <param name="SubSelections">The sub-selections of every field with this key (empty for leaves).</param>
/// <param name="Conditions">Conditions under which the key applies (empty: always); when different occurrences carry
/// different conditions they are dropped here (fetching more is safe; the response writer decides with the variables).</param>
public sealed record CollectedField(FieldSelection Field, IReadOnlyList<SelectionSet> SubSelections, IReadOnlyList<Condition> Conditions);
