using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules;

/// <summary>
/// Checks a field set (<c>@key</c>, <c>@requires</c>, <c>@provides</c> <c>fields:</c>) against a subgraph schema:
/// syntax, existing fields, sub-selections on composite fields only. Reports with the code the caller gives.
/// </summary>
internal static class FieldSetValidator
{
    /// <summary>Validates; returns the parsed set, or null after reporting an error.</summary>
    public static FieldSet? Validate(Federation.Subgraph subgraph, CompositionContext context, string directive, string coordinate, string typeName, string? text, string invalidCode)
    {
        var where = $"[{subgraph.Name}] On {(coordinate.Contains('.', StringComparison.Ordinal) ? "field" : "type")} \"{coordinate}\", for {directive}(fields: \"{text}\")";
        if (text is null)
        {
            context.Error(invalidCode, $"{where}: the fields argument is missing or not a string.", [subgraph.Name], coordinate);
            return null;
        }

        var set = FieldSet.TryParse(text, out var error);
        if (set is null)
        {
            context.Error(invalidCode, $"{where}: {error}", [subgraph.Name], coordinate);
            return null;
        }

        if (set.Selections.Count == 0)
        {
            context.Error(invalidCode, $"{where}: the field set is empty.", [subgraph.Name], coordinate);
            return null;
        }

        var message = Check(subgraph.Schema, typeName, set.Selections);
        if (message is not null)
        {
            context.Error(invalidCode, $"{where}: {message}", [subgraph.Name], coordinate);
            return null;
        }

        return set;
    }

    private static string? Check(Schema schema, string typeName, IReadOnlyList<FieldSetSelection> selections)
    {
        foreach (var s in selections)
        {
            if (s.IsFragmentSpread)
            {
                return "named fragment spreads are not allowed in a field set";
            }

            if (s.IsInlineFragment)
            {
                var condition = s.TypeCondition ?? typeName;
                if (schema.Type(condition) is null)
                {
                    return $"Unknown type \"{condition}\"";
                }

                var m = Check(schema, condition, s.Children);
                if (m is not null)
                {
                    return m;
                }

                continue;
            }

            if (s.Name == "__typename")
            {
                continue;
            }

            var field = schema.Field(typeName, s.Name);
            if (field is null)
            {
                return $"Cannot query field \"{s.Name}\" on type \"{typeName}\" (if the field is defined in another subgraph, you need to add it to this subgraph with @external).";
            }

            var named = schema.Type(field.Type.NamedType);
            var composite = named is ComplexTypeDefinition or UnionTypeDefinition;
            if (composite && !s.HasSelectionSet)
            {
                return $"Field \"{typeName}.{s.Name}\" of type \"{field.Type}\" must have a selection of subfields.";
            }

            if (!composite && s.HasSelectionSet)
            {
                return $"Field \"{typeName}.{s.Name}\" must not have a selection since type \"{field.Type}\" has no subfields.";
            }

            if (composite)
            {
                var m = Check(schema, field.Type.NamedType, s.Children);
                if (m is not null)
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>Every (parent type, field definition, selection) the set selects, nested included.</summary>
    public static IEnumerable<(string Type, FieldDefinition Field, FieldSetSelection Selection, bool TopLevel)> Fields(Schema schema, string typeName, IReadOnlyList<FieldSetSelection> selections, bool topLevel = true)
    {
        foreach (var s in selections)
        {
            if (s.IsInlineFragment)
            {
                foreach (var x in Fields(schema, s.TypeCondition ?? typeName, s.Children, topLevel))
                {
                    yield return x;
                }

                continue;
            }

            var f = schema.Field(typeName, s.Name);
            if (f is null)
            {
                continue;
            }

            yield return (typeName, f, s, topLevel);
            foreach (var x in Fields(schema, f.Type.NamedType, s.Children, false))
            {
                yield return x;
            }
        }
    }
}
