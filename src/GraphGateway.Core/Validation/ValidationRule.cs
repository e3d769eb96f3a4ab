using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation;

/// <summary>
/// One validation rule of the GraphQL spec (§5). The <see cref="DocumentWalker"/> visits the document
/// once, in document order, tracking types, and calls every rule's hooks; a rule overrides the hooks
/// it needs and reports through <see cref="ValidationContext.Report"/>. Rules are created per validation
/// and may keep state.
/// </summary>
internal abstract class ValidationRule
{
    /// <summary>Before any definition.</summary>
    public virtual void EnterDocument(ValidationContext context)
    {
    }

    /// <summary>After every definition was visited.</summary>
    public virtual void LeaveDocument(ValidationContext context)
    {
    }

    /// <summary>An operation definition; its selection set follows.</summary>
    public virtual void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
    }

    /// <summary>After an operation's selection set.</summary>
    public virtual void LeaveOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
    }

    /// <summary>A fragment definition; <paramref name="type"/> is its type condition's type, null when unknown.</summary>
    public virtual void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment, TypeDefinition? type)
    {
    }

    /// <summary>A variable definition with its type resolved (null when the named type is unknown).</summary>
    public virtual void EnterVariableDefinition(ValidationContext context, GraphQLVariableDefinition variable, TypeDefinition? namedType)
    {
    }

    /// <summary>A selection set whose parent type is <paramref name="parentType"/> (null when unknown).</summary>
    public virtual void EnterSelectionSet(ValidationContext context, GraphQLSelectionSet selectionSet, TypeDefinition? parentType)
    {
    }

    /// <summary>A field; <paramref name="definition"/> is null when the field is not defined on the parent type.</summary>
    public virtual void EnterField(ValidationContext context, GraphQLField field, TypeDefinition? parentType, FieldDefinition? definition)
    {
    }

    /// <summary>An inline fragment; <paramref name="type"/> is the type condition's type (or the parent type when absent).</summary>
    public virtual void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, TypeDefinition? parentType, TypeDefinition? type)
    {
    }

    /// <summary>A fragment spread inside a selection set of <paramref name="parentType"/>.</summary>
    public virtual void EnterFragmentSpread(ValidationContext context, GraphQLFragmentSpread spread, TypeDefinition? parentType)
    {
    }

    /// <summary>The directives written at one location (<see cref="DirectiveLocations"/> name).</summary>
    public virtual void EnterDirectives(ValidationContext context, GraphQLDirectives directives, string location)
    {
    }

    /// <summary>A directive; <paramref name="definition"/> is null when unknown.</summary>
    public virtual void EnterDirective(ValidationContext context, GraphQLDirective directive, string location, DirectiveDefinition? definition)
    {
    }

    /// <summary>The arguments of a field or directive (<paramref name="owner"/>), described by <paramref name="target"/>.</summary>
    public virtual void EnterArguments(ValidationContext context, ASTNode owner, GraphQLArguments? arguments, ArgumentOwner target)
    {
    }

    /// <summary>
    /// A top-level input value: an argument value or a variable's default value, at a position expecting
    /// <paramref name="expectedType"/> (null when unknown). Rules that look inside lists and objects recurse themselves.
    /// </summary>
    public virtual void EnterValue(ValidationContext context, GraphQLValue value, TypeRef? expectedType, InputPosition position)
    {
    }
}

/// <summary>What an argument list belongs to, for messages: a field of a type, or a directive.</summary>
/// <param name="ParentTypeName">The field's parent type name; null for directives.</param>
/// <param name="Name">The field name, or the directive name without <c>@</c>.</param>
/// <param name="Definitions">The argument definitions, or null when the field/directive is unknown.</param>
/// <param name="IsDirective">True for a directive.</param>
internal sealed record ArgumentOwner(string? ParentTypeName, string Name, IReadOnlyDictionary<string, InputValueDefinition>? Definitions, bool IsDirective);

/// <summary>Where an input value sits: whether a default exists at that position (for variables in allowed positions).</summary>
/// <param name="HasLocationDefault">True when the argument or input field at this position has a non-null default value.</param>
/// <param name="IsVariableDefault">True inside a variable definition's default value.</param>
internal readonly record struct InputPosition(bool HasLocationDefault, bool IsVariableDefault);
