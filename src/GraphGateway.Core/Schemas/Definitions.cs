using GraphQLParser.AST;

namespace GraphGateway.Core.Schemas;

/// <summary>Where a definition was written: source name (file or subgraph), 1-based line and column.</summary>
/// <param name="Source">A file path or subgraph name; null when unknown.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string? Source, int Line, int Column)
{
    /// <summary><c>source:line:column</c>.</summary>
    public override string ToString() => $"{Source ?? "<input>"}:{Line}:{Column}";
}

/// <summary>A schema element that carries applied directives, a description and a source location.</summary>
public abstract class SchemaElement
{
    /// <summary>Applied directives in written order (extensions append theirs).</summary>
    public List<AppliedDirective> Directives { get; } = [];

    /// <summary>The description (GraphQL spec §2.2 "Descriptions"), or null.</summary>
    public string? Description { get; set; }

    /// <summary>Where the element was defined, when parsed from SDL.</summary>
    public SourceLocation? Location { get; set; }

    /// <summary>True when a directive named <paramref name="name"/> is applied.</summary>
    public bool HasDirective(string name) => Directives.Exists(d => d.Name == name);

    /// <summary>The first applied directive named <paramref name="name"/>, or null.</summary>
    public AppliedDirective? Directive(string name) => Directives.Find(d => d.Name == name);

    /// <summary>All applied directives named <paramref name="name"/> (repeatable directives).</summary>
    public IEnumerable<AppliedDirective> DirectivesNamed(string name) => Directives.Where(d => d.Name == name);

    /// <summary>The <c>@deprecated(reason:)</c> reason, <c>"No longer supported"</c> when no reason is given, or null.</summary>
    public string? DeprecationReason
    {
        get
        {
            var d = Directive("deprecated");
            return d is null ? null : d.StringArgument("reason") ?? "No longer supported";
        }
    }
}

/// <summary>An argument or input field definition (GraphQL spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinition : SchemaElement
{
    /// <summary>Creates an input value definition.</summary>
    public InputValueDefinition(string name, TypeRef type, GraphQLValue? defaultValue = null)
    {
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
    }

    /// <summary>The argument or input field name.</summary>
    public string Name { get; }

    /// <summary>Its input type.</summary>
    public TypeRef Type { get; set; }

    /// <summary>The default value literal, or null when none is given.</summary>
    public GraphQLValue? DefaultValue { get; set; }
}

/// <summary>A field of an object or interface type (GraphQL spec §3.6).</summary>
public sealed class FieldDefinition : SchemaElement
{
    /// <summary>Creates a field definition.</summary>
    public FieldDefinition(string name, TypeRef type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public TypeRef Type { get; set; }

    /// <summary>Arguments in written order, by name.</summary>
    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);
}

/// <summary>A value of an enum type (GraphQL spec §3.9).</summary>
public sealed class EnumValueDefinition : SchemaElement
{
    /// <summary>Creates an enum value.</summary>
    public EnumValueDefinition(string name) => Name = name;

    /// <summary>The value name.</summary>
    public string Name { get; }
}

/// <summary>A directive definition (GraphQL spec §3.13).</summary>
public sealed class DirectiveDefinition : SchemaElement
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name) => Name = name;

    /// <summary>The directive name without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Arguments in written order.</summary>
    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether it may be applied more than once at one location.</summary>
    public bool IsRepeatable { get; set; }

    /// <summary>Locations, as the SDL names them (e.g. <c>FIELD_DEFINITION</c>), in written order.</summary>
    public List<string> Locations { get; } = [];
}
