using GraphGateway.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GraphGateway.AspNetCore.Tests.Http;

public sealed class RequestHeadersTests
{
    private static RequestHeaders Headers()
    {
        var headers = new HeaderDictionary
        {
            ["Authorization"] = "Bearer a",
            ["X-Multi"] = new StringValues(["1", "2"]),
        };
        headers.Add("x-empty", string.Empty);
        return new RequestHeaders(headers);
    }

    [Fact]
    public void TryGetValue_LowerCaseName_FindsHeaderOfAnyCase()
    {
        Assert.True(Headers().TryGetValue("authorization", out var value));
        Assert.Equal("Bearer a", value);
        Assert.Equal("1,2", Headers()["x-multi"]);
        Assert.True(Headers().ContainsKey("x-empty"));
    }

    [Fact]
    public void TryGetValue_NameWithUpperCase_NotFound()
    {
        Assert.False(Headers().TryGetValue("Authorization", out _));
        Assert.False(Headers().ContainsKey("x-missing"));
        Assert.Throws<KeyNotFoundException>(() => Headers()["x-missing"]);
    }

    [Fact]
    public void Enumerate_AllHeaders_LowerCaseNamesAndJoinedValues()
    {
        var all = Headers().OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [new("authorization", "Bearer a"), new("x-empty", ""), new("x-multi", "1,2")],
            all);
        Assert.Equal(3, Headers().Count);
        Assert.Equal(["authorization", "x-empty", "x-multi"], Headers().Keys.Order(StringComparer.Ordinal));
    }
}
