using GraphQL.DataLoader;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>An already-known value wrapped as an <see cref="IDataLoaderResult{T}"/> (e.g. a representation that cannot match any row).</summary>
public static class DataLoaderValue
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    public static IDataLoaderResult<T> From<T>(T value) => new Completed<T>(value);

    private sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
