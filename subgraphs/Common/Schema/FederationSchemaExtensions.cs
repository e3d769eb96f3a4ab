using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace GraphGateway.Subgraphs.Common.Schema;

/// <summary>
/// Federation v2.9 wiring shared by the sample subgraphs: the <c>@link</c> imports and the definitions of
/// <c>@cost</c> and <c>@listSize</c> (federation v2.9 directives that GraphQL.NET 8.8.5 does not define itself).
/// </summary>
public static class FederationSchemaExtensions
{
    /// <summary>Federation spec version linked by every sample subgraph (<c>https://specs.apollo.dev/federation/v2.9</c>).</summary>
    public const string FederationVersion = "2.9";

    /// <summary>Adds the directives beyond GraphQL.NET's default imports to the federation <c>@link</c>.</summary>
    /// <param name="link">The federation link configuration.</param>
    public static void ConfigureLink(LinkConfiguration link)
    {
        ArgumentNullException.ThrowIfNull(link);
        foreach (var name in new[] { "@interfaceObject", "@authenticated", "@requiresScopes", "@cost", "@listSize" })
        {
            link.Imports[name] = name;
        }
    }

    /// <summary>
    /// Corrects the <c>@requiresScopes</c> argument type and registers <c>@cost(weight: Int!)</c> and <c>@listSize(assumedSize, slicingArguments, sizedFields,
    /// requireOneSlicingArgument)</c> as defined by federation v2.9 (demand control).
    /// </summary>
    /// <param name="schema">The schema being built.</param>
    public static void AddFederationCostDirectives(this ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var cost = new Directive(
            "cost",
            DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.FieldDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.Object, DirectiveLocation.Scalar)
        {
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "weight" }),
        };
        var listSize = new Directive("listSize", DirectiveLocation.FieldDefinition)
        {
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "assumedSize" },
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "slicingArguments" },
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "sizedFields" },
                new QueryArgument<BooleanGraphType> { Name = "requireOneSlicingArgument", DefaultValue = true }),
        };
        schema.Directives.Register(cost, listSize);

        // GraphQL.NET 8.8.5 declares requiresScopes(scopes: [String!]!); federation v2.5+ declares
        // requiresScopes(scopes: [[federation__Scope!]!]!) (a list of alternative scope sets).
        if (schema.Directives.Find("requiresScopes") is { } requiresScopes)
        {
            requiresScopes.Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>> { Name = "scopes" });
        }
    }
}
