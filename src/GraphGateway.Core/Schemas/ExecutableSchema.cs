using System.Runtime.CompilerServices;

namespace GraphGateway.Core.Schemas;

/// <summary>
/// The schema an operation is validated and introspected against: the API schema plus the
/// introspection types (<c>__Schema</c>, <c>__Type</c>, ... — GraphQL spec §4.2) and the built-in
/// directive definitions (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).
/// Built once per API schema and cached (weakly) by schema instance; the API schema is not modified.
/// </summary>
public static class ExecutableSchema
{
    private static readonly ConditionalWeakTable<Schema, Schema> Cache = new();
    private static readonly Schema Introspection = SchemaParser.Parse(IntrospectionSdl.Text + "\n" + BuiltIns.DirectiveSdl, "introspection");

    /// <summary>Names of the introspection types, in the order graphql-js lists them.</summary>
    public static readonly IReadOnlyList<string> IntrospectionTypeNames =
        ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"];

    /// <summary>The executable view of <paramref name="apiSchema"/> (cached per instance).</summary>
    public static Schema For(Schema apiSchema) => Cache.GetValue(apiSchema, Build);

    /// <summary>The definitions of the built-in directives (GraphQL spec §3.13), in spec order.</summary>
    public static IEnumerable<DirectiveDefinition> BuiltInDirectives => Introspection.DirectiveDefinitions.Values;

    private static Schema Build(Schema api)
    {
        var schema = new Schema
        {
            Description = api.Description,
            QueryTypeName = api.QueryTypeName,
            MutationTypeName = api.MutationTypeName,
            SubscriptionTypeName = api.SubscriptionTypeName,
            HasExplicitSchemaDefinition = api.HasExplicitSchemaDefinition,
        };
        foreach (var t in api.Types.Values)
        {
            schema.Add(t);
        }

        foreach (var name in IntrospectionTypeNames)
        {
            schema.Add(Introspection.Types[name]);
        }

        foreach (var d in Introspection.DirectiveDefinitions.Values)
        {
            schema.DirectiveDefinitions[d.Name] = d;
        }

        foreach (var d in api.DirectiveDefinitions.Values)
        {
            schema.DirectiveDefinitions[d.Name] = d;
        }

        schema.SchemaDirectives.AddRange(api.SchemaDirectives);
        return schema;
    }
}
