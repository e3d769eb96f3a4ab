using System.Text.RegularExpressions;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PreMerge;

/// <summary>
/// <c>OVERRIDE_FROM_SELF_ERROR</c>, <c>OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE</c>, <c>OVERRIDE_LABEL_INVALID</c>:
/// <c>@override(from:)</c> names another subgraph, is not combined with <c>@external</c>, and a <c>label</c> is
/// <c>percent(N)</c> (0 ≤ N ≤ 100) or an identifier-like string (federation v2.7 progressive override).
/// </summary>
internal sealed partial class OverrideRule : IPreMergeRule
{
    public void Validate(ValidatedSubgraphs subgraphs, CompositionContext context)
    {
        foreach (var subgraph in subgraphs.Subgraphs)
        {
            Validate(subgraph, context);
        }
    }

    private static void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        foreach (var type in subgraph.Schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            foreach (var field in type.Fields.Values)
            {
                var o = field.Directive("override");
                if (o is null)
                {
                    continue;
                }

                var coordinate = $"{type.Name}.{field.Name}";
                var from = o.StringArgument("from");
                if (from == subgraph.Name)
                {
                    context.Error(ErrorCodes.OverrideFromSelfError,
                        $"[{subgraph.Name}] Source and destination subgraphs \"{from}\" are the same for overridden field \"{coordinate}\"",
                        [subgraph.Name], coordinate);
                }

                if (subgraph.IsExternal(type, field))
                {
                    context.Error(ErrorCodes.OverrideCollisionWithAnotherDirective,
                        $"[{subgraph.Name}] @override cannot be used on field \"{coordinate}\" on subgraph \"{subgraph.Name}\" since \"{coordinate}\" on \"{subgraph.Name}\" is marked with directive \"@external\"",
                        [subgraph.Name], coordinate);
                }

                var label = o.StringArgument("label");
                if (label is not null && !IsValidLabel(label))
                {
                    context.Error(ErrorCodes.OverrideLabelInvalid,
                        $"[{subgraph.Name}] Invalid @override label \"{label}\" on field \"{coordinate}\" on subgraph \"{subgraph.Name}\": labels must start with a letter and after that may contain alphanumerics, underscores, minuses, colons, periods, or slashes. Alternatively, labels may be of the form \"percent(x)\" where x is a float between 0-100 inclusive.",
                        [subgraph.Name], coordinate);
                }
            }
        }
    }

    private static bool IsValidLabel(string label)
    {
        var m = PercentRegex().Match(label);
        if (m.Success)
        {
            return double.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100;
        }

        return LabelRegex().IsMatch(label);
    }

    [GeneratedRegex("^percent\\((\\d{1,3}(\\.\\d{1,8})?)\\)$")]
    private static partial Regex PercentRegex();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_\\-:./]*$")]
    private static partial Regex LabelRegex();
}
