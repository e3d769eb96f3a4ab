using GraphGateway.AuditHost;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Usage: GraphGateway.AuditHost [--urls http://127.0.0.1:0] [--GraphGateway:Supergraph:Path supergraph.graphql]
// Without a supergraph: the gateway over a fixed API schema, answered by a minimal executor stage.
// With a supergraph: the whole gateway (AddGraphGateway: runtime + HTTP), as `graphgateway serve` hosts it.
// Prints "Listening on <url>" once Kestrel is bound (port 0 = a free port chosen by the OS).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
}

builder.Configuration["GraphGateway:Introspection:Enabled"] ??= "true";
var gateway = builder.Services.AddGraphGateway(builder.Configuration);
if (string.IsNullOrEmpty(builder.Configuration["GraphGateway:Supergraph:Path"]))
{
    gateway.UseFixedApiSchema(AuditSchema.Sdl);
}

var app = builder.Build();
app.MapGraphGateway();
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine("Listening on " + address);
await app.WaitForShutdownAsync();

/// <summary>The API schema the audit host serves.</summary>
internal static class AuditSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String
        }

        type Mutation {
          noop: Boolean
        }
        """;
}
