using System.Net;

namespace GraphGateway.BenchSubgraphs.Tests;

public sealed class AccountsSubgraphTests
{
    [Fact]
    public async Task Users_AllFields_ReturnsSixUsersInFileOrder()
    {
        var (status, body) = await BenchServer.Shared.PostAsync("accounts", "{ users { id name username birthday } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            """{"data":{"users":[{"id":"1","name":"Ada Exampleton","username":"adaex","birthday":1234567890},{"id":"2","name":"Ben Sampler","username":"bensampler","birthday":1234567890},{"id":"3","name":"Cleo Testcase","username":"cleotestcase","birthday":1234567890},{"id":"4","name":"Dana Fixturely","username":"danafix","birthday":1234567890},{"id":"5","name":"Eli Stubson","username":"elistubson","birthday":1234567890},{"id":"6","name":"Finn Mockley","username":"finnmo","birthday":1234567890}]}}""",
            body);
    }

    [Fact]
    public async Task MeAndUser_ExistingAndUnknownId_ReturnUserOneUserThreeAndNull()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "accounts", """{ me { id username } user(id: "3") { id name } missing: user(id: "99") { id } }""");

        Assert.Equal(
            """{"data":{"me":{"id":"1","username":"adaex"},"user":{"id":"3","name":"Cleo Testcase"},"missing":null}}""",
            body);
    }

    [Fact]
    public async Task Entities_UserRepresentations_ReturnUsersInRepresentationOrder()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "accounts",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }",
            new { r = new object[] { new { __typename = "User", id = "6" }, new { __typename = "User", id = "2" } } });

        Assert.Equal("""{"data":{"_entities":[{"id":"6","name":"Finn Mockley"},{"id":"2","name":"Ben Sampler"}]}}""", body);
    }

    [Fact]
    public async Task ServiceSdl_Accounts_DeclaresUserKeyAndShareableUsername()
    {
        var (_, body) = await BenchServer.Shared.PostAsync("accounts", "{ _service { sdl } }");

        var sdl = Json.StringAt(body, "data", "_service", "sdl");
        Assert.Contains(
            "type User @key(fields: \"id\") {\n  id: ID!\n  name: String\n  username: String @shareable\n  birthday: Int\n}",
            sdl);
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\"", sdl);
    }
}
