namespace GraphGateway.Core.Schemas;

/// <summary>Names the GraphQL spec defines without a definition in SDL (§3.5, §3.13).</summary>
public static class BuiltIns
{
    /// <summary>The five built-in scalars: <c>Int</c>, <c>Float</c>, <c>String</c>, <c>Boolean</c>, <c>ID</c>.</summary>
    public static readonly IReadOnlyList<string> Scalars = ["Int", "Float", "String", "Boolean", "ID"];

    /// <summary>
    /// Built-in directives: <c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>
    /// (October 2021) and <c>@oneOf</c> (current draft).
    /// </summary>
    public static readonly IReadOnlyList<string> Directives = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];

    /// <summary>True for a built-in scalar name.</summary>
    public static bool IsBuiltInScalar(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>True for a built-in directive name.</summary>
    public static bool IsBuiltInDirective(string name) => name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";

    /// <summary>The SDL of the built-in directive definitions, as the spec gives them.</summary>
    public const string DirectiveSdl = """
        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        directive @specifiedBy(url: String!) on SCALAR
        directive @oneOf on INPUT_OBJECT
        """;
}
