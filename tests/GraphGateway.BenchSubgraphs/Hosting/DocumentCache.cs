using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// Parsed operation documents by query text, so the subgraphs stay cheap under load (a gateway sends a few
/// distinct operations; representations travel in variables). Bounded: past <see cref="Capacity"/> distinct
/// texts, new ones are parsed per request and not stored.
/// </summary>
internal sealed class DocumentCache
{
    /// <summary>At most this many documents are kept.</summary>
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    /// <summary>The parsed document of <paramref name="query"/>.</summary>
    /// <exception cref="GraphQLParser.Exceptions.GraphQLSyntaxErrorException">The text is not a GraphQL document.</exception>
    public GraphQLDocument Get(string query)
    {
        if (documents.TryGetValue(query, out var document))
        {
            return document;
        }

        document = Parser.Parse(query);
        if (documents.Count < Capacity)
        {
            documents.TryAdd(query, document);
        }

        return document;
    }
}
