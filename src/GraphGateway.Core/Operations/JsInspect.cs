using System.Text;
using System.Text.Json;

namespace GraphGateway.Core.Operations;

/// <summary>Prints a JSON value the way graphql-js <c>inspect</c> does in error messages (depth 2, at most 10 list items).</summary>
internal static class JsInspect
{
    public static string Print(JsonElement value)
    {
        var sb = new StringBuilder();
        Print(value, sb, 0);
        return sb.ToString();
    }

    private static void Print(JsonElement value, StringBuilder sb, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                sb.Append(JsonSerializer.Serialize(value.GetString()));
                break;
            case JsonValueKind.Number:
                sb.Append(value.TryGetDouble(out var d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : value.GetRawText());
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Array:
                var length = value.GetArrayLength();
                if (length == 0)
                {
                    sb.Append("[]");
                    break;
                }

                if (depth > 1)
                {
                    sb.Append("[Array]");
                    break;
                }

                sb.Append('[');
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (i == 10)
                    {
                        break;
                    }

                    if (i++ > 0)
                    {
                        sb.Append(", ");
                    }

                    Print(item, sb, depth + 1);
                }

                if (length - 10 == 1)
                {
                    sb.Append(", ... 1 more item");
                }
                else if (length > 11)
                {
                    sb.Append(", ... ").Append(length - 10).Append(" more items");
                }

                sb.Append(']');
                break;
            case JsonValueKind.Object:
                var first = true;
                foreach (var p in value.EnumerateObject())
                {
                    if (first)
                    {
                        if (depth > 1)
                        {
                            sb.Append("[Object]");
                            return;
                        }

                        sb.Append("{ ");
                    }
                    else
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append(p.Name).Append(": ");
                    Print(p.Value, sb, depth + 1);
                }

                sb.Append(first ? "{}" : " }");
                break;
            default:
                sb.Append("null");
                break;
        }
    }
}
