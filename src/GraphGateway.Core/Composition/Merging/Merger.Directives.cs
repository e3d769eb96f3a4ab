using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Composition.Merging;

/// <summary>
/// Merging of the directives the supergraph keeps: <c>@inaccessible</c> (any), <c>@tag</c> (union of names),
/// <c>@authenticated</c> (any), <c>@requiresScopes</c>/<c>@policy</c> (conjunction in disjunctive normal form),
/// <c>@cost</c> (max weight), <c>@listSize</c> (max size, union of lists, and of flags), <c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>, and directives kept by <c>@composeDirective</c>.
/// </summary>
internal sealed partial class Merger
{
    private void MergeTypeDirectives(TypeDefinition target, List<SchemaElement> sources, string coordinate) =>
        MergeElementDirectives(target, sources, coordinate);

    private void MergeElementDirectives(SchemaElement target, List<SchemaElement> sources, string coordinate)
    {
        if (sources.Any(s => s.HasDirective("inaccessible")))
        {
            target.Directives.Add(new AppliedDirective("inaccessible"));
            _merged.UsedFeatures.Add("inaccessible");
        }

        if (sources.Any(s => s.HasDirective("authenticated")))
        {
            target.Directives.Add(new AppliedDirective("authenticated"));
            _merged.UsedFeatures.Add("authenticated");
        }

        MergeDnf(target, sources, "requiresScopes", "scopes");
        MergeDnf(target, sources, "policy", "policies");

        var costs = sources.Select(s => s.Directive("cost")?.Argument("weight")).OfType<GraphQLIntValue>().Select(v => int.Parse(v.Value.Span, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (costs.Count > 0)
        {
            target.Directives.Add(Values.Directive("cost", ("weight", Values.Int(costs.Max()))));
            _merged.UsedFeatures.Add("cost");
        }

        MergeListSize(target, sources);

        var tags = sources.SelectMany(s => s.DirectivesNamed("tag")).Select(d => d.StringArgument("name")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in tags)
        {
            target.Directives.Add(Values.Directive("tag", ("name", Values.String(tag))));
            _merged.UsedFeatures.Add("tag");
        }

        if (sources.Select(s => s.Directive("deprecated")).FirstOrDefault(d => d is not null) is { } deprecated)
        {
            target.Directives.Add(deprecated);
        }

        if (sources.Select(s => s.Directive("specifiedBy")).FirstOrDefault(d => d is not null) is { } specifiedBy)
        {
            target.Directives.Add(specifiedBy);
        }

        if (sources.Any(s => s.HasDirective("oneOf")))
        {
            target.Directives.Add(new AppliedDirective("oneOf"));
        }

        foreach (var name in _composedNames)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in sources.SelectMany(s => s.DirectivesNamed(name)))
            {
                if (seen.Add(d.ToString()))
                {
                    target.Directives.Add(d);
                }
            }
        }
    }

    private readonly List<string> _composedNames = [];

    /// <summary>Registers the directives kept by <c>@composeDirective</c> (names without <c>@</c>).</summary>
    public void AddComposedDirective(string name)
    {
        if (!_composedNames.Contains(name))
        {
            _composedNames.Add(name);
        }
    }

    private void MergeDnf(SchemaElement target, List<SchemaElement> sources, string directive, string argument)
    {
        List<SortedSet<string>>? result = null;
        foreach (var d in sources.Select(s => s.Directive(directive)).OfType<AppliedDirective>())
        {
            var clauses = new List<SortedSet<string>>();
            if (d.Argument(argument) is GraphQLListValue outer)
            {
                foreach (var inner in outer.Values ?? [])
                {
                    var set = new SortedSet<string>(StringComparer.Ordinal);
                    if (inner is GraphQLListValue l)
                    {
                        foreach (var v in l.Values ?? [])
                        {
                            if (v is GraphQLStringValue sv)
                            {
                                set.Add(sv.Value.ToString());
                            }
                        }
                    }

                    clauses.Add(set);
                }
            }

            result = result is null ? clauses : Conjunction(result, clauses);
        }

        if (result is null)
        {
            return;
        }

        var simplified = Absorb(result);
        target.Directives.Add(Values.Directive(directive, (argument, Values.List(simplified.Select(c => Values.List(c.Select(Values.String)))))));
        _merged.UsedFeatures.Add(directive);
    }

    private static List<SortedSet<string>> Conjunction(List<SortedSet<string>> a, List<SortedSet<string>> b)
    {
        var result = new List<SortedSet<string>>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var set = new SortedSet<string>(x, StringComparer.Ordinal);
                set.UnionWith(y);
                result.Add(set);
            }
        }

        return result;
    }

    private static List<SortedSet<string>> Absorb(List<SortedSet<string>> clauses)
    {
        var result = new List<SortedSet<string>>();
        foreach (var c in clauses)
        {
            if (result.Any(r => r.SetEquals(c)))
            {
                continue;
            }

            if (clauses.Any(o => o.Count < c.Count && o.IsSubsetOf(c)))
            {
                continue;
            }

            result.Add(c);
        }

        return result;
    }

    private void MergeListSize(SchemaElement target, List<SchemaElement> sources)
    {
        var list = sources.Select(s => s.Directive("listSize")).OfType<AppliedDirective>().ToList();
        if (list.Count == 0)
        {
            return;
        }

        _merged.UsedFeatures.Add("listSize");
        if (list.Count == 1)
        {
            target.Directives.Add(list[0]);
            return;
        }

        int? assumed = null;
        List<string>? slicing = null;
        List<string>? sized = null;
        bool? requireOne = null;
        foreach (var d in list)
        {
            if (d.Argument("assumedSize") is GraphQLIntValue i)
            {
                var n = int.Parse(i.Value.Span, System.Globalization.CultureInfo.InvariantCulture);
                assumed = assumed is null ? n : Math.Max(assumed.Value, n);
            }

            slicing = UnionStrings(slicing, d.Argument("slicingArguments"));
            sized = UnionStrings(sized, d.Argument("sizedFields"));
            var r = d.BooleanArgument("requireOneSlicingArgument", true);
            requireOne = requireOne is null ? r : requireOne.Value && r;
        }

        target.Directives.Add(Values.Directive("listSize",
            ("assumedSize", assumed is null ? null : Values.Int(assumed.Value)),
            ("slicingArguments", slicing is null ? null : Values.List(slicing.Select(Values.String))),
            ("sizedFields", sized is null ? null : Values.List(sized.Select(Values.String))),
            ("requireOneSlicingArgument", requireOne is null ? null : Values.Bool(requireOne.Value))));
    }

    private static List<string>? UnionStrings(List<string>? existing, GraphQLValue? value)
    {
        if (value is not GraphQLListValue l)
        {
            return existing;
        }

        var result = existing ?? [];
        foreach (var v in l.Values ?? [])
        {
            if (v is GraphQLStringValue s && !result.Contains(s.Value.ToString()))
            {
                result.Add(s.Value.ToString());
            }
        }

        return result;
    }
}
