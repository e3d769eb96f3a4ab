using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// The request's headers as <c>OperationContext.Headers</c> wants them — by lower-case name, several values joined
/// with commas — read from the request's own header dictionary when asked instead of copied into a new dictionary
/// per request: the executor looks up only the headers it forwards. A name with an upper-case letter is never found
/// (the keys are lower-case). Valid only while the request is being handled (servers reuse header dictionaries).
/// </summary>
internal sealed class RequestHeaders(IHeaderDictionary headers) : IReadOnlyDictionary<string, string>
{
    public int Count => headers.Count;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var (name, _) in headers)
            {
                yield return name.ToLowerInvariant();
            }
        }
    }

    public IEnumerable<string> Values
    {
        get
        {
            foreach (var (_, values) in headers)
            {
                yield return values.ToString();
            }
        }
    }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The request has no header \"{key}\".");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (IsLowerCase(key) && headers.TryGetValue(key, out var values))
        {
            value = values.ToString();
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var (name, values) in headers)
        {
            yield return new KeyValuePair<string, string>(name.ToLowerInvariant(), values.ToString());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool IsLowerCase(string name)
    {
        foreach (var c in name)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
