namespace GraphGateway.Core.Schemas;

/// <summary>
/// Checks that every type reference in a schema names a defined type of a fitting kind
/// (GraphQL spec §3.6 field types are output types, §3.6.1 argument types are input types,
/// §3.7 implemented types are interfaces, §3.8 union members are object types).
/// </summary>
internal sealed class SchemaReferenceChecker(Schema schema, List<SchemaError> errors)
{
    public void Check()
    {
        foreach (var type in schema.Types.Values)
        {
            switch (type)
            {
                case ComplexTypeDefinition c:
                    CheckComplex(c);
                    break;
                case UnionTypeDefinition u:
                    foreach (var member in u.Types)
                    {
                        if (schema.Type(member) is not ObjectTypeDefinition)
                        {
                            errors.Add(new SchemaError(schema.Type(member) is null
                                ? $"Union {u.Name} includes unknown type {member}."
                                : $"Union {u.Name} includes {member}, which is not an object type.", u.Location));
                        }
                    }

                    break;
                case InputObjectTypeDefinition io:
                    foreach (var f in io.Fields.Values)
                    {
                        CheckInput(f.Type, $"{io.Name}.{f.Name}", f.Location);
                    }

                    break;
            }
        }

        foreach (var d in schema.DirectiveDefinitions.Values)
        {
            foreach (var a in d.Arguments.Values)
            {
                CheckInput(a.Type, $"@{d.Name}({a.Name}:)", a.Location);
            }
        }

        if (schema.HasExplicitSchemaDefinition || schema.Types.ContainsKey(schema.QueryTypeName))
        {
            CheckRoot(schema.QueryTypeName, "query");
        }

        CheckRoot(schema.MutationTypeName, "mutation");
        CheckRoot(schema.SubscriptionTypeName, "subscription");
    }

    private void CheckRoot(string? name, string operation)
    {
        if (name is not null && schema.Type(name) is not ObjectTypeDefinition)
        {
            errors.Add(new SchemaError($"The {operation} root type {name} is not a defined object type."));
        }
    }

    private void CheckComplex(ComplexTypeDefinition c)
    {
        foreach (var i in c.Interfaces)
        {
            if (schema.Type(i) is not InterfaceTypeDefinition)
            {
                errors.Add(new SchemaError(schema.Type(i) is null
                    ? $"Type {c.Name} implements unknown interface {i}."
                    : $"Type {c.Name} implements {i}, which is not an interface.", c.Location));
            }
        }

        foreach (var f in c.Fields.Values)
        {
            var named = schema.Type(f.Type.NamedType);
            if (named is null)
            {
                errors.Add(new SchemaError($"Field {c.Name}.{f.Name} has unknown type {f.Type.NamedType}.", f.Location));
            }
            else if (!named.IsOutputType)
            {
                errors.Add(new SchemaError($"Field {c.Name}.{f.Name} has input type {f.Type.NamedType}; fields need output types.", f.Location));
            }

            foreach (var a in f.Arguments.Values)
            {
                CheckInput(a.Type, $"{c.Name}.{f.Name}({a.Name}:)", a.Location);
            }
        }
    }

    private void CheckInput(TypeRef type, string coordinate, SourceLocation? location)
    {
        var named = schema.Type(type.NamedType);
        if (named is null)
        {
            errors.Add(new SchemaError($"{coordinate} has unknown type {type.NamedType}.", location));
        }
        else if (!named.IsInputType)
        {
            errors.Add(new SchemaError($"{coordinate} has output type {type.NamedType}; arguments and input fields need input types.", location));
        }
    }
}
