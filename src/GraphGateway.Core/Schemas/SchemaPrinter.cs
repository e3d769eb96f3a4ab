using System.Text;

namespace GraphGateway.Core.Schemas;

/// <summary>Options for <see cref="SchemaPrinter"/>.</summary>
public sealed record SchemaPrinterOptions
{
    /// <summary>Print directive definitions (other than the spec's built-ins). Default true.</summary>
    public bool IncludeDirectiveDefinitions { get; init; } = true;

    /// <summary>Print applied directives. Default true.</summary>
    public bool IncludeAppliedDirectives { get; init; } = true;

    /// <summary>Print descriptions. Default true.</summary>
    public bool IncludeDescriptions { get; init; } = true;

    /// <summary>Filter for applied directives to print, by name; null prints all.</summary>
    public Func<string, bool>? DirectiveFilter { get; init; }
}

/// <summary>
/// Prints a <see cref="Schema"/> as SDL (GraphQL spec §3), deterministically: schema definition,
/// directive definitions, then types in the schema's order; built-in scalars are omitted; two-space
/// indentation; one blank line between definitions; output ends with a newline.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints <paramref name="schema"/>.</summary>
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        options ??= new SchemaPrinterOptions();
        var blocks = new List<string>();
        var schemaBlock = PrintSchemaDefinition(schema, options);
        if (schemaBlock is not null)
        {
            blocks.Add(schemaBlock);
        }

        if (options.IncludeDirectiveDefinitions)
        {
            foreach (var d in schema.DirectiveDefinitions.Values)
            {
                if (!BuiltIns.IsBuiltInDirective(d.Name))
                {
                    blocks.Add(PrintDirectiveDefinition(d, options));
                }
            }
        }

        foreach (var t in schema.Types.Values)
        {
            if (!t.IsBuiltIn)
            {
                blocks.Add(PrintType(t, options));
            }
        }

        return string.Join("\n\n", blocks) + "\n";
    }

    private static string? PrintSchemaDefinition(Schema schema, SchemaPrinterOptions options)
    {
        var defaultRoots = schema.QueryTypeName == "Query"
            && schema.MutationTypeName is null or "Mutation"
            && schema.SubscriptionTypeName is null or "Subscription";
        var directives = options.IncludeAppliedDirectives ? Filter(schema.SchemaDirectives, options) : [];
        if (defaultRoots && directives.Count == 0 && (schema.Description is null || !options.IncludeDescriptions))
        {
            return null;
        }

        var sb = new StringBuilder();
        AppendDescription(sb, schema.Description, "", options);
        sb.Append("schema");
        AppendDirectivesMultiline(sb, directives);
        sb.Append(" {\n");
        if (schema.Types.ContainsKey(schema.QueryTypeName))
        {
            sb.Append("  query: ").Append(schema.QueryTypeName).Append('\n');
        }

        if (schema.MutationTypeName is not null)
        {
            sb.Append("  mutation: ").Append(schema.MutationTypeName).Append('\n');
        }

        if (schema.SubscriptionTypeName is not null)
        {
            sb.Append("  subscription: ").Append(schema.SubscriptionTypeName).Append('\n');
        }

        sb.Append('}');
        return sb.ToString();
    }

    /// <summary>Prints one directive definition, e.g. <c>directive @key(fields: String!) repeatable on OBJECT</c>.</summary>
    public static string PrintDirectiveDefinition(DirectiveDefinition d, SchemaPrinterOptions? options = null)
    {
        options ??= new SchemaPrinterOptions();
        var sb = new StringBuilder();
        AppendDescription(sb, d.Description, "", options);
        sb.Append("directive @").Append(d.Name);
        AppendArguments(sb, d.Arguments.Values, options);
        if (d.IsRepeatable)
        {
            sb.Append(" repeatable");
        }

        sb.Append(" on ").Append(string.Join(" | ", d.Locations));
        return sb.ToString();
    }

    /// <summary>Prints one type definition.</summary>
    public static string PrintType(TypeDefinition type, SchemaPrinterOptions? options = null)
    {
        options ??= new SchemaPrinterOptions();
        var sb = new StringBuilder();
        AppendDescription(sb, type.Description, "", options);
        var directives = options.IncludeAppliedDirectives ? Filter(type.Directives, options) : [];
        switch (type)
        {
            case ScalarTypeDefinition:
                sb.Append("scalar ").Append(type.Name);
                AppendDirectivesMultiline(sb, directives);
                break;
            case ComplexTypeDefinition c:
                sb.Append(c.Kind == TypeKind.Object ? "type " : "interface ").Append(c.Name);
                if (c.Interfaces.Count > 0)
                {
                    sb.Append(" implements ").Append(string.Join(" & ", c.Interfaces));
                }

                AppendDirectivesMultiline(sb, directives);
                if (c.Fields.Count > 0)
                {
                    sb.Append(" {\n");
                    foreach (var f in c.Fields.Values)
                    {
                        AppendDescription(sb, f.Description, "  ", options);
                        sb.Append("  ").Append(f.Name);
                        AppendArguments(sb, f.Arguments.Values, options);
                        sb.Append(": ").Append(f.Type);
                        AppendDirectives(sb, f.Directives, options);
                        sb.Append('\n');
                    }

                    sb.Append('}');
                }

                break;
            case UnionTypeDefinition u:
                sb.Append("union ").Append(u.Name);
                AppendDirectivesMultiline(sb, directives);
                if (u.Types.Count > 0)
                {
                    sb.Append(directives.Count > 1 ? "\n  = " : " = ").Append(string.Join(" | ", u.Types));
                }

                break;
            case EnumTypeDefinition e:
                sb.Append("enum ").Append(e.Name);
                AppendDirectivesMultiline(sb, directives);
                if (e.Values.Count > 0)
                {
                    sb.Append(" {\n");
                    foreach (var v in e.Values.Values)
                    {
                        AppendDescription(sb, v.Description, "  ", options);
                        sb.Append("  ").Append(v.Name);
                        AppendDirectives(sb, v.Directives, options);
                        sb.Append('\n');
                    }

                    sb.Append('}');
                }

                break;
            case InputObjectTypeDefinition io:
                sb.Append("input ").Append(io.Name);
                AppendDirectivesMultiline(sb, directives);
                if (io.Fields.Count > 0)
                {
                    sb.Append(" {\n");
                    foreach (var f in io.Fields.Values)
                    {
                        AppendDescription(sb, f.Description, "  ", options);
                        sb.Append("  ");
                        AppendInputValue(sb, f, options);
                        sb.Append('\n');
                    }

                    sb.Append('}');
                }

                break;
        }

        return sb.ToString();
    }

    private static List<AppliedDirective> Filter(List<AppliedDirective> directives, SchemaPrinterOptions options) =>
        options.DirectiveFilter is null ? directives : directives.Where(d => options.DirectiveFilter(d.Name)).ToList();

    private static void AppendDirectivesMultiline(StringBuilder sb, List<AppliedDirective> directives)
    {
        if (directives.Count == 1)
        {
            sb.Append(' ').Append(directives[0]);
            return;
        }

        foreach (var d in directives)
        {
            sb.Append("\n  ").Append(d);
        }

        if (directives.Count > 1)
        {
            sb.Append('\n');
        }
    }

    private static void AppendDirectives(StringBuilder sb, List<AppliedDirective> directives, SchemaPrinterOptions options)
    {
        if (!options.IncludeAppliedDirectives)
        {
            return;
        }

        foreach (var d in Filter(directives, options))
        {
            sb.Append(' ').Append(d);
        }
    }

    private static void AppendArguments(StringBuilder sb, IEnumerable<InputValueDefinition> arguments, SchemaPrinterOptions options)
    {
        var list = arguments.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var multiline = options.IncludeDescriptions && list.Exists(a => a.Description is not null);
        sb.Append('(');
        for (var i = 0; i < list.Count; i++)
        {
            if (multiline)
            {
                sb.Append("\n");
                AppendDescription(sb, list[i].Description, "    ", options);
                sb.Append("    ");
            }
            else if (i > 0)
            {
                sb.Append(", ");
            }

            AppendInputValue(sb, list[i], options);
        }

        sb.Append(multiline ? "\n  )" : ")");
    }

    private static void AppendInputValue(StringBuilder sb, InputValueDefinition value, SchemaPrinterOptions options)
    {
        sb.Append(value.Name).Append(": ").Append(value.Type);
        if (value.DefaultValue is not null)
        {
            sb.Append(" = ");
            ValuePrinter.Print(value.DefaultValue, sb);
        }

        AppendDirectives(sb, value.Directives, options);
    }

    private static void AppendDescription(StringBuilder sb, string? description, string indent, SchemaPrinterOptions options)
    {
        if (description is null || !options.IncludeDescriptions)
        {
            return;
        }

        if (!description.Contains('\n') && !description.Contains('"') && !description.Contains('\\'))
        {
            sb.Append(indent).Append('"').Append(description).Append("\"\n");
            return;
        }

        sb.Append(indent).Append("\"\"\"\n");
        foreach (var line in description.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal).Split('\n'))
        {
            sb.Append(line.Length == 0 ? "" : indent).Append(line).Append('\n');
        }

        sb.Append(indent).Append("\"\"\"\n");
    }
}
