using GraphGateway.Core.Errors;
using GraphGateway.Core.Schemas;
using GraphGateway.Core.Validation.Rules;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation;

/// <summary>
/// Validates an executable document against an API schema with every rule of the GraphQL spec §5
/// (October 2021 edition plus the current draft's "Operation Type Existence" and OneOf input objects), and
/// graphql-js's recommended "max introspection depth" rule.
/// Messages and locations are worded as graphql-js words them; every error has
/// <c>extensions.code</c> <see cref="ErrorCodes.ValidationFailed"/>.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The rule types in spec order.</summary>
    internal static readonly IReadOnlyList<Func<ValidationRule>> SpecifiedRules =
    [
        () => new ExecutableDefinitions(),              // §5.1.1
        () => new OperationNameUniqueness(),            // §5.2.1.1
        () => new LoneAnonymousOperation(),             // §5.2.2.1
        () => new OperationTypeExistence(),             // draft
        () => new SingleRootField(),                    // §5.2.3.1
        () => new FieldSelections(),                    // §5.3.1
        () => new FieldSelectionMerging(),              // §5.3.2
        () => new LeafFieldSelections(),                // §5.3.3
        () => new ArgumentNames(),                      // §5.4.1
        () => new ArgumentUniqueness(),                 // §5.4.2
        () => new RequiredArguments(),                  // §5.4.2.1
        () => new FragmentNameUniqueness(),             // §5.5.1.1
        () => new FragmentSpreadTypeExistence(),        // §5.5.1.2
        () => new FragmentsOnCompositeTypes(),          // §5.5.1.3
        () => new FragmentsMustBeUsed(),                // §5.5.1.4
        () => new FragmentSpreadTargetDefined(),        // §5.5.2.1
        () => new FragmentSpreadsMustNotFormCycles(),   // §5.5.2.2
        () => new FragmentSpreadIsPossible(),           // §5.5.2.3
        () => new ValuesOfCorrectType(),                // §5.6.1
        () => new InputObjectFieldNames(),              // §5.6.2
        () => new InputObjectFieldUniqueness(),         // §5.6.3
        () => new InputObjectRequiredFields(),          // §5.6.4
        () => new DirectivesAreDefined(),               // §5.7.1
        () => new DirectivesAreInValidLocations(),      // §5.7.2
        () => new DirectivesAreUniquePerLocation(),     // §5.7.3
        () => new VariableUniqueness(),                 // §5.8.1
        () => new VariablesAreInputTypes(),             // §5.8.2
        () => new AllVariableUsesDefined(),             // §5.8.3
        () => new AllVariablesUsed(),                   // §5.8.4
        () => new AllVariableUsagesAreAllowed(),        // §5.8.5
        () => new MaxIntrospectionDepth(),              // graphql-js recommended rule
    ];

    /// <summary>Validates <paramref name="document"/> (parsed from <paramref name="text"/>) against <paramref name="apiSchema"/>.</summary>
    /// <param name="apiSchema">The API schema; introspection types and built-in directives are added (see <see cref="ExecutableSchema"/>).</param>
    /// <param name="document">The parsed document, with locations.</param>
    /// <param name="text">The document text, for 1-based line/column locations.</param>
    /// <returns>All errors found (at most 100, then a final "Validation aborted." error, as graphql-js does), empty when the document is valid.</returns>
    public static IReadOnlyList<GraphQLError> Validate(Schema apiSchema, GraphQLDocument document, string text) =>
        Validate(apiSchema, document, text, SpecifiedRules.Select(r => r()).ToList());

    /// <summary>Validates with the given rules only (tests run one rule at a time).</summary>
    internal static IReadOnlyList<GraphQLError> Validate(Schema apiSchema, GraphQLDocument document, string text, IReadOnlyList<ValidationRule> rules)
    {
        var context = new ValidationContext(ExecutableSchema.For(apiSchema), document, text);
        try
        {
            new DocumentWalker(context, rules).Walk();
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the errors so far and a final "aborted" error are returned.
        }

        return context.Errors;
    }
}
