using GraphGateway.Core.Errors;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation;

/// <summary>A variable used at a position, with the input type that position expects (GraphQL spec §5.8.5).</summary>
/// <param name="Node">The variable node.</param>
/// <param name="Type">The expected type, or null when the position is unknown.</param>
/// <param name="HasLocationDefault">True when the argument or input field at that position has a non-null default.</param>
internal sealed record VariableUsage(GraphQLVariable Node, TypeRef? Type, bool HasLocationDefault);

/// <summary>Thrown by <see cref="ValidationContext.Report"/> when the error limit is reached; caught by the validator.</summary>
internal sealed class ValidationAbortedException : Exception
{
}

/// <summary>What a validation run shares between rules: the schema, the document, fragments, usages and the collected errors.</summary>
internal sealed class ValidationContext
{
    private readonly Schemas.SourceText _source;
    private readonly Dictionary<ASTNode, List<GraphQLFragmentSpread>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ASTNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);

    /// <summary>Errors after which validation stops (graphql-js <c>maxErrors</c> default).</summary>
    public const int MaxErrors = 100;

    public ValidationContext(Schema schema, GraphQLDocument document, string text)
    {
        Schema = schema;
        Document = document;
        Text = text;
        _source = new Schemas.SourceText(text, null);
        foreach (var d in document.Definitions)
        {
            if (d is GraphQLFragmentDefinition f)
            {
                Fragments.TryAdd(f.FragmentName.Name.StringValue, f);
            }
        }
    }

    /// <summary>The executable schema (API schema + introspection types + built-in directives).</summary>
    public Schema Schema { get; }

    public GraphQLDocument Document { get; }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The source text of <paramref name="node"/>.</summary>
    public ReadOnlySpan<char> TextOf(ASTNode node) => Text.AsSpan(node.Location.Start, node.Location.End - node.Location.Start);

    /// <summary>Fragment definitions by name (the first one when a name repeats).</summary>
    public Dictionary<string, GraphQLFragmentDefinition> Fragments { get; } = new(StringComparer.Ordinal);

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>Reports an error with the locations of <paramref name="nodes"/>.</summary>
    public void Report(string message, params ASTNode[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var n in nodes)
        {
            locations.Add(Locate(n));
        }

        Errors.Add(new GraphQLError(message, ErrorCodes.ValidationFailed) { Locations = locations });
        if (Errors.Count >= MaxErrors)
        {
            Errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }
    }

    /// <summary>The 1-based line and column where <paramref name="node"/> starts.</summary>
    public ErrorLocation Locate(ASTNode node)
    {
        var l = _source.Locate(node.Location.Start);
        return new ErrorLocation(l.Line, l.Column);
    }

    internal void AddSpread(ASTNode definition, GraphQLFragmentSpread spread) => ListFor(_spreads, definition).Add(spread);

    internal void AddUsage(ASTNode definition, VariableUsage usage) => ListFor(_usages, definition).Add(usage);

    /// <summary>Every fragment spread inside <paramref name="definition"/> (an operation or fragment), in order.</summary>
    public IReadOnlyList<GraphQLFragmentSpread> SpreadsOf(ASTNode definition) =>
        _spreads.TryGetValue(definition, out var l) ? l : [];

    /// <summary>Every variable usage directly inside <paramref name="definition"/>, in order.</summary>
    public IReadOnlyList<VariableUsage> UsagesOf(ASTNode definition) =>
        _usages.TryGetValue(definition, out var l) ? l : [];

    /// <summary>Fragments reachable from <paramref name="operation"/> through spreads (each once, first-visit order).</summary>
    public IReadOnlyList<GraphQLFragmentDefinition> RecursivelyReferencedFragments(GraphQLOperationDefinition operation)
    {
        var result = new List<GraphQLFragmentDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<ASTNode>();
        stack.Push(operation);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var spread in SpreadsOf(node))
            {
                var name = spread.FragmentName.Name.StringValue;
                if (seen.Add(name) && Fragments.TryGetValue(name, out var f))
                {
                    result.Add(f);
                    stack.Push(f);
                }
            }
        }

        return result;
    }

    /// <summary>Variable usages of <paramref name="operation"/> including those in fragments it reaches.</summary>
    public IReadOnlyList<VariableUsage> RecursiveUsages(GraphQLOperationDefinition operation)
    {
        var result = new List<VariableUsage>(UsagesOf(operation));
        foreach (var f in RecursivelyReferencedFragments(operation))
        {
            result.AddRange(UsagesOf(f));
        }

        return result;
    }

    private static List<T> ListFor<T>(Dictionary<ASTNode, List<T>> map, ASTNode key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
