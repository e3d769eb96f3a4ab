using GraphQL.DI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>
/// Describes one sample subgraph: its federation name, default listen address, and how it registers
/// its schema and data. <see cref="SubgraphApplication"/> turns a description into a running service.
/// </summary>
public interface ISubgraph
{
    /// <summary>Lower-case subgraph name used in composition (e.g. <c>accounts</c>) and as the default database file name.</summary>
    string Name { get; }

    /// <summary>Default Kestrel address (e.g. <c>http://127.0.0.1:4001</c>); <c>--urls</c> overrides it.</summary>
    string DefaultUrl { get; }

    /// <summary>Registers the subgraph's data services (database context factory, per-request batch loaders).</summary>
    /// <param name="services">The application's service collection; it already holds the <see cref="DatabaseLocation"/>.</param>
    void AddServices(IServiceCollection services);

    /// <summary>Registers the subgraph's schema and graph types; the host adds federation and serialization.</summary>
    /// <param name="builder">The GraphQL.NET builder.</param>
    void ConfigureGraphQL(IGraphQLBuilder builder);

    /// <summary>Creates the database schema and seeds it deterministically when it is empty.</summary>
    /// <param name="services">The application's root service provider.</param>
    /// <param name="cancellationToken">Cancels seeding.</param>
    Task EnsureDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken);
}
