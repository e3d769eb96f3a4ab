using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphGateway.Conformance.Tests.Harness;

namespace GraphGateway.Conformance.Tests.Differential;

/// <summary>A generated operation: its text and variables, and the seed that reproduces it.</summary>
internal sealed record GeneratedOperation(int Seed, string Query, JsonObject Variables);

/// <summary>
/// Generates random valid query operations over an API schema (GraphQL spec §5 validation holds by
/// construction): fields with arguments drawn from the data, aliases (including aliases equal to other field names
/// such as key fields), <c>__typename</c> anywhere, inline fragments (on the parent type, on possible types of
/// abstract types, without a type condition), named fragment spreads, <c>@skip</c>/<c>@include</c> with literals,
/// variables and variables with defaults, nesting to a bounded depth. The same seed gives the same operation.
/// </summary>
internal sealed class OperationGenerator
{
    private const int MaxDepth = 4;
    private static readonly string[] AliasPool = ["a", "b", "id", "name", "title", "upc", "x"];
    private static readonly string[] TermPool = ["a", "e", "Dune", "x"];

    private readonly SdlModel api;
    private readonly DataStore data;
    private readonly Random random;
    private readonly int seed;
    private readonly List<string> variableDefinitions = [];
    private readonly JsonObject variables = [];
    private readonly List<string> fragments = [];
    private int fieldBudget = 40;

    private OperationGenerator(SdlModel api, DataStore data, int seed)
    {
        this.api = api;
        this.data = data;
        this.seed = seed;
        random = new Random(seed);
    }

    /// <summary>Generates the operation for <paramref name="seed"/>.</summary>
    public static GeneratedOperation Generate(SdlModel api, DataStore data, int seed) => new OperationGenerator(api, data, seed).Generate();

    private GeneratedOperation Generate()
    {
        var body = SelectionSet(api.QueryType, 0, new Scope());
        var sb = new StringBuilder("query Generated");
        if (variableDefinitions.Count > 0)
        {
            sb.Append('(').Append(string.Join(", ", variableDefinitions)).Append(')');
        }

        sb.Append(' ').Append(body);
        foreach (var f in fragments)
        {
            sb.Append('\n').Append(f);
        }

        return new GeneratedOperation(seed, sb.ToString(), variables);
    }

    /// <summary>Response names already used in one merged selection set, with what they stand for.</summary>
    private sealed class Scope
    {
        public Dictionary<string, (string Signature, Scope Child)> Names { get; } = new(StringComparer.Ordinal);
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string SelectionSet(string typeName, int depth, Scope scope)
    {
        var items = new List<string>();
        var type = api.Types[typeName];
        int count = 1 + random.Next(depth == 0 ? 3 : 4);
        for (int i = 0; i < count && fieldBudget > 0; i++)
        {
            var item = Item(type, depth, scope);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (items.Count == 0)
        {
            items.Add(TypenameItem(scope));
        }

        return "{ " + string.Join(" ", items) + " }";
    }

    private string? Item(SdlType type, int depth, Scope scope)
    {
        double roll = random.NextDouble();
        bool isAbstract = type.Kind is SdlKind.Interface or SdlKind.Union;
        if (roll < 0.1)
        {
            return TypenameItem(scope);
        }

        if (isAbstract && roll < 0.5 || roll > 0.9)
        {
            return FragmentItem(type, depth, scope);
        }

        if (type.Kind == SdlKind.Union)
        {
            return TypenameItem(scope);
        }

        return FieldItem(type, depth, scope);
    }

    private string TypenameItem(Scope scope)
    {
        var alias = Chance(0.3) ? Pick(AliasPool) : null;
        var name = alias ?? "__typename";
        if (scope.Names.TryGetValue(name, out var existing) && existing.Signature != "__typename")
        {
            alias = "tn" + random.Next(1000);
            name = alias;
        }

        scope.Names.TryAdd(name, ("__typename", new Scope()));
        return (alias is null ? "" : alias + ": ") + "__typename" + Directives();
    }

    private string? FragmentItem(SdlType type, int depth, Scope scope)
    {
        // Possible type conditions: the type itself, its possible object types, interfaces those implement.
        var conditions = new List<string> { type.Name };
        conditions.AddRange(api.PossibleTypes(type.Name).Select(t => t.Name));
        if (type.Kind == SdlKind.Object)
        {
            conditions.AddRange(type.Interfaces);
        }
        else
        {
            conditions.AddRange(api.PossibleTypes(type.Name).SelectMany(t => t.Interfaces).Where(i => i != type.Name));
        }

        var condition = Pick(conditions.Distinct().ToList());
        var inner = SelectionSet(condition, depth, scope);
        if (Chance(0.4))
        {
            var name = "F" + fragments.Count + "_" + seed;
            fragments.Add($"fragment {name} on {condition} {inner}");
            return "..." + name + Directives();
        }

        var typeCondition = condition == type.Name && Chance(0.3) ? "" : " on " + condition;
        return "..." + typeCondition + Directives() + " " + inner;
    }

    private string? FieldItem(SdlType type, int depth, Scope scope)
    {
        var fields = type.Fields.Values.ToList();
        if (fields.Count == 0)
        {
            return TypenameItem(scope);
        }

        var field = Pick(fields);
        var named = field.Type.NamedType;
        var kind = api.KindOf(named);
        bool composite = kind is SdlKind.Object or SdlKind.Interface or SdlKind.Union;
        if (composite && depth >= MaxDepth)
        {
            return null;
        }

        var args = Arguments(field);
        var alias = Chance(0.2) ? Pick(AliasPool) : null;
        var responseName = alias ?? field.Name;
        var signature = field.Name + args + ":" + field.Type;
        if (scope.Names.TryGetValue(responseName, out var existing) && existing.Signature != signature)
        {
            alias = field.Name + "_" + random.Next(1000);
            responseName = alias;
        }

        if (!scope.Names.TryGetValue(responseName, out existing))
        {
            existing = (signature, new Scope());
            scope.Names[responseName] = existing;
        }

        fieldBudget--;
        var text = (alias is null ? "" : alias + ": ") + field.Name + args + Directives();
        return composite ? text + " " + SelectionSet(named, depth + 1, existing.Child) : text;
    }

    private string Directives()
    {
        if (!Chance(0.15))
        {
            return "";
        }

        var directive = Chance(0.5) ? "include" : "skip";
        string condition;
        double roll = random.NextDouble();
        if (roll < 0.3)
        {
            condition = Chance(0.5) ? "true" : "false";
        }
        else
        {
            var name = "b" + variableDefinitions.Count;
            if (roll < 0.6)
            {
                var defaultValue = Chance(0.5);
                variableDefinitions.Add($"${name}: Boolean = {(defaultValue ? "true" : "false")}");
                if (Chance(0.5))
                {
                    variables[name] = Chance(0.5);
                }
            }
            else
            {
                variableDefinitions.Add($"${name}: Boolean!");
                variables[name] = Chance(0.5);
            }

            condition = "$" + name;
        }

        return $" @{directive}(if: {condition})";
    }

    private string Arguments(SdlField field)
    {
        var parts = new List<string>();
        foreach (var arg in field.Arguments)
        {
            if (!arg.Type.NonNull && Chance(0.5))
            {
                continue;
            }

            var value = ArgumentValue(arg.Name, arg.Type, field.Type.NamedType, 0);
            if (value is null && arg.Type.NonNull)
            {
                return "";
            }

            if (Chance(0.3))
            {
                var name = "v" + variableDefinitions.Count;
                if (value is not null && Chance(0.4))
                {
                    // A variable with a default value; the default is used when the variable is not sent.
                    variableDefinitions.Add($"${name}: {arg.Type} = {Literal(value, arg.Type)}");
                    if (Chance(0.5))
                    {
                        variables[name] = value.DeepClone();
                    }
                }
                else
                {
                    variableDefinitions.Add($"${name}: {arg.Type}");
                    variables[name] = value?.DeepClone();
                }

                parts.Add($"{arg.Name}: ${name}");
            }
            else
            {
                parts.Add($"{arg.Name}: {Literal(value, arg.Type)}");
            }
        }

        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }

    private JsonNode? ArgumentValue(string name, SdlTypeRef type, string returnType, int depth)
    {
        if (!type.NonNull && Chance(0.1))
        {
            return null;
        }

        if (type.IsList)
        {
            return new JsonArray(ArgumentValue(name, type.OfType!, returnType, depth + 1));
        }

        var named = type.NamedType;
        switch (api.KindOf(named))
        {
            case SdlKind.Enum:
                return JsonValue.Create(Pick(api.Types[named].EnumValues));
            case SdlKind.InputObject:
                var obj = new JsonObject();
                foreach (var f in api.Types[named].InputFields.Values)
                {
                    if (f.Type.NonNull || (depth < 2 && Chance(0.5)))
                    {
                        obj[f.Name] = ArgumentValue(f.Name, f.Type, returnType, depth + 1);
                    }
                }

                return obj;
        }

        if (name == "first" || named == "Int")
        {
            return JsonValue.Create(random.Next(0, 4));
        }

        if (named == "Boolean")
        {
            return JsonValue.Create(Chance(0.5));
        }

        if (named == "Float")
        {
            return JsonValue.Create(1.5);
        }

        var samples = api.Types.ContainsKey(returnType)
            ? data.Records(returnType).Select(r => r.Record[name]).OfType<JsonValue>().Select(v => v.ToString()).ToList()
            : [];
        if (samples.Count > 0 && !Chance(0.1))
        {
            return JsonValue.Create(Pick(samples));
        }

        return JsonValue.Create(name == "term" ? Pick(TermPool) : "missing");
    }

    private string Literal(JsonNode? value, SdlTypeRef type) => value switch
    {
        null => "null",
        JsonArray arr => "[" + string.Join(", ", arr.Select(v => Literal(v, type.OfType ?? type))) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(p => $"{p.Key}: {Literal(p.Value, api.Types[type.NamedType].InputFields[p.Key].Type)}")) + "}",
        JsonValue v when api.KindOf(type.NamedType) == SdlKind.Enum => v.GetValue<string>(),
        JsonValue v when v.TryGetValue<string>(out var s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString("0.0##", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };
}
