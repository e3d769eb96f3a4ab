using System.Globalization;
using System.Text.Json;

namespace GraphGateway.BenchSubgraphs.Tests;

internal static class Json
{
    /// <summary>The string at <paramref name="path"/> (property names, or indexes into arrays) in the JSON text <paramref name="json"/>.</summary>
    public static string StringAt(string json, params string[] path)
    {
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        foreach (var name in path)
        {
            element = element.ValueKind == JsonValueKind.Array ? element[int.Parse(name, CultureInfo.InvariantCulture)] : element.GetProperty(name);
        }

        return element.GetString() ?? throw new InvalidOperationException($"null at {string.Join('.', path)}");
    }
}
