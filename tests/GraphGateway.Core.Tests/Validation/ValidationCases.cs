namespace GraphGateway.Core.Tests.Validation;

/// <summary>One example: a document, whether the rule accepts it, and optionally another schema.</summary>
internal sealed record ValidationCase(string Name, bool Valid, string Document, bool QueryOnlySchema = false);

/// <summary>Valid and invalid examples per rule, taken from (or modelled on) the GraphQL spec §5 text.</summary>
internal static class ValidationCases
{
    private static ValidationCase V(string name, string doc) => new(name, true, doc);

    private static ValidationCase I(string name, string doc) => new(name, false, doc);

    public static readonly IReadOnlyDictionary<string, ValidationCase[]> ByRule = new Dictionary<string, ValidationCase[]>
    {
        ["ExecutableDefinitions"] =
        [
            V("operation", "query getDogName { dog { name } }"),
            I("typeExtension", "query getDogName {\n  dog {\n    name\n    color\n  }\n}\n\nextend type Dog {\n  color: String\n}"),
            I("schemaDefinition", "schema { query: Query }\n{ dog { name } }"),
        ],
        ["OperationNameUniqueness"] =
        [
            V("distinctNames", "query getDogName { dog { name } }\nquery getOwnerName { dog { owner { name } } }"),
            I("sameNameQueries", "query getName { dog { name } }\nquery getName { dog { owner { name } } }"),
            I("sameNameDifferentTypes", "query dogOperation { dog { name } }\nmutation dogOperation { addPet(pet: {dog: \"Fido\"}) { name } }"),
        ],
        ["LoneAnonymousOperation"] =
        [
            V("single", "{ dog { name } }"),
            I("anonymousWithNamed", "{\n  dog { name }\n}\n\nquery getName {\n  dog { owner { name } }\n}"),
        ],
        ["OperationTypeExistence"] =
        [
            V("queryExists", "{ dog }") with { QueryOnlySchema = true },
            I("noMutationType", "mutation { dog }") with { QueryOnlySchema = true },
            I("noSubscriptionType", "subscription S { dog }") with { QueryOnlySchema = true },
        ],
        ["SingleRootField"] =
        [
            V("oneField", "subscription sub { newMessage { body sender } }"),
            V("oneFieldViaFragment", "subscription sub { ...newMessageFields }\nfragment newMessageFields on Subscription { newMessage { body sender } }"),
            I("twoFields", "subscription sub {\n  newMessage { body sender }\n  disallowedSecondRootField\n}"),
            I("twoFieldsViaFragment", "subscription sub { ...multipleSubscriptions }\nfragment multipleSubscriptions on Subscription {\n  newMessage { body sender }\n  disallowedSecondRootField\n}"),
            I("introspectionField", "subscription sub {\n  newMessage { body sender }\n  __typename\n}"),
            I("anonymous", "subscription {\n  newMessage { body }\n  disallowedSecondRootField\n}"),
        ],
        ["FieldSelections"] =
        [
            V("interfaceField", "fragment interfaceFieldSelection on Pet { name }"),
            V("unionTypenameAndFragments", "fragment inDirectFieldSelectionOnUnion on CatOrDog {\n  __typename\n  ... on Pet { name }\n  ... on Dog { barkVolume }\n}"),
            I("fieldNotDefined", "fragment fieldNotDefined on Dog {\n  meowVolume\n}"),
            I("aliasedTargetNotDefined", "fragment aliasedLyingFieldTargetNotDefined on Dog {\n  barkVolume: kawVolume\n}"),
            I("definedOnImplementersOnly", "fragment definedOnImplementersButNotInterface on Pet {\n  nickname\n}"),
            I("directFieldOnUnion", "fragment directFieldSelectionOnUnion on CatOrDog {\n  directField\n}"),
            I("implementorsFieldOnUnion", "fragment definedOnImplementorsQueriedOnUnion on CatOrDog {\n  name\n}"),
        ],
        ["FieldSelectionMerging"] =
        [
            V("identicalFields", "fragment mergeIdenticalFields on Dog { name name }"),
            V("identicalAliases", "fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }"),
            V("identicalArgs", "fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: SIT)\n}"),
            V("safeDifferingFields", "fragment safeDifferingFields on Pet {\n  ... on Dog { volume: barkVolume }\n  ... on Cat { volume: meowVolume }\n}"),
            V("safeDifferingArgs", "fragment safeDifferingArgs on Pet {\n  ... on Dog { doesKnowCommand(dogCommand: SIT) }\n  ... on Cat { doesKnowCommand(catCommand: JUMP) }\n}"),
            I("aliasConflict", "fragment conflictingBecauseAlias on Dog {\n  name: nickname\n  name\n}"),
            I("argValues", "fragment conflictingArgsOnValues on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: HEEL)\n}"),
            I("argValueAndVariable", "fragment conflictingArgsValueAndVar on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: $dogCommand)\n}"),
            I("differingResponses", "fragment conflictingDifferingResponses on Pet {\n  ... on Dog { someValue: nickname }\n  ... on Cat { someValue: meowVolume }\n}"),
            I("subfields", "{\n  dog { x: name }\n  dog { x: nickname }\n}"),
            I("viaFragment", "{\n  dog {\n    name\n    ...nick\n  }\n}\nfragment nick on Dog { name: nickname }"),
        ],
        ["LeafFieldSelections"] =
        [
            V("scalar", "fragment scalarSelection on Dog { barkVolume }"),
            I("selectionOnInt", "fragment scalarSelectionsNotAllowedOnInt on Dog {\n  barkVolume {\n    sinceWhen\n  }\n}"),
            I("objectWithoutSelection", "query directQueryOnObjectWithoutSubFields {\n  human\n}"),
            I("interfaceWithoutSelection", "query directQueryOnInterfaceWithoutSubFields {\n  pet\n}"),
            I("unionWithoutSelection", "query directQueryOnUnionWithoutSubFields {\n  catOrDog\n}"),
        ],
        ["ArgumentNames"] =
        [
            V("requiredArg", "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }"),
            V("optionalArgAndDirective", "fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }"),
            V("argOrder", "fragment multipleArgsReverseOrder on Arguments { multipleRequirements(y: 2, x: 1) }"),
            I("unknownFieldArg", "fragment invalidArgName on Dog {\n  doesKnowCommand(command: CLEAN_UP_HOUSE)\n}"),
            I("unknownDirectiveArg", "fragment invalidArgName on Dog {\n  isHouseTrained(atOtherHomes: true) @include(unless: false)\n}"),
        ],
        ["ArgumentUniqueness"] =
        [
            V("distinct", "fragment f on Arguments { multipleRequirements(x: 1, y: 2) }"),
            I("repeated", "fragment f on Dog {\n  isHouseTrained(atOtherHomes: true, atOtherHomes: false)\n}"),
        ],
        ["RequiredArguments"] =
        [
            V("given", "fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }"),
            V("nullableOmitted", "fragment goodBooleanArgDefault on Arguments { booleanArgField }"),
            V("nonNullWithDefaultOmitted", "fragment missingOptionalNonNullBooleanArg on Arguments { optionalNonNullBooleanArgField }"),
            I("missing", "fragment missingRequiredArg on Arguments {\n  nonNullBooleanArgField\n}"),
            I("missingDirectiveArg", "{\n  dog @include { name }\n}"),
        ],
        ["FragmentNameUniqueness"] =
        [
            V("distinct", "{ dog { ...fragmentOne ...fragmentTwo } }\nfragment fragmentOne on Dog { name }\nfragment fragmentTwo on Dog { owner { name } }"),
            I("repeated", "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }"),
        ],
        ["FragmentSpreadTypeExistence"] =
        [
            V("existing", "fragment correctType on Dog { name }\nfragment inlineFragment on Dog { ... on Dog { name } }\nfragment inlineFragment2 on Dog { ... @include(if: true) { name } }"),
            I("fragmentOnUnknown", "fragment notOnExistingType on NotInSchema {\n  name\n}"),
            I("inlineOnUnknown", "fragment inlineNotExistingType on Dog {\n  ... on NotInSchema { name }\n}"),
            I("suggestion", "fragment typo on Dgo { name }"),
        ],
        ["FragmentsOnCompositeTypes"] =
        [
            V("composite", "fragment fragOnObject on Dog { name }\nfragment fragOnInterface on Pet { name }\nfragment fragOnUnion on CatOrDog { ... on Dog { name } }"),
            I("fragmentOnScalar", "fragment fragOnScalar on Int {\n  something\n}"),
            I("inlineOnScalar", "fragment inlineFragOnScalar on Dog {\n  ... on Boolean {\n    somethingElse\n  }\n}"),
        ],
        ["FragmentsMustBeUsed"] =
        [
            V("used", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }"),
            I("unused", "fragment nameFragment on Dog {\n  name\n}\n\n{\n  dog { name }\n}"),
        ],
        ["FragmentSpreadTargetDefined"] =
        [
            V("defined", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }"),
            I("undefined", "{\n  dog {\n    ...undefinedFragment\n  }\n}"),
        ],
        ["FragmentSpreadsMustNotFormCycles"] =
        [
            V("acyclic", "{ dog { ...a } }\nfragment a on Dog { ...b }\nfragment b on Dog { name }"),
            I("twoFragments", "{ dog { ...nameFragment } }\nfragment nameFragment on Dog {\n  name\n  ...barkVolumeFragment\n}\nfragment barkVolumeFragment on Dog {\n  barkVolume\n  ...nameFragment\n}"),
            I("throughFields", "{ dog { ...dogFragment } }\nfragment dogFragment on Dog {\n  name\n  owner { ...ownerFragment }\n}\nfragment ownerFragment on Human {\n  name\n  pets { ...dogFragment }\n}"),
            I("self", "fragment a on Dog { ...a }"),
        ],
        ["FragmentSpreadIsPossible"] =
        [
            V("objectInObject", "fragment dogFragment on Dog { ... on Dog { barkVolume } }"),
            V("interfaceInObject", "fragment petNameFragment on Pet { name }\nfragment interfaceWithinObjectFragment on Dog { ...petNameFragment }"),
            V("unionInObject", "fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }\nfragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }"),
            V("objectInAbstract", "fragment petFragment on Pet { name ... on Dog { barkVolume } }\nfragment catOrDogFragment on CatOrDog { ... on Cat { meowVolume } }"),
            V("unionInInterface", "fragment unionWithInterface on Pet { ...dogOrHumanFragment }\nfragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }"),
            I("objectInObject", "fragment catInDogFragmentInvalid on Dog {\n  ... on Cat { meowVolume }\n}"),
            I("objectInInterface", "fragment sentientFragment on Sentient {\n  ... on Dog { barkVolume }\n}"),
            I("objectInUnion", "fragment humanOrAlienFragment on HumanOrAlien {\n  ... on Cat { meowVolume }\n}"),
            I("interfaceInInterface", "fragment nonIntersectingInterfaces on Pet {\n  ...sentientFragment\n}\nfragment sentientFragment on Sentient { name }"),
        ],
        ["ValuesOfCorrectType"] =
        [
            V("boolean", "fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }"),
            V("intIntoFloat", "fragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }"),
            V("complexDefault", "query goodComplexDefaultValue($search: FindDogInput = { name: \"Fido\" }) { findDog(searchBy: $search) { name } }"),
            V("singleIntoList", "fragment f on Arguments { booleanListArgField(booleanListArg: true) }"),
            V("oneOfWithNullableVariable", "mutation m($cat: String) { addPet(pet: { cat: $cat }) { name } }"),
            V("oneOfWithNonNullVariable", "mutation m($cat: String!) { addPet(pet: { cat: $cat }) { name } }"),
            I("stringIntoInt", "fragment stringIntoInt on Arguments {\n  intArgField(intArg: \"123\")\n}"),
            I("badComplexValue", "query badComplexValue {\n  findDog(searchBy: { name: 123 }) { name }\n}"),
            I("nullIntoNonNull", "fragment f on Arguments {\n  nonNullBooleanArgField(nonNullBooleanArg: null)\n}"),
            I("intOutOfRange", "fragment f on Arguments {\n  intArgField(intArg: 3000000000)\n}"),
            I("unknownEnumValue", "fragment f on Dog {\n  doesKnowCommand(dogCommand: JUMP)\n}"),
            I("stringIntoEnum", "fragment f on Dog {\n  doesKnowCommand(dogCommand: \"SIT\")\n}"),
            I("listItem", "fragment f on Arguments {\n  booleanListArgField(booleanListArg: [true, 1])\n}"),
            I("listIntoScalar", "fragment f on Arguments {\n  intArgField(intArg: [1])\n}"),
            I("objectIntoScalar", "fragment f on Arguments {\n  intArgField(intArg: { a: 1 })\n}"),
            I("oneOfTwoKeys", "mutation {\n  addPet(pet: { cat: \"Tom\", dog: \"Fido\" }) { name }\n}"),
            I("oneOfNull", "mutation {\n  addPet(pet: { cat: null }) { name }\n}"),
            I("badVariableDefault", "query q($b: Boolean = 1) {\n  dog { isHouseTrained(atOtherHomes: $b) }\n}"),
        ],
        ["InputObjectFieldNames"] =
        [
            V("defined", "{ findDog(searchBy: { name: \"Fido\" }) { name } }"),
            I("undefined", "{\n  findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name }\n}"),
            I("typo", "{\n  findDog(searchBy: { nme: \"Fido\" }) { name }\n}"),
        ],
        ["InputObjectFieldUniqueness"] =
        [
            V("distinct", "{ findDog(searchBy: { name: \"Fido\", owner: \"Ann\" }) { name } }"),
            I("repeated", "{\n  findDog(searchBy: { name: \"Fido\", name: \"Fido\" }) { name }\n}"),
        ],
        ["InputObjectRequiredFields"] =
        [
            V("given", "{ lookup(input: { id: 1 }) }"),
            I("missing", "{\n  lookup(input: { tag: \"y\" })\n}"),
        ],
        ["DirectivesAreDefined"] =
        [
            V("builtIn", "{ dog @include(if: true) { name } }"),
            I("unknown", "{\n  dog @unknown { name }\n}"),
        ],
        ["DirectivesAreInValidLocations"] =
        [
            V("field", "{ dog @skip(if: false) { name } }"),
            I("skipOnQuery", "query @skip(if: $foo) {\n  dog { name }\n}"),
            I("deprecatedOnField", "{\n  dog @deprecated { name }\n}"),
        ],
        ["DirectivesAreUniquePerLocation"] =
        [
            V("differentLocations", "query ($foo: Boolean = true, $bar: Boolean = false) {\n  dog @skip(if: $foo) { name }\n  dog @skip(if: $bar) { nickname }\n}"),
            I("repeated", "query ($foo: Boolean = true, $bar: Boolean = false) {\n  dog @skip(if: $foo) @skip(if: $bar) { name }\n}"),
        ],
        ["VariableUniqueness"] =
        [
            V("sameNameInTwoOperations", "query A($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }\nquery B($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }"),
            I("repeated", "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {\n  dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n}"),
        ],
        ["VariablesAreInputTypes"] =
        [
            V("inputTypes", "query takesBoolean($atOtherHomes: Boolean) { __typename }\nquery takesComplexInput($complexInput: FindDogInput) { __typename }\nquery TakesListOfBooleanBang($booleans: [Boolean!]) { __typename }"),
            I("object", "query takesCat($cat: Cat) { __typename }"),
            I("nonNullObject", "query takesDogBang($dog: Dog!) { __typename }"),
            I("listOfInterface", "query takesListOfPet($pets: [Pet]) { __typename }"),
            I("union", "query takesCatOrDog($catOrDog: CatOrDog) { __typename }"),
            I("unknown", "query takesUnknown($x: [Boolen!]) { __typename }"),
        ],
        ["AllVariableUsesDefined"] =
        [
            V("defined", "query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }"),
            V("definedUsedInFragment", "query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }"),
            I("notDefined", "query variableIsNotDefined {\n  dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n}"),
            I("notDefinedUsedInFragment", "query variableIsNotDefinedUsedInSingleFragment {\n  dog { ...isHouseTrainedFragment }\n}\nfragment isHouseTrainedFragment on Dog {\n  isHouseTrained(atOtherHomes: $atOtherHomes)\n}"),
            I("anonymous", "{\n  dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n}"),
        ],
        ["AllVariablesUsed"] =
        [
            V("usedInFragment", "query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }"),
            I("unused", "query variableUnused($atOtherHomes: Boolean) {\n  dog { isHouseTrained }\n}"),
            I("unusedWithFragment", "query variableNotUsedWithinFragment($atOtherHomes: Boolean) {\n  dog { ...isHouseTrainedWithoutVariableFragment }\n}\nfragment isHouseTrainedWithoutVariableFragment on Dog { isHouseTrained }"),
            I("anonymous", "query ($x: Int) {\n  dog { name }\n}"),
        ],
        ["AllVariableUsagesAreAllowed"] =
        [
            V("nonNullListToList", "query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }"),
            V("locationDefault", "query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }"),
            V("variableDefault", "query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }"),
            I("intIntoBoolean", "query intCannotGoIntoBoolean($intArg: Int) {\n  arguments { booleanArgField(booleanArg: $intArg) }\n}"),
            I("listIntoBoolean", "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {\n  arguments { booleanArgField(booleanArg: $booleanListArg) }\n}"),
            I("nullableIntoNonNull", "query booleanArgQuery($booleanArg: Boolean) {\n  arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) }\n}"),
        ],
        ["MaxIntrospectionDepth"] =
        [
            V("standardDepth", "{ __schema { types { fields { type { name } } interfaces { name } possibleTypes { name } inputFields { name } } } }"),
            I("fieldsThreeDeep", "{\n  __schema { types { fields { type { fields { type { fields { name } } } } } } }\n}"),
            I("throughFragments", "{\n  __type(name: \"Dog\") { ...F }\n}\nfragment F on __Type { fields { type { ...G } } }\nfragment G on __Type { interfaces { possibleTypes { name } } }"),
        ],
    };
}
