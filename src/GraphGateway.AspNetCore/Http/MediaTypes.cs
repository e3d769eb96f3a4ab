using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphGateway.AspNetCore.Http;

/// <summary>Response media types and <c>Accept</c> negotiation (GraphQL over HTTP §"Accept", §"Legacy Watershed").</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

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
