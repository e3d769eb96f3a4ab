using System.Text.Json;
using GraphQLParser.AST;

namespace GraphGateway.Core.Operations;

/// <summary>
/// An operation that passed parsing, validation against the API schema (GraphQL spec §5) and variable
/// coercion (§6.1.2): the meeting point of the client-facing server and the gateway runtime.
/// Immutable and safe to share across threads; <see cref="Document"/> must not be modified.
/// </summary>
public sealed class ValidatedOperation
{
    /// <summary>Creates a validated operation.</summary>
    /// <param name="document">The parsed, validated document (may hold several operations and fragments).</param>
    /// <param name="operation">The operation selected by <paramref name="operationName"/>.</param>
    /// <param name="operationName">The requested operation name, or null when the document has one operation.</param>
    /// <param name="documentHash">A stable hash of the document text (lower-case hex SHA-256), used in cache keys.</param>
    /// <param name="variables">Coerced variable values as JSON, defaults applied, keyed by name without <c>$</c>.
    /// A variable that was neither given nor has a default is absent.</param>
    public ValidatedOperation(
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        string? operationName,
        string documentHash,
        IReadOnlyDictionary<string, JsonElement> variables)
    {
        Document = document;
        Operation = operation;
        OperationName = operationName;
        DocumentHash = documentHash;
        Variables = variables;
        Fragments = CollectFragments(document);
    }

    /// <summary>Creates a validated operation whose fragments by name were already collected from <paramref name="document"/>.</summary>
    internal ValidatedOperation(
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        string? operationName,
        string documentHash,
        IReadOnlyDictionary<string, JsonElement> variables,
        IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        Document = document;
        Operation = operation;
        OperationName = operationName;
        DocumentHash = documentHash;
        Variables = variables;
        Fragments = fragments;
    }

    /// <summary>The parsed document.</summary>
    public GraphQLDocument Document { get; }

    /// <summary>The operation to execute.</summary>
    public GraphQLOperationDefinition Operation { get; }

    /// <summary>The requested operation name, or null.</summary>
    public string? OperationName { get; }

    /// <summary>Lower-case hex SHA-256 of the document text.</summary>
    public string DocumentHash { get; }

    /// <summary>Coerced variables (JSON), defaults applied.</summary>
    public IReadOnlyDictionary<string, JsonElement> Variables { get; }

    /// <summary>Fragment definitions of the document by name.</summary>
    public IReadOnlyDictionary<string, GraphQLFragmentDefinition> Fragments { get; }

    /// <summary>The operation's type.</summary>
    public OperationKind Kind => OperationKinds.From(Operation.Operation);

    /// <summary>The fragment definitions of <paramref name="document"/> by name (the last wins when names repeat).</summary>
    internal static IReadOnlyDictionary<string, GraphQLFragmentDefinition> CollectFragments(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition f)
            {
                fragments[f.FragmentName.Name.StringValue] = f;
            }
        }

        return fragments;
    }
}
