using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Planning.Operations;

/// <summary>
/// Builds a <see cref="NormalizedOperation"/> from a parsed, validated operation (see the type's remarks for
/// what normalization does). Throws <see cref="PlanningException"/> for fields or fragments the API schema
/// does not know (an operation that skipped validation).
/// </summary>
public static class OperationNormalizer
{
    private const int MaxDepth = 128;

    /// <summary>
    /// Bound on selections visited while inlining fragments. A short document can spread fragments into
    /// exponentially many selections (each fragment spreading the next one twice); past this bound
    /// normalization stops with a <see cref="PlanningException"/> instead of exhausting memory.
    /// </summary>
    internal const int MaxExpandedSelections = 50_000;

    /// <summary>Normalizes <paramref name="operation"/>.</summary>
    /// <param name="apiSchema">The API schema the operation was validated against.</param>
    /// <param name="operation">The operation to normalize.</param>
    /// <param name="fragments">The document's fragment definitions by name.</param>
    public static NormalizedOperation Normalize(Schema apiSchema, GraphQLOperationDefinition operation, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var kind = OperationKinds.From(operation.Operation);
        var root = apiSchema.RootTypeName(kind) ?? throw new PlanningException($"The schema has no {kind.Keyword()} root type.");
        var context = new Context(apiSchema, fragments);
        var set = context.Build(root, [operation.SelectionSet], 0);
        var variableTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in operation.Variables?.Items ?? [])
        {
            // The default travels with the type so a nullable variable with a default stays valid in non-null positions (§5.8.5).
            variableTypes[v.Variable.Name.StringValue] = TypeRef.FromAst(v.Type) + (v.DefaultValue is { } d ? " = " + ValuePrinter.Print(d) : string.Empty);
        }

        var prefix = "_gg";
        for (var n = 1; context.ResponseKeys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)); n++)
        {
            prefix = "_gg" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new NormalizedOperation(kind, root, operation.Name?.StringValue, set, variableTypes, prefix);
    }

    private sealed class Context(Schema schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<List<Builder>, List<(string Fragment, List<Condition> Conditions)>> _visitedFragments =
            new(ReferenceEqualityComparer.Instance);

        private int _expandedSelections;

        public HashSet<string> ResponseKeys { get; } = new(StringComparer.Ordinal);

        public SelectionSet Build(string parentType, List<GraphQLSelectionSet> astSets, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new PlanningException($"The operation nests deeper than {MaxDepth} levels.");
            }

            var builders = new List<Builder>();
            foreach (var s in astSets)
            {
                Add(builders, parentType, s, [], depth);
            }

            var items = new List<Selection>(builders.Count);
            foreach (var b in builders)
            {
                if (b.Field is { } f)
                {
                    var name = f.Name.StringValue;
                    TypeRef type;
                    SelectionSet? sub = null;
                    if (name == "__typename")
                    {
                        type = TypeRef.NonNullOf(TypeRef.Named("String"));
                    }
                    else if (name == "__schema")
                    {
                        type = TypeRef.NonNullOf(TypeRef.Named("__Schema"));
                    }
                    else if (name == "__type")
                    {
                        type = TypeRef.Named("__Type");
                    }
                    else
                    {
                        var def = schema.Field(parentType, name)
                            ?? throw new PlanningException($"Cannot query field \"{name}\" on type \"{parentType}\".");
                        type = def.Type;
                        if (b.Subs.Count > 0 && schema.Type(type.NamedType) is { IsLeaf: false })
                        {
                            sub = Build(type.NamedType, b.Subs, depth + 1);
                        }
                    }

                    var (argsText, variables) = PrintArguments(f.Arguments);
                    items.Add(new FieldSelection(b.Key!, name, argsText, type, sub, variables, f) { Conditions = b.Conditions, NamedType = schema.Type(type.NamedType) });
                }
                else
                {
                    items.Add(new FragmentSelection(b.TypeCondition, Build(b.TypeCondition ?? parentType, b.Subs, depth + 1)) { Conditions = b.Conditions });
                }
            }

            return new SelectionSet(parentType, items);
        }

        private void Add(List<Builder> builders, string parentType, GraphQLSelectionSet set, List<Condition> inherited, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new PlanningException($"The operation nests fragments deeper than {MaxDepth} levels.");
            }

            foreach (var selection in set.Selections)
            {
                if (++_expandedSelections > MaxExpandedSelections)
                {
                    throw new PlanningException(
                        $"The operation expands to more than {MaxExpandedSelections} selections once its fragments are inlined.");
                }

                switch (selection)
                {
                    case GraphQLField f:
                    {
                        if (!Conditions(f.Directives, inherited, out var conditions))
                        {
                            break;
                        }

                        var key = f.Alias?.Name.StringValue ?? f.Name.StringValue;
                        ResponseKeys.Add(key);

                        // Only directly repeated occurrences are merged here; field collection merges the rest in document order.
                        var last = builders.Count > 0 ? builders[^1] : null;
                        var existing = last is not null && last.Key == key && last.Conditions.SequenceEqual(conditions) ? last : null;
                        if (existing is null)
                        {
                            existing = new Builder { Key = key, Field = f, Conditions = conditions };
                            builders.Add(existing);
                        }

                        if (f.SelectionSet is not null)
                        {
                            existing.Subs.Add(f.SelectionSet);
                        }

                        break;
                    }

                    case GraphQLInlineFragment inline:
                        AddFragment(builders, parentType, inline.TypeCondition?.Type.Name.StringValue, inline.Directives, inline.SelectionSet, inherited, depth);
                        break;
                    case GraphQLFragmentSpread spread:
                    {
                        var name = spread.FragmentName.Name.StringValue;
                        if (!fragments.TryGetValue(name, out var definition))
                        {
                            throw new PlanningException($"Unknown fragment \"{name}\".");
                        }

                        if (!Conditions(spread.Directives, inherited, out var effective) || AlreadyExpanded(builders, name, effective))
                        {
                            break;
                        }

                        AddFragment(builders, parentType, definition.TypeCondition.Type.Name.StringValue, spread.Directives, definition.SelectionSet, inherited, depth);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// GraphQL spec §6.3.2 CollectFields skips a fragment spread already visited while collecting one
        /// selection set. Conditions stay symbolic here, so a repeat is skipped only when an earlier
        /// expansion of the same fragment applies whenever this one does (its conditions are a subset);
        /// the repeat would then only add fields that merge into existing ones.
        /// </summary>
        private bool AlreadyExpanded(List<Builder> builders, string fragment, List<Condition> conditions)
        {
            if (!_visitedFragments.TryGetValue(builders, out var visited))
            {
                visited = [];
                _visitedFragments[builders] = visited;
            }

            foreach (var (name, earlier) in visited)
            {
                if (name == fragment && earlier.TrueForAll(conditions.Contains))
                {
                    return true;
                }
            }

            visited.Add((fragment, conditions));
            return false;
        }

        private void AddFragment(List<Builder> builders, string parentType, string? typeCondition, GraphQLDirectives? directives, GraphQLSelectionSet set,
            List<Condition> inherited, int depth)
        {
            if (!Conditions(directives, [], out var own))
            {
                return;
            }

            var appliesAlways = typeCondition is null || typeCondition == parentType
                || (schema.Type(parentType) is ObjectTypeDefinition && schema.IsPossibleType(typeCondition, parentType));
            if (appliesAlways)
            {
                // Conditions of a flattened fragment move onto its selections.
                Add(builders, parentType, set, [.. inherited, .. own], depth + 1);
                return;
            }

            if (schema.Type(parentType) is ObjectTypeDefinition)
            {
                // A fragment on a type that cannot match this object type never applies.
                return;
            }

            // Each fragment stays where it was written (no merging with a later fragment on the same type), so field
            // collection yields response keys in document order (GraphQL spec §6.3.2).
            var conditions = inherited.Count == 0 ? own : [.. inherited, .. own];
            var fragment = new Builder { TypeCondition = typeCondition, Conditions = conditions };
            fragment.Subs.Add(set);
            builders.Add(fragment);
        }

        private static bool Conditions(GraphQLDirectives? directives, List<Condition> inherited, out List<Condition> conditions)
        {
            conditions = inherited;
            if (directives is null)
            {
                return true;
            }

            foreach (var d in directives.Items)
            {
                var name = d.Name.StringValue;
                if (name is not ("skip" or "include"))
                {
                    continue;
                }

                var include = name == "include";
                var value = d.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value;
                switch (value)
                {
                    case GraphQLBooleanValue b:
                        if (b.BoolValue != include)
                        {
                            return false;
                        }

                        break;
                    case GraphQLVariable v:
                        var c = new Condition(v.Name.StringValue, include);
                        if (!conditions.Contains(c))
                        {
                            conditions = [.. conditions, c];
                        }

                        break;
                }
            }

            return true;
        }

        private static (string Text, IReadOnlyList<string> Variables) PrintArguments(GraphQLArguments? arguments)
        {
            if (arguments is null || arguments.Items.Count == 0)
            {
                return (string.Empty, []);
            }

            var sb = new System.Text.StringBuilder("(");
            var variables = new List<string>();
            for (var i = 0; i < arguments.Items.Count; i++)
            {
                var a = arguments.Items[i];
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(a.Name.StringValue).Append(": ");
                ValuePrinter.Print(a.Value, sb);
                CollectVariables(a.Value, variables);
            }

            return (sb.Append(')').ToString(), variables);
        }

        private static void CollectVariables(GraphQLValue value, List<string> into)
        {
            switch (value)
            {
                case GraphQLVariable v when !into.Contains(v.Name.StringValue):
                    into.Add(v.Name.StringValue);
                    break;
                case GraphQLListValue l:
                    foreach (var item in l.Values ?? [])
                    {
                        CollectVariables(item, into);
                    }

                    break;
                case GraphQLObjectValue o:
                    foreach (var field in o.Fields ?? [])
                    {
                        CollectVariables(field.Value, into);
                    }

                    break;
            }
        }
    }

    private sealed class Builder
    {
        public string? Key { get; init; }

        public GraphQLField? Field { get; init; }

        public string? TypeCondition { get; init; }

        public List<Condition> Conditions { get; init; } = [];

        public List<GraphQLSelectionSet> Subs { get; } = [];
    }
}
