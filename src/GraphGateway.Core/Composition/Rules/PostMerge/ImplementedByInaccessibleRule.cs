using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

/// <summary>
/// <c>IMPLEMENTED_BY_INACCESSIBLE</c>: a field hidden with <c>@inaccessible</c> cannot implement a visible interface field.
/// </summary>
internal sealed class ImplementedByInaccessibleRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        var schema = merged.Schema;
        foreach (var obj in schema.Types.Values.OfType<ComplexTypeDefinition>().Where(o => !o.HasDirective("inaccessible")))
        {
            foreach (var f in obj.Fields.Values.Where(f => f.HasDirective("inaccessible")))
            {
                foreach (var i in obj.Interfaces)
                {
                    if (schema.Type(i) is InterfaceTypeDefinition itf && !itf.HasDirective("inaccessible")
                        && itf.Field(f.Name) is { } itfField && !itfField.HasDirective("inaccessible"))
                    {
                        var coordinate = $"{obj.Name}.{f.Name}";
                        context.Error(ErrorCodes.ImplementedByInaccessible,
                            $"Field \"{coordinate}\" is @inaccessible but implements the interface field \"{i}.{f.Name}\", which is in the API schema.",
                            merged.TypeSources[obj.Name].Select(x => x.Subgraph.Name), coordinate);
                    }
                }
            }
        }
    }
}
