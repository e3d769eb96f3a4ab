using System.Text;
using GraphQL;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>Opaque pagination cursors (Relay connection spec): base64 of <c>cursor:&lt;key&gt;</c>.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    /// <summary>Encodes the key of the last item on a page.</summary>
    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + key));

    /// <summary>Decodes a cursor from the <c>after</c> argument.</summary>
    /// <exception cref="ExecutionError">The cursor was not produced by <see cref="Encode"/> (reported to the client).</exception>
    public static string Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"Argument 'after' has an invalid cursor '{cursor}'.") { Code = "BAD_USER_INPUT" };
    }
}
