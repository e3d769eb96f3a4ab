using System.Text;

namespace GraphGateway.Planning.Caching;

/// <summary>
/// Collects the plan-changing inputs of one request into a <see cref="PlanCacheKey"/>. Each contributor adds one named
/// part (<c>overrides</c> = the active <c>@override</c> labels, <c>authorization</c> = which requirements the principal
/// satisfies, ...) without knowing the others; parts are written in the order they were added, as
/// <c>name=value</c> joined by <c>;</c>. A request without parts has a null <see cref="PlanCacheKey.Variant"/> and
/// builds its key without allocating. Not thread-safe: one builder per request.
/// </summary>
public sealed class PlanCacheKeyBuilder
{
    private List<KeyValuePair<string, string>>? _parts;

    /// <summary>The parts added so far, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parts => _parts ?? (IReadOnlyList<KeyValuePair<string, string>>)[];

    /// <summary>Adds a part. A name may be added once per request.</summary>
    /// <param name="name">The contributor's part name: letters, digits, <c>-</c> and <c>_</c>.</param>
    /// <param name="value">The canonical value: equal inputs must give equal text (sort sets before joining them).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, has other characters, or was added before.</exception>
    public void Add(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"Plan cache key part name '{name}' must be letters, digits, '-' or '_'.", nameof(name));
        }

        _parts ??= new List<KeyValuePair<string, string>>(2);
        if (_parts.Exists(p => p.Key == name))
        {
            throw new ArgumentException($"Plan cache key part '{name}' was added twice for one request.", nameof(name));
        }

        _parts.Add(new KeyValuePair<string, string>(name, value));
    }

    /// <summary>The key for <paramref name="documentHash"/> and <paramref name="operationName"/> with the parts added so far.</summary>
    public PlanCacheKey Build(string documentHash, string? operationName)
    {
        if (_parts is not { Count: > 0 })
        {
            return new PlanCacheKey(documentHash, operationName, null);
        }

        var sb = new StringBuilder();
        foreach (var (name, value) in _parts)
        {
            // Values are escaped so that no two part lists print alike.
            sb.Append(name).Append('=').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)).Append(';');
        }

        return new PlanCacheKey(documentHash, operationName, sb.ToString());
    }

    /// <summary>Removes every part (the builder can then serve another request).</summary>
    public void Clear() => _parts?.Clear();
}
