using GraphQL.Types;

namespace GraphGateway.Subgraphs.Common.Schema;

/// <summary>Page metadata of a cursor connection.</summary>
/// <param name="HasNextPage">Whether more items follow <paramref name="EndCursor"/>.</param>
/// <param name="EndCursor">Cursor of the last item on the page, or <see langword="null"/> when the page is empty.</param>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);

/// <summary>One item of a connection with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>A page of items (Relay cursor connection): edges, page info and the total count after filtering.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount);

/// <summary><c>type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }</c>, defined identically by every subgraph that paginates.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Defines the fields.</summary>
    public PageInfoType()
    {
        this.Name = "PageInfo";
        GraphQL.Federation.FederationObjectMetadataExtensions.Shareable(this);
        this.Field(x => x.HasNextPage);
        this.Field(x => x.EndCursor, nullable: true);
    }
}
