using System.Globalization;
using System.Text;
using GraphQLParser.AST;

namespace GraphGateway.Core.Schemas;

/// <summary>
/// Prints GraphQL value literals (GraphQL spec §2.9 "Input Values") in canonical one-line form:
/// strings JSON-escaped in double quotes, objects as <c>{a: 1, b: "x"}</c>, lists as <c>[1, 2]</c>.
/// </summary>
public static class ValuePrinter
{
    /// <summary>Prints <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The node is not a value node.</exception>
    public static string Print(GraphQLValue value)
    {
        var sb = new StringBuilder();
        Print(value, sb);
        return sb.ToString();
    }

    /// <summary>Appends the printed <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static void Print(GraphQLValue value, StringBuilder sb)
    {
        switch (value)
        {
            case GraphQLStringValue s:
                PrintString(s.Value.Span, sb);
                break;
            case GraphQLIntValue i:
                sb.Append(i.Value.Span);
                break;
            case GraphQLFloatValue f:
                sb.Append(f.Value.Span);
                break;
            case GraphQLBooleanValue b:
                sb.Append(b.BoolValue ? "true" : "false");
                break;
            case GraphQLNullValue:
                sb.Append("null");
                break;
            case GraphQLEnumValue e:
                sb.Append(e.Name.Value.Span);
                break;
            case GraphQLVariable v:
                sb.Append('$').Append(v.Name.Value.Span);
                break;
            case GraphQLListValue l:
                sb.Append('[');
                for (var k = 0; k < (l.Values?.Count ?? 0); k++)
                {
                    if (k > 0)
                    {
                        sb.Append(", ");
                    }

                    Print(l.Values![k], sb);
                }

                sb.Append(']');
                break;
            case GraphQLObjectValue o:
                sb.Append('{');
                for (var k = 0; k < (o.Fields?.Count ?? 0); k++)
                {
                    if (k > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(o.Fields![k].Name.Value.Span).Append(": ");
                    Print(o.Fields[k].Value, sb);
                }

                sb.Append('}');
                break;
            default:
                throw new ArgumentException($"Not a value node: {value.Kind}.", nameof(value));
        }
    }

    /// <summary>Appends <paramref name="text"/> as a quoted, escaped GraphQL string.</summary>
    public static void PrintString(ReadOnlySpan<char> text, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
