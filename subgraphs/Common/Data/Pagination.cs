using GraphGateway.Subgraphs.Common.Schema;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>Builds cursor-connection pages (<c>first</c>/<c>after</c>) from EF Core queries.</summary>
public static class Pagination
{
    /// <summary>Largest accepted <c>first</c>.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Checks <c>first</c> is within 0..<see cref="MaxPageSize"/>.</summary>
    /// <exception cref="ExecutionError">It is not (reported to the client with code <c>BAD_USER_INPUT</c>).</exception>
    public static int ValidateFirst(int first) =>
        first is < 0 or > MaxPageSize
            ? throw new ExecutionError($"Argument 'first' must be between 0 and {MaxPageSize}; got {first}.") { Code = "BAD_USER_INPUT" }
            : first;

    /// <summary>Reads one page from <paramref name="afterCursor"/> (already filtered, ordered by key and positioned after the cursor).</summary>
    /// <param name="afterCursor">Ordered query of the items after the cursor.</param>
    /// <param name="totalCount">Number of items matching the filter (ignoring the cursor).</param>
    /// <param name="first">Page size.</param>
    /// <param name="key">The ordering key, encoded into each cursor.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<Connection<T>> ToConnectionAsync<T>(IQueryable<T> afterCursor, int totalCount, int first, Func<T, string> key, CancellationToken cancellationToken)
    {
        var rows = await afterCursor.Take(first + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var page = rows.Take(first).Select(r => new Edge<T>(Cursor.Encode(key(r)), r)).ToList();
        return new Connection<T>(page, new PageInfo(rows.Count > first, page.Count == 0 ? null : page[^1].Cursor), totalCount);
    }
}
