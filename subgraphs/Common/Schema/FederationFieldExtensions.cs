using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphGateway.Subgraphs.Common.Schema;

/// <summary>
/// Applies federation directives that GraphQL.NET has no dedicated helper for (<c>@authenticated</c>,
/// <c>@requiresScopes</c>, <c>@cost</c>, <c>@listSize</c>, <c>@tag</c>, <c>@interfaceObject</c>, labelled <c>@override</c>).
/// </summary>
public static class FederationFieldExtensions
{
    /// <summary>Marks the field <c>@authenticated</c> (federation v2.5).</summary>
    public static FieldBuilder<TSource, TReturn> Authenticated<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.ApplyDirective("authenticated");

    /// <summary>Marks the field <c>@requiresScopes(scopes: [[...]])</c>: one inner list per accepted scope combination (federation v2.5).</summary>
    public static FieldBuilder<TSource, TReturn> RequiresScopes<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[][] scopes) =>
        field.ApplyDirective("requiresScopes", "scopes", scopes);

    /// <summary>Applies <c>@cost(weight:)</c> (federation v2.9 demand control).</summary>
    public static FieldBuilder<TSource, TReturn> Cost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int weight) =>
        field.ApplyDirective("cost", "weight", weight);

    /// <summary>Applies <c>@listSize</c> with an assumed size and/or slicing arguments and sized fields (federation v2.9).</summary>
    public static FieldBuilder<TSource, TReturn> ListSize<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, int? assumedSize = null, string[]? slicingArguments = null, string[]? sizedFields = null, bool? requireOneSlicingArgument = null) =>
        field.ApplyDirective("listSize", d =>
        {
            if (assumedSize is { } size)
            {
                d.AddArgument(new DirectiveArgument("assumedSize") { Value = size });
            }

            if (slicingArguments is not null)
            {
                d.AddArgument(new DirectiveArgument("slicingArguments") { Value = slicingArguments });
            }

            if (sizedFields is not null)
            {
                d.AddArgument(new DirectiveArgument("sizedFields") { Value = sizedFields });
            }

            if (requireOneSlicingArgument is { } require)
            {
                d.AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = require });
            }
        });

    /// <summary>Applies <c>@tag(name:)</c> to a field.</summary>
    public static FieldBuilder<TSource, TReturn> Tag<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string name) =>
        field.ApplyDirective("tag", "name", name);

    /// <summary>Applies <c>@override(from:, label:)</c>; a <c>percent(N)</c> label migrates the field progressively (federation v2.7).</summary>
    public static FieldBuilder<TSource, TReturn> OverrideWithLabel<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string from, string label) =>
        field.ApplyDirective("override", "from", from, "label", label);

    /// <summary>Applies <c>@tag(name:)</c> to a type.</summary>
    public static TGraphType TagType<TGraphType>(this TGraphType type, string name)
        where TGraphType : IMetadataWriter =>
        type.ApplyDirective("tag", "name", name);

    /// <summary>Marks an object type <c>@interfaceObject</c>: it stands for an entity interface owned by another subgraph (federation v2.3).</summary>
    public static TGraphType InterfaceObject<TGraphType>(this TGraphType type)
        where TGraphType : IObjectGraphType, IMetadataWriter =>
        type.ApplyDirective("interfaceObject");
}
