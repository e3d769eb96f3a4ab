namespace GraphGateway.Core.Composition.Rules.PreMerge;

/// <summary>
/// <c>OVERRIDE_SOURCE_HAS_OVERRIDE</c>: a field overridden from a subgraph cannot itself be overridden there
/// (no override chains or cycles). Also hints <c>FROM_SUBGRAPH_DOES_NOT_EXIST</c> when <c>from:</c> names no subgraph.
/// </summary>
internal sealed class OverrideSourceHasOverrideRule : IPreMergeRule
{
    public void Validate(ValidatedSubgraphs subgraphs, CompositionContext context)
    {
        foreach (var s in subgraphs.Subgraphs)
        {
            foreach (var type in s.Schema.Types.Values.OfType<Schemas.ComplexTypeDefinition>())
            {
                foreach (var field in type.Fields.Values)
                {
                    var from = field.Directive("override")?.StringArgument("from");
                    if (from is null || from == s.Name)
                    {
                        continue;
                    }

                    var coordinate = $"{type.Name}.{field.Name}";
                    var source = subgraphs.Subgraphs.FirstOrDefault(o => o.Name == from);
                    if (source is null)
                    {
                        context.Hint("FROM_SUBGRAPH_DOES_NOT_EXIST",
                            $"Source subgraph \"{from}\" for field \"{coordinate}\" on subgraph \"{s.Name}\" does not exist.", coordinate);
                        continue;
                    }

                    if (source.Schema.Field(type.Name, field.Name)?.Directive("override") is not null
                        && string.CompareOrdinal(s.Name, from) < 0)
                    {
                        context.Error(ErrorCodes.OverrideSourceHasOverride,
                            $"Field \"{coordinate}\" on subgraph \"{s.Name}\" is also marked with directive @override in subgraph \"{from}\". Only one @override directive is allowed per field.",
                            [s.Name, from], coordinate);
                    }
                }
            }
        }
    }
}
