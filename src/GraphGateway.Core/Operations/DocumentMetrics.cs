using GraphGateway.Core.Errors;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphGateway.Core.Operations;

/// <summary>Shape measures of a parsed document that <see cref="OperationLimits"/> are checked against.</summary>
/// <param name="Depth">The deepest selection of any operation, fragments expanded.</param>
/// <param name="Aliases">Aliased fields in the document.</param>
/// <param name="MaxDirectivesAtOneLocation">The most directives applied at one node.</param>
public sealed record DocumentMetrics(int Depth, int Aliases, int MaxDirectivesAtOneLocation)
{
    /// <summary>Counts lexical tokens (comments excluded), stopping after <paramref name="stopAfter"/>; null when the text does not lex.</summary>
    public static int? CountTokens(string text, int stopAfter)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return count;
                }

                if (token.Kind != TokenKind.COMMENT && ++count > stopAfter)
                {
                    return count;
                }

                position = token.End;
            }
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>Measures <paramref name="document"/>.</summary>
    public static DocumentMetrics Measure(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var d in document.Definitions)
        {
            if (d is GraphQLFragmentDefinition f)
            {
                fragments.TryAdd(f.FragmentName.Name.StringValue, f);
            }
        }

        var counter = new Counter(fragments);
        var depth = 0;
        foreach (var d in document.Definitions)
        {
            switch (d)
            {
                case GraphQLOperationDefinition op:
                    counter.CountDirectives(op.Directives);
                    foreach (var v in op.Variables?.Items ?? [])
                    {
                        counter.CountDirectives(v.Directives);
                    }

                    depth = Math.Max(depth, counter.Depth(op.SelectionSet, []));
                    counter.Scan(op.SelectionSet);
                    break;
                case GraphQLFragmentDefinition f:
                    counter.CountDirectives(f.Directives);
                    counter.Scan(f.SelectionSet);
                    break;
            }
        }

        return new DocumentMetrics(depth, counter.Aliases, counter.MaxDirectives);
    }

    /// <summary>The first limit <paramref name="limits"/> this document exceeds, as an error; null when within limits.</summary>
    public GraphQLError? Check(OperationLimits limits)
    {
        if (limits.MaxDepth > 0 && Depth > limits.MaxDepth)
        {
            return new GraphQLError($"The operation's selection depth {Depth} exceeds the maximum depth of {limits.MaxDepth}.", ErrorCodes.LimitExceeded);
        }

        if (limits.MaxAliases > 0 && Aliases > limits.MaxAliases)
        {
            return new GraphQLError($"The document has {Aliases} aliases; the maximum is {limits.MaxAliases}.", ErrorCodes.LimitExceeded);
        }

        if (limits.MaxDirectivesPerLocation > 0 && MaxDirectivesAtOneLocation > limits.MaxDirectivesPerLocation)
        {
            return new GraphQLError(
                $"The document applies {MaxDirectivesAtOneLocation} directives at one location; the maximum is {limits.MaxDirectivesPerLocation}.",
                ErrorCodes.LimitExceeded);
        }

        return null;
    }

    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, int> _fragmentDepth = new(StringComparer.Ordinal);

        public int Aliases { get; private set; }

        public int MaxDirectives { get; private set; }

        public void CountDirectives(GraphQLDirectives? directives) =>
            MaxDirectives = Math.Max(MaxDirectives, directives?.Items.Count ?? 0);

        public void Scan(GraphQLSelectionSet set)
        {
            foreach (var s in set.Selections)
            {
                switch (s)
                {
                    case GraphQLField f:
                        if (f.Alias is not null)
                        {
                            Aliases++;
                        }

                        CountDirectives(f.Directives);
                        if (f.SelectionSet is { } sub)
                        {
                            Scan(sub);
                        }

                        break;
                    case GraphQLInlineFragment i:
                        CountDirectives(i.Directives);
                        Scan(i.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        CountDirectives(spread.Directives);
                        break;
                }
            }
        }

        /// <summary>Depth of <paramref name="set"/> with fragments expanded; a cycle counts as depth 0 beyond it (validation reports cycles).</summary>
        public int Depth(GraphQLSelectionSet set, HashSet<string> visiting)
        {
            var max = 0;
            foreach (var s in set.Selections)
            {
                switch (s)
                {
                    case GraphQLField f:
                        max = Math.Max(max, 1 + (f.SelectionSet is { } sub ? Depth(sub, visiting) : 0));
                        break;
                    case GraphQLInlineFragment i:
                        max = Math.Max(max, Depth(i.SelectionSet, visiting));
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        if (_fragmentDepth.TryGetValue(name, out var known))
                        {
                            max = Math.Max(max, known);
                        }
                        else if (fragments.TryGetValue(name, out var fragment) && visiting.Add(name))
                        {
                            var d = Depth(fragment.SelectionSet, visiting);
                            visiting.Remove(name);
                            _fragmentDepth[name] = d;
                            max = Math.Max(max, d);
                        }

                        break;
                }
            }

            return max;
        }
    }
}
