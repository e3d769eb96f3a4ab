using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PreMerge;

/// <summary>
/// <c>INVALID_FIELD_SHARING</c>: an object field resolved by more than one subgraph must be shareable in each of
/// them (<c>@shareable</c> on the field or its type, part of a <c>@key</c>, or a Federation 1 subgraph). Fields marked
/// <c>@external</c> and fields overridden with <c>@override</c> do not count as resolved there
/// (Apollo Federation "Sharing types and fields").
/// </summary>
internal sealed class InvalidFieldSharingRule : IPreMergeRule
{
    public void Validate(ValidatedSubgraphs subgraphs, CompositionContext context)
    {
        var typeNames = subgraphs.Subgraphs.SelectMany(s => s.Schema.Types.Values.OfType<ObjectTypeDefinition>().Select(t => t.Name))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var typeName in typeNames)
        {
            var sources = subgraphs.TypeSources(typeName).Where(s => s.Type is ObjectTypeDefinition).ToList();
            if (sources.Count < 2)
            {
                continue;
            }

            var fieldNames = sources.SelectMany(s => ((ObjectTypeDefinition)s.Type).Fields.Keys).Distinct(StringComparer.Ordinal).ToList();
            foreach (var fieldName in fieldNames)
            {
                var resolving = new List<(Federation.Subgraph Subgraph, bool Shareable)>();
                foreach (var (s, t) in sources)
                {
                    var type = (ObjectTypeDefinition)t;
                    var field = type.Field(fieldName);
                    if (field is null || s.IsExternal(type, field) || IsOverridden(subgraphs, s, typeName, fieldName))
                    {
                        continue;
                    }

                    var shareable = field.HasDirective("shareable") || type.HasDirective("shareable")
                        || s.KeyFields.Contains((typeName, fieldName));
                    resolving.Add((s, shareable));
                }

                var nonShareable = resolving.Where(r => !r.Shareable).Select(r => r.Subgraph.Name).ToList();
                if (resolving.Count < 2 || nonShareable.Count == 0)
                {
                    continue;
                }

                var coordinate = $"{typeName}.{fieldName}";
                var where = nonShareable.Count == resolving.Count ? "all of them" : CompositionContext.Subgraphs(nonShareable);
                context.Error(ErrorCodes.InvalidFieldSharing,
                    $"Non-shareable field \"{coordinate}\" is resolved from multiple subgraphs: it is resolved from {CompositionContext.Subgraphs(resolving.Select(r => r.Subgraph.Name))} and defined as non-shareable in {where}",
                    resolving.Select(r => r.Subgraph.Name), coordinate);
            }
        }
    }

    private static bool IsOverridden(ValidatedSubgraphs subgraphs, Federation.Subgraph subgraph, string type, string field) =>
        subgraph.Schema.Field(type, field)?.HasDirective("override") != true
        && subgraphs.Subgraphs.Any(o => o != subgraph && o.Schema.Field(type, field)?.Directive("override")?.StringArgument("from") == subgraph.Name);
}
