using GraphQLParser.AST;

namespace GraphGateway.Core.Schemas;

/// <summary>
/// A directive applied at a schema location, e.g. <c>@key(fields: "id")</c> (GraphQL spec §3.13).
/// Argument values are kept as parser value nodes; <see cref="ValuePrinter"/> prints them.
/// </summary>
/// <param name="Name">The directive name without <c>@</c>.</param>
/// <param name="Arguments">Arguments in written order.</param>
public sealed record AppliedDirective(string Name, IReadOnlyList<AppliedArgument> Arguments)
{
    /// <summary>Creates a directive usage without arguments.</summary>
    public AppliedDirective(string name)
        : this(name, [])
    {
    }

    /// <summary>The value of argument <paramref name="name"/>, or null when it is not given.</summary>
    public GraphQLValue? Argument(string name)
    {
        foreach (var a in Arguments)
        {
            if (a.Name == name)
            {
                return a.Value;
            }
        }

        return null;
    }

    /// <summary>The string value of argument <paramref name="name"/>; null when absent or not a string/enum.</summary>
    public string? StringArgument(string name) => Argument(name) switch
    {
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        _ => null,
    };

    /// <summary>The boolean value of argument <paramref name="name"/>, or <paramref name="defaultValue"/>.</summary>
    public bool BooleanArgument(string name, bool defaultValue) => Argument(name) switch
    {
        GraphQLTrueBooleanValue => true,
        GraphQLFalseBooleanValue => false,
        GraphQLBooleanValue b => b.BoolValue,
        _ => defaultValue,
    };

    /// <summary>Creates a parsed directive usage from a parser node.</summary>
    public static AppliedDirective FromAst(GraphQLDirective directive)
    {
        var args = new List<AppliedArgument>();
        if (directive.Arguments is { } list)
        {
            foreach (var a in list.Items)
            {
                args.Add(new AppliedArgument(a.Name.StringValue, a.Value));
            }
        }

        return new AppliedDirective(directive.Name.StringValue, args);
    }

    /// <summary>The SDL form, e.g. <c>@key(fields: "id")</c>.</summary>
    public override string ToString()
    {
        if (Arguments.Count == 0)
        {
            return "@" + Name;
        }

        return "@" + Name + "(" + string.Join(", ", Arguments.Select(a => a.Name + ": " + ValuePrinter.Print(a.Value))) + ")";
    }
}

/// <summary>One argument of an <see cref="AppliedDirective"/>.</summary>
/// <param name="Name">Argument name.</param>
/// <param name="Value">Argument value as a parser node (may contain variables only in operations).</param>
public sealed record AppliedArgument(string Name, GraphQLValue Value);
