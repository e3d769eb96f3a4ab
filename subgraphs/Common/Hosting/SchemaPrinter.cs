using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>Prints a subgraph's SDL exactly as its <c>_service { sdl }</c> field answers it.</summary>
public static class SchemaPrinter
{
    /// <summary>Executes <c>{ _service { sdl } }</c> against the application's schema.</summary>
    /// <param name="services">The application's root service provider.</param>
    /// <param name="cancellationToken">Cancels execution.</param>
    /// <returns>The SDL text, ending with one newline.</returns>
    /// <exception cref="InvalidOperationException">The query failed (the schema is invalid).</exception>
    public static async Task<string> PrintSdlAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = "{ _service { sdl } }",
            RequestServices = scope.ServiceProvider,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("Printing the schema failed: " + string.Join("; ", errors.Select(e => e.InnerException is { } inner ? e.Message + " " + inner.Message : e.Message)));
        }

        var sdl = result.Data is ExecutionNode { } node
            ? ExtractSdl(node.ToValue())
            : null;
        return (sdl ?? throw new InvalidOperationException("_service.sdl returned no text.")).TrimEnd('\n') + "\n";
    }

    private static string? ExtractSdl(object? value) =>
        value is IDictionary<string, object?> root
        && root.TryGetValue("_service", out var service)
        && service is IDictionary<string, object?> serviceMap
        && serviceMap.TryGetValue("sdl", out var sdl)
            ? sdl as string
            : null;
}
