using GraphGateway.AspNetCore.Http;

namespace GraphGateway.AspNetCore.Tests.Http;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json;q=1, application/graphql-response+json;q=0.9", "application/json")]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", "application/graphql-response+json")]
    [InlineData("text/html", null)]
    [InlineData("application/xml, text/plain", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiate_AcceptHeader_ChoosesMediaType(string? accept, string? expected) =>
        Assert.Equal(expected, MediaTypes.Negotiate(accept));

    [Fact]
    public void Negotiate_SameAcceptTwice_SameAnswer()
    {
        const string Accept = "application/json;q=0.5, application/graphql-response+json;q=0.4";
        Assert.Equal("application/json", MediaTypes.Negotiate(Accept));
        Assert.Equal("application/json", MediaTypes.Negotiate(Accept));
        Assert.Null(MediaTypes.Negotiate("image/png"));
        Assert.Null(MediaTypes.Negotiate("image/png"));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("Application/JSON; charset=UTF-8", true)]
    [InlineData("application/json;charset=utf-8", true)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("application/jsonx", false)]
    [InlineData(null, false)]
    public void IsPlainJson_ContentType_Recognised(string? contentType, bool expected) =>
        Assert.Equal(expected, MediaTypes.IsPlainJson(contentType));
}
