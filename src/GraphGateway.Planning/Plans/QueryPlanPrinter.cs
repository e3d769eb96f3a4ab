using System.Text;
using GraphGateway.Core.Operations;

namespace GraphGateway.Planning.Plans;

/// <summary>
/// Prints a <see cref="QueryPlan"/> in its one stable text form, used by snapshot tests, <c>graphgateway plan</c>
/// and <c>extensions.queryPlan</c>:
/// <code>
/// QueryPlan {
///   Sequence {
///     Fetch(service: "products") {
///       {
///         topProducts {
///           __typename
///           upc
///         }
///       }
///     },
///     Flatten(path: "topProducts.@") {
///       Fetch(service: "inventory") {
///         {
///           ... on Product {
///             __typename
///             upc
///           }
///         } =>
///         {
///           ... on Product {
///             inStock
///           }
///         }
///       },
///     },
///   },
/// }
/// </code>
/// Two-space indentation, <c>\n</c> line ends, fields in planning order.
/// </summary>
public static class QueryPlanPrinter
{
    /// <summary>Prints <paramref name="plan"/>.</summary>
    public static string Print(QueryPlan plan)
    {
        var sb = new StringBuilder("QueryPlan {\n");
        if (plan.Root is not null)
        {
            Node(plan.Root, sb, 1);
        }

        return sb.Append('}').ToString();
    }

    private static void Node(PlanNode node, StringBuilder sb, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (node)
        {
            case SequenceNode s:
                sb.Append(pad).Append("Sequence {\n");
                foreach (var n in s.Nodes)
                {
                    Node(n, sb, indent + 1);
                }

                sb.Append(pad).Append("},\n");
                break;
            case ParallelNode p:
                sb.Append(pad).Append("Parallel {\n");
                foreach (var n in p.Nodes)
                {
                    Node(n, sb, indent + 1);
                }

                sb.Append(pad).Append("},\n");
                break;
            case FlattenNode f:
                sb.Append(pad).Append("Flatten(path: \"").Append(string.Join('.', f.Path)).Append("\") {\n");
                Node(f.Node, sb, indent + 1);
                sb.Append(pad).Append("},\n");
                break;
            case ConditionNode c:
                sb.Append(pad).Append("Include(if: $").Append(c.Variable).Append(") {\n");
                if (c.IfTrue is not null)
                {
                    Node(c.IfTrue, sb, indent + 1);
                }

                sb.Append(pad).Append('}');
                if (c.IfFalse is not null)
                {
                    sb.Append(" Else {\n");
                    Node(c.IfFalse, sb, indent + 1);
                    sb.Append(pad).Append('}');
                }

                sb.Append(",\n");
                break;
            case FetchNode fetch:
                sb.Append(pad).Append("Fetch(service: \"").Append(fetch.Subgraph).Append('"');
                if (fetch.VariableUsages.Count > 0)
                {
                    sb.Append(", variables: [").Append(string.Join(", ", fetch.VariableUsages.Select(v => "$" + v))).Append(']');
                }

                sb.Append(") {\n");
                sb.Append(pad).Append("  ");
                if (fetch.Requires is { } requires)
                {
                    sb.Append("{\n");
                    foreach (var r in requires)
                    {
                        sb.Append(pad).Append("    ... on ").Append(r.RepresentationTypeName).Append(" {\n");
                        sb.Append(pad).Append("      __typename\n");
                        RequiresFields(r.Fields, sb, indent + 3);
                        sb.Append(pad).Append("    }\n");
                    }

                    sb.Append(pad).Append("  } =>\n").Append(pad).Append("  ");
                }
                else if (fetch.OperationKind == OperationKind.Mutation)
                {
                    sb.Append("mutation ");
                }

                fetch.Selection.PrintPretty(sb, indent + 1);
                sb.Append('\n').Append(pad).Append("},\n");
                break;
        }
    }

    private static void RequiresFields(IReadOnlyList<RequiresField> fields, StringBuilder sb, int indent)
    {
        var pad = new string(' ', indent * 2);
        foreach (var group in fields.GroupBy(f => f.TypeCondition))
        {
            if (group.Key is null)
            {
                RequiresFieldsOf(group, sb, indent);
                continue;
            }

            sb.Append(pad).Append("... on ").Append(group.Key).Append(" {\n");
            RequiresFieldsOf(group, sb, indent + 1);
            sb.Append(pad).Append("}\n");
        }
    }

    private static void RequiresFieldsOf(IEnumerable<RequiresField> fields, StringBuilder sb, int indent)
    {
        var pad = new string(' ', indent * 2);
        foreach (var f in fields)
        {
            sb.Append(pad).Append(f.Name);
            if (f.Selection is not null)
            {
                sb.Append(" {\n");
                RequiresFields(f.Selection, sb, indent + 1);
                sb.Append(pad).Append('}');
            }

            sb.Append('\n');
        }
    }
}
