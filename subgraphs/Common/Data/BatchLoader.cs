using GraphQL.DataLoader;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>
/// A per-request batch loader: every <see cref="Load"/> during one execution pass is collected, and the
/// first awaited result fetches all pending keys with a single call to the fetch function (one SQL query).
/// GraphQL.NET awaits <see cref="IDataLoaderResult{T}"/> values only after the whole pass has been resolved,
/// so an <c>_entities</c> batch or a list of parents costs one fetch per loader. Register as scoped.
/// </summary>
/// <typeparam name="TKey">Key type; equal keys are fetched once.</typeparam>
/// <typeparam name="TValue">Loaded value; keys the fetch does not return load <see langword="null"/> (declare <typeparamref name="TValue"/> nullable).</typeparam>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch;
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private readonly HashSet<TKey> pending = [];
    private readonly Dictionary<TKey, Exception> failed = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Creates a loader over <paramref name="fetch"/>, which receives distinct keys and returns the values it found.</summary>
    /// <param name="fetch">Loads many keys at once.</param>
    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        this.fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
    }

    /// <summary>Queues <paramref name="key"/> for the next batch and returns a deferred result.</summary>
    /// <param name="key">The key to load.</param>
    /// <returns>A result the execution strategy awaits after the current pass.</returns>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (this.pending)
        {
            if (!this.loaded.ContainsKey(key))
            {
                this.pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    /// <summary>Queues <paramref name="key"/> and maps the loaded value (including <see langword="null"/>) with <paramref name="map"/>.</summary>
    /// <typeparam name="TResult">The mapped type.</typeparam>
    /// <param name="key">The key to load.</param>
    /// <param name="map">Runs once the value is loaded.</param>
    /// <returns>A deferred, mapped result.</returns>
    public IDataLoaderResult<TResult> Load<TResult>(TKey key, Func<TValue, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        this.Load(key);
        return new Mapped<TResult>(this, key, map);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await this.gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TKey[] batch;
            lock (this.pending)
            {
                if (this.loaded.TryGetValue(key, out var cached))
                {
                    return cached!;
                }

                if (this.failed.TryGetValue(key, out var error))
                {
                    throw new InvalidOperationException("Loading a batch failed.", error);
                }

                batch = [.. this.pending];
                this.pending.Clear();
            }

            IReadOnlyDictionary<TKey, TValue> values;
            try
            {
                values = await this.fetch(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                lock (this.pending)
                {
                    // Every key of the failed batch fails, not only the one whose await ran the fetch.
                    foreach (var k in batch)
                    {
                        this.failed[k] = ex;
                    }
                }

                throw;
            }

            lock (this.pending)
            {
                foreach (var k in batch)
                {
                    this.loaded[k] = values.TryGetValue(k, out var v) ? v : default;
                }

                return (this.loaded.TryGetValue(key, out var value) ? value : default)!;
            }
        }
        finally
        {
            this.gate.Release();
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => owner.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await owner.GetAsync(key, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Mapped<TResult>(BatchLoader<TKey, TValue> owner, TKey key, Func<TValue, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await owner.GetAsync(key, cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await this.GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
