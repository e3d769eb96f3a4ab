using GraphGateway.Core.Composition.Merging;
using GraphGateway.Core.Composition.Rules;
using GraphGateway.Core.Composition.Rules.PostMerge;
using GraphGateway.Core.Composition.Rules.PreMerge;
using GraphGateway.Core.Composition.Rules.Validation;
using GraphGateway.Core.Composition.Satisfiability;
using GraphGateway.Core.Federation;
using GraphGateway.Core.Links;
using GraphGateway.Core.Schemas;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Core.Composition;

/// <summary>
/// Apollo Federation 2 composition as one linear pipeline (STYLE.md): inputs sorted by name → read and
/// validate each subgraph → pre-merge rules across subgraphs → merge → post-merge rules → satisfiability
/// → supergraph SDL (join spec) and API schema. Every stage's errors are collected; a stage runs only when
/// the previous ones found none, so all errors of the failing stage are reported together.
/// </summary>
public static class Composer
{
    private static readonly ISubgraphRule[] SubgraphRules =
    [
        new KeyInvalidFieldsRule(),
        new KeyUnsupportedOnInterfaceRule(),
        new ProvidesRule(),
        new RequiresRule(),
        new ExternalUnusedRule(),
        new ExternalOnInterfaceRule(),
        new InterfaceObjectUsageRule(),
        new InterfaceKeyNotOnImplementationRule(),
        new InvalidShareableUsageRule(),
    ];

    private static readonly IPreMergeRule[] PreMergeRules =
    [
        new InterfaceObjectWithoutInterfaceRule(),
        new OverrideRule(),
        new OverrideSourceHasOverrideRule(),
        new InvalidFieldSharingRule(),
    ];

    private static readonly IPostMergeRule[] PostMergeRules =
    [
        new NoQueriesRule(),
        new ExternalMissingOnBaseRule(),
        new InterfaceFieldNoImplemRule(),
        new QueryRootTypeInaccessibleRule(),
        new ReferencedInaccessibleRule(),
        new OnlyInaccessibleChildrenRule(),
        new RequiredInaccessibleRule(),
        new ImplementedByInaccessibleRule(),
    ];

    /// <summary>Composes <paramref name="subgraphs"/> into a supergraph.</summary>
    /// <param name="subgraphs">The subgraphs; order does not matter (they are sorted by name).</param>
    /// <returns>The result; check <see cref="CompositionResult.Succeeded"/>.</returns>
    public static CompositionResult Compose(IEnumerable<SubgraphInput> subgraphs)
    {
        var context = new CompositionContext();
        var inputs = subgraphs.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (inputs.Count == 0)
        {
            context.Error(ErrorCodes.NoQueries, "No subgraphs to compose.", []);
            return Fail(context);
        }

        foreach (var dup in inputs.GroupBy(i => i.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Error(ErrorCodes.InvalidSubgraphName, $"Subgraph name \"{dup.Key}\" is used by {dup.Count()} subgraphs; names must be unique.", [dup.Key]);
        }

        var read = new List<Subgraph>();
        foreach (var input in inputs)
        {
            var s = SubgraphReader.Read(input, context.Errors);
            if (s is not null)
            {
                read.Add(s);
            }
        }

        foreach (var s in read)
        {
            foreach (var rule in SubgraphRules)
            {
                rule.Validate(s, context);
            }
        }

        if (context.Errors.Count > 0)
        {
            return Fail(context);
        }

        var validated = new ValidatedSubgraphs(read);
        foreach (var rule in PreMergeRules)
        {
            rule.Validate(validated, context);
        }

        var preMerged = new PreMergedSubgraphs(validated);
        context.AssignGraphNames(read);
        var merger = new Merger(preMerged, context);
        foreach (var s in read)
        {
            foreach (var name in s.ComposedDirectives)
            {
                merger.AddComposedDirective(name);
            }
        }

        var merged = merger.Merge();
        RecordComposedDirectives(merged, read);
        if (context.Errors.Count > 0)
        {
            return Fail(context);
        }

        foreach (var rule in PostMergeRules)
        {
            rule.Validate(merged, context);
        }

        if (context.Errors.Count > 0)
        {
            return Fail(context);
        }

        new SatisfiabilityRule(merged, context).Validate();
        if (context.Errors.Count > 0)
        {
            return Fail(context);
        }

        var sdl = SupergraphWriter.Write(merged, context.GraphName);
        var supergraph = SchemaParser.Parse(sdl, "supergraph.graphql");
        var api = ApiSchemaBuilder.Build(supergraph);
        return new CompositionResult
        {
            SupergraphSdl = sdl,
            ApiSchemaSdl = SchemaPrinter.Print(api),
            Supergraph = supergraph,
            Hints = context.Hints,
        };
    }

    private static void RecordComposedDirectives(MergedSupergraph merged, List<Subgraph> subgraphs)
    {
        foreach (var s in subgraphs)
        {
            foreach (var name in s.ComposedDirectives)
            {
                if (merged.ComposedDefinitions.ContainsKey(name) || s.Schema.DirectiveDefinitions.GetValueOrDefault(name) is not { } def)
                {
                    continue;
                }

                string? linkText = null;
                foreach (var link in s.OtherLinks)
                {
                    var feature = LinkedFeature.Read(new Schema { SchemaDirectives = { link } }).FirstOrDefault();
                    if (feature is not null && feature.OwnsDirective(name))
                    {
                        linkText = $"@link(url: \"{feature.Url}\", import: [\"@{name}\"])";
                    }
                }

                merged.ComposedDefinitions[name] = (linkText, def);
            }
        }
    }

    private static CompositionResult Fail(CompositionContext context) => new() { Errors = context.Errors, Hints = context.Hints };
}
