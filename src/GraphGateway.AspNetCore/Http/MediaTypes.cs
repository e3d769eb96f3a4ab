using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphGateway.AspNetCore.Http;

/// <summary>Response media types and <c>Accept</c> negotiation (GraphQL over HTTP §"Accept", §"Legacy Watershed").</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The <c>Content-Type</c> of a response in <see cref="GraphQLResponseJson"/>.</summary>
    public const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";

    /// <summary>The <c>Content-Type</c> of a response in <see cref="Json"/>.</summary>
    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>How many distinct single <c>Accept</c> values <see cref="Negotiate"/> remembers (clients send few).</summary>
    private const int RememberedAcceptValues = 64;

    private static readonly ConcurrentDictionary<string, string?> Negotiated = new(StringComparer.Ordinal);
    private static int _negotiatedCount;

    /// <summary>The response <c>Content-Type</c> for <paramref name="mediaType"/> (one of the two constants).</summary>
    public static string ContentTypeOf(string mediaType) => mediaType == GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;

    /// <summary>
    /// True when <paramref name="contentType"/> is <c>application/json</c> alone or with <c>charset=utf-8</c>
    /// (case-insensitive; the forms clients send), recognised without parsing the header.
    /// </summary>
    public static bool IsPlainJson(string? contentType) =>
        string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, JsonUtf8, StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, "application/json;charset=utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The media type to answer with: the acceptable candidate with the highest quality;
    /// <c>application/graphql-response+json</c> wins ties when named explicitly; <c>*/*</c> and
    /// <c>application/*</c> mean <c>application/json</c>; no <c>Accept</c> header means <c>application/json</c>.
    /// Null when nothing acceptable (406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        // One header value (the usual case): answered from the values seen before, at most RememberedAcceptValues of them.
        if (accept.Count != 1)
        {
            return NegotiateParsed(accept);
        }

        var value = accept[0]!;
        if (Negotiated.TryGetValue(value, out var known))
        {
            return known;
        }

        var result = NegotiateParsed(accept);
        if (Volatile.Read(ref _negotiatedCount) < RememberedAcceptValues && Negotiated.TryAdd(value, result))
        {
            Interlocked.Increment(ref _negotiatedCount);
        }

        return result;
    }

    private static string? NegotiateParsed(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        string? best = null;
        var bestScore = (Quality: 0.0, Rank: 0);
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var (candidate, rank) = range.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson => (GraphQLResponseJson, 3),
                Json => (Json, 2),
                "application/*" or "*/*" => (Json, 1),
                _ => ((string?)null, 0),
            };
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            if (quality > bestScore.Quality || (quality == bestScore.Quality && rank > bestScore.Rank))
            {
                best = candidate;
                bestScore = (quality, rank);
            }
        }

        return best;
    }
}
