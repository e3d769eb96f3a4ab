using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphGateway.Core.Schemas;

/// <summary>
/// Reads SDL (GraphQL spec §3 "Type System") into a <see cref="Schema"/>: type definitions and
/// extensions of all six kinds, directive definitions, <c>schema</c> definitions and extensions.
/// Extensions of a type with no base definition are kept and marked <see cref="TypeDefinition.IsExtensionOnly"/>
/// (Apollo Federation 1 subgraphs). Built-in scalars are added when missing. Type references are checked.
/// </summary>
public static class SchemaParser
{
    /// <summary>Parses <paramref name="sdl"/>.</summary>
    /// <param name="sdl">The SDL text.</param>
    /// <param name="sourceName">A file path or subgraph name used in error locations.</param>
    /// <exception cref="SchemaException">Syntax errors, executable definitions, duplicate definitions,
    /// unknown type references or kind mismatches; all errors are collected.</exception>
    public static Schema Parse(string sdl, string? sourceName = null)
    {
        var schema = TryParse(sdl, sourceName, out var errors);
        return errors.Count > 0 ? throw new SchemaException(errors) : schema!;
    }

    /// <summary>Parses <paramref name="sdl"/>, returning null and the errors when it is invalid.</summary>
    public static Schema? TryParse(string sdl, string? sourceName, out IReadOnlyList<SchemaError> errors)
    {
        var source = new SourceText(sdl, sourceName);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 256 });
        }
        catch (GraphQLParserException ex)
        {
            errors = [new SchemaError("Syntax error: " + ex.Description, new SourceLocation(sourceName, ex.Location.Line, ex.Location.Column))];
            return null;
        }

        var builder = new SchemaBuilder(source);
        builder.Add(document);
        errors = builder.Errors;
        return errors.Count > 0 ? null : builder.Schema;
    }
}
