namespace GraphGateway.Core.Composition;

/// <summary>
/// One composition error. <see cref="Code"/> is the reference composition's error code
/// (Apollo Federation "Composition errors", e.g. <c>INVALID_FIELD_SHARING</c>); the message names the
/// schema coordinate (<c>Type.field</c>) and the subgraphs involved.
/// </summary>
/// <param name="Code">A stable code in SCREAMING_SNAKE_CASE.</param>
/// <param name="Message">What is wrong and where, in one or more sentences.</param>
/// <param name="Subgraphs">The subgraphs involved, sorted; empty when the error concerns the whole run.</param>
/// <param name="Coordinate">The schema coordinate concerned (<c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>), or null.</param>
public sealed record CompositionError(string Code, string Message, IReadOnlyList<string> Subgraphs, string? Coordinate = null)
{
    /// <summary><c>[CODE] message</c>.</summary>
    public override string ToString() => $"[{Code}] {Message}";
}

/// <summary>
/// A composition hint: composition succeeded but something is worth a look (e.g. an input field
/// dropped because not every subgraph defines it). Codes follow the reference composition's hints.
/// </summary>
/// <param name="Code">A stable code, e.g. <c>INCONSISTENT_INPUT_OBJECT_FIELD</c>.</param>
/// <param name="Message">What was noticed, naming the coordinate and subgraphs.</param>
/// <param name="Coordinate">The schema coordinate concerned, or null.</param>
public sealed record CompositionHint(string Code, string Message, string? Coordinate = null)
{
    /// <summary><c>[CODE] message</c>.</summary>
    public override string ToString() => $"[{Code}] {Message}";
}

/// <summary>The error codes used by composition (names as the reference composition spells them).</summary>
public static class ErrorCodes
{
#pragma warning disable CS1591 // The constants are the documented codes themselves.
    public const string InvalidGraphQL = "INVALID_GRAPHQL";
    public const string InvalidSubgraphName = "INVALID_SUBGRAPH_NAME";
    public const string UnknownFederationLinkVersion = "UNKNOWN_FEDERATION_LINK_VERSION";
    public const string InvalidLinkDirectiveUsage = "INVALID_LINK_DIRECTIVE_USAGE";
    public const string KeyInvalidFields = "KEY_INVALID_FIELDS";
    public const string KeyFieldsHasArgs = "KEY_FIELDS_HAS_ARGS";
    public const string KeyFieldsSelectInvalidType = "KEY_FIELDS_SELECT_INVALID_TYPE";
    public const string KeyUnsupportedOnInterface = "KEY_UNSUPPORTED_ON_INTERFACE";
    public const string KeyDirectiveInFieldsArg = "KEY_DIRECTIVE_IN_FIELDS_ARG";
    public const string ProvidesInvalidFields = "PROVIDES_INVALID_FIELDS";
    public const string ProvidesOnNonObjectField = "PROVIDES_ON_NON_OBJECT_FIELD";
    public const string ProvidesFieldsMissingExternal = "PROVIDES_FIELDS_MISSING_EXTERNAL";
    public const string ProvidesFieldsHasArgs = "PROVIDES_FIELDS_HAS_ARGS";
    public const string RequiresInvalidFields = "REQUIRES_INVALID_FIELDS";
    public const string RequiresFieldsMissingExternal = "REQUIRES_FIELDS_MISSING_EXTERNAL";
    public const string ExternalUnused = "EXTERNAL_UNUSED";
    public const string ExternalMissingOnBase = "EXTERNAL_MISSING_ON_BASE";
    public const string ExternalTypeMismatch = "EXTERNAL_TYPE_MISMATCH";
    public const string ExternalOnInterface = "EXTERNAL_ON_INTERFACE";
    public const string InvalidFieldSharing = "INVALID_FIELD_SHARING";
    public const string FieldTypeMismatch = "FIELD_TYPE_MISMATCH";
    public const string FieldArgumentTypeMismatch = "FIELD_ARGUMENT_TYPE_MISMATCH";
    public const string ArgumentDefaultMismatch = "FIELD_ARGUMENT_DEFAULT_MISMATCH";
    public const string InputFieldDefaultMismatch = "INPUT_FIELD_DEFAULT_MISMATCH";
    public const string TypeKindMismatch = "TYPE_KIND_MISMATCH";
    public const string EnumValueMismatch = "ENUM_VALUE_MISMATCH";
    public const string EmptyMergedEnumType = "EMPTY_MERGED_ENUM_TYPE";
    public const string EmptyMergedInputType = "EMPTY_MERGED_INPUT_TYPE";
    public const string RequiredArgumentMissingInSomeSubgraph = "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH";
    public const string RequiredInputFieldMissingInSomeSubgraph = "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH";
    public const string OverrideFromSelfError = "OVERRIDE_FROM_SELF_ERROR";
    public const string OverrideSourceHasOverride = "OVERRIDE_SOURCE_HAS_OVERRIDE";
    public const string OverrideCollisionWithAnotherDirective = "OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE";
    public const string OverrideLabelInvalid = "OVERRIDE_LABEL_INVALID";
    public const string InterfaceObjectUsageError = "INTERFACE_OBJECT_USAGE_ERROR";
    public const string InterfaceKeyNotOnImplementation = "INTERFACE_KEY_NOT_ON_IMPLEMENTATION";
    public const string InterfaceFieldNoImplem = "INTERFACE_FIELD_NO_IMPLEM";
    public const string ReferencedInaccessible = "REFERENCED_INACCESSIBLE";
    public const string OnlyInaccessibleChildren = "ONLY_INACCESSIBLE_CHILDREN";
    public const string RequiredInaccessible = "REQUIRED_INACCESSIBLE";
    public const string ImplementedByInaccessible = "IMPLEMENTED_BY_INACCESSIBLE";
    public const string QueryRootTypeInaccessible = "QUERY_ROOT_TYPE_INACCESSIBLE";
    public const string NoQueries = "NO_QUERIES";
    public const string SatisfiabilityError = "SATISFIABILITY_ERROR";
    public const string ShareableHasMismatchedRuntimeTypes = "SHAREABLE_HAS_MISMATCHED_RUNTIME_TYPES";
    public const string DirectiveCompositionError = "DIRECTIVE_COMPOSITION_ERROR";
    public const string InvalidShareableUsage = "INVALID_SHAREABLE_USAGE";
    public const string RootQueryUsed = "ROOT_QUERY_USED";
#pragma warning restore CS1591
}
