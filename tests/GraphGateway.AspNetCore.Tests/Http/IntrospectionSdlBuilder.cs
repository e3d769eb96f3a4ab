using System.Text;
using System.Text.Json;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>Builds SDL back from a standard introspection result (like graphql-js buildClientSchema + printSchema).</summary>
internal static class IntrospectionSdlBuilder
{
    private static readonly HashSet<string> BuiltInDirectives = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];

    public static string Build(JsonElement schema)
    {
        var sb = new StringBuilder();
        sb.Append("schema {\n  query: ").Append(schema.GetProperty("queryType").GetProperty("name").GetString()).Append('\n');
        foreach (var (key, op) in new[] { ("mutationType", "mutation"), ("subscriptionType", "subscription") })
        {
            if (schema.GetProperty(key).ValueKind == JsonValueKind.Object)
            {
                sb.Append("  ").Append(op).Append(": ").Append(schema.GetProperty(key).GetProperty("name").GetString()).Append('\n');
            }
        }

        sb.Append("}\n\n");
        foreach (var d in schema.GetProperty("directives").EnumerateArray())
        {
            var name = d.GetProperty("name").GetString()!;
            if (BuiltInDirectives.Contains(name))
            {
                continue;
            }

            Description(sb, d, string.Empty);
            sb.Append("directive @").Append(name).Append(Args(d.GetProperty("args")));
            if (d.GetProperty("isRepeatable").GetBoolean())
            {
                sb.Append(" repeatable");
            }

            sb.Append(" on ").Append(string.Join(" | ", d.GetProperty("locations").EnumerateArray().Select(l => l.GetString()))).Append("\n\n");
        }

        foreach (var t in schema.GetProperty("types").EnumerateArray())
        {
            var name = t.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || name is "String" or "Int" or "Float" or "Boolean" or "ID")
            {
                continue;
            }

            Description(sb, t, string.Empty);
            switch (t.GetProperty("kind").GetString())
            {
                case "SCALAR":
                    sb.Append("scalar ").Append(name);
                    if (t.GetProperty("specifiedByURL").GetString() is { } url)
                    {
                        sb.Append(" @specifiedBy(url: ").Append(JsonSerializer.Serialize(url)).Append(')');
                    }

                    sb.Append('\n');
                    break;
                case "OBJECT" or "INTERFACE":
                    sb.Append(t.GetProperty("kind").GetString() == "OBJECT" ? "type " : "interface ").Append(name);
                    var interfaces = t.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
                    if (interfaces.Count > 0)
                    {
                        sb.Append(" implements ").Append(string.Join(" & ", interfaces));
                    }

                    sb.Append(" {\n");
                    foreach (var f in t.GetProperty("fields").EnumerateArray())
                    {
                        Description(sb, f, "  ");
                        sb.Append("  ").Append(f.GetProperty("name").GetString()).Append(Args(f.GetProperty("args")))
                            .Append(": ").Append(TypeRef(f.GetProperty("type"))).Append(Deprecated(f)).Append('\n');
                    }

                    sb.Append("}\n");
                    break;
                case "UNION":
                    sb.Append("union ").Append(name).Append(" = ")
                        .Append(string.Join(" | ", t.GetProperty("possibleTypes").EnumerateArray().Select(p => p.GetProperty("name").GetString()))).Append('\n');
                    break;
                case "ENUM":
                    sb.Append("enum ").Append(name).Append(" {\n");
                    foreach (var v in t.GetProperty("enumValues").EnumerateArray())
                    {
                        Description(sb, v, "  ");
                        sb.Append("  ").Append(v.GetProperty("name").GetString()).Append(Deprecated(v)).Append('\n');
                    }

                    sb.Append("}\n");
                    break;
                case "INPUT_OBJECT":
                    sb.Append("input ").Append(name).Append(t.GetProperty("isOneOf").GetBoolean() ? " @oneOf" : string.Empty).Append(" {\n");
                    foreach (var f in t.GetProperty("inputFields").EnumerateArray())
                    {
                        Description(sb, f, "  ");
                        sb.Append("  ").Append(InputValue(f)).Append('\n');
                    }

                    sb.Append("}\n");
                    break;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Args(JsonElement args)
    {
        var list = args.EnumerateArray().Select(a =>
            (a.GetProperty("description").GetString() is { } d ? JsonSerializer.Serialize(d) + " " : string.Empty) + InputValue(a)).ToList();
        return list.Count == 0 ? string.Empty : "(" + string.Join(", ", list) + ")";
    }

    private static string InputValue(JsonElement v) =>
        v.GetProperty("name").GetString() + ": " + TypeRef(v.GetProperty("type"))
        + (v.GetProperty("defaultValue").GetString() is { } dv ? " = " + dv : string.Empty) + Deprecated(v);

    private static string Deprecated(JsonElement e) =>
        e.GetProperty("isDeprecated").GetBoolean()
            ? " @deprecated(reason: " + JsonSerializer.Serialize(e.GetProperty("deprecationReason").GetString()) + ")"
            : string.Empty;

    private static string TypeRef(JsonElement t) => t.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(t.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeRef(t.GetProperty("ofType")) + "]",
        _ => t.GetProperty("name").GetString()!,
    };

    private static void Description(StringBuilder sb, JsonElement e, string indent)
    {
        if (e.TryGetProperty("description", out var d) && d.GetString() is { } text)
        {
            sb.Append(indent).Append(JsonSerializer.Serialize(text)).Append('\n');
        }
    }
}
