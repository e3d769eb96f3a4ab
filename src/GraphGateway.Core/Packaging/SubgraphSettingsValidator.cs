namespace GraphGateway.Core.Packaging;

/// <summary>Checks a <see cref="SubgraphSettings"/>: a valid name and absolute http(s) URLs.</summary>
public static class SubgraphSettingsValidator
{
    /// <summary>Appends one message per problem to <paramref name="problems"/>, each prefixed with <paramref name="where"/>.</summary>
    public static void Validate(SubgraphSettings settings, string where, List<string> problems)
    {
        if (string.IsNullOrEmpty(settings.Name) || !PackageJson.IsValidSubgraphName(settings.Name))
        {
            problems.Add($"{where}: subgraph name '{settings.Name}' is invalid: use letters, digits, '_' and '-', starting with a letter.");
        }

        foreach (var url in (settings.Url is null ? [] : new[] { settings.Url }).Concat(settings.ExtraUrls ?? []))
        {
            if (!IsHttpUrl(url))
            {
                problems.Add($"{where}: subgraph '{settings.Name}' URL '{url}' is not an absolute http or https URL.");
            }
        }
    }

    /// <summary>True for an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
