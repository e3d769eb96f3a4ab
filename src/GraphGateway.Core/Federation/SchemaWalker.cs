using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Federation;

/// <summary>Enumerates every element of a schema that can carry applied directives.</summary>
internal static class SchemaWalker
{
    public static IEnumerable<(SchemaElement Element, string Coordinate)> Elements(Schema schema)
    {
        foreach (var t in schema.Types.Values)
        {
            yield return (t, t.Name);
            switch (t)
            {
                case ComplexTypeDefinition c:
                    foreach (var f in c.Fields.Values)
                    {
                        yield return (f, $"{t.Name}.{f.Name}");
                        foreach (var a in f.Arguments.Values)
                        {
                            yield return (a, $"{t.Name}.{f.Name}({a.Name}:)");
                        }
                    }

                    break;
                case EnumTypeDefinition e:
                    foreach (var v in e.Values.Values)
                    {
                        yield return (v, $"{t.Name}.{v.Name}");
                    }

                    break;
                case InputObjectTypeDefinition io:
                    foreach (var f in io.Fields.Values)
                    {
                        yield return (f, $"{t.Name}.{f.Name}");
                    }

                    break;
            }
        }
    }
}
