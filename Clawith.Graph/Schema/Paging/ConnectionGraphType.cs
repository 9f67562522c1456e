using Clawith.Graph.DataLoading;
using GraphQL.Types;

namespace Clawith.Graph.Schema.Paging;

/// <summary>A Relay connection over <typeparamref name="TNodeGraphType"/>: edges, nodes, pageInfo, totalCount.</summary>
public abstract class ConnectionGraphType<TNodeGraphType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeGraphType : IGraphType, IConnectionNode
{
    protected ConnectionGraphType(string nodesDescription)
    {
        Name = $"{TNodeGraphType.NodeName}Connection";
        Description = $"A page of {nodesDescription}, in Relay's connection shape. A stored row that cannot be read " +
            "(an id or a time another writer mangled) is left out of the page, with an UNREADABLE_ROW error at the connection's path.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, TNode>>>>>("edges")
            .Description("The page's items, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The page's items, without cursors.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page stands in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list holds (counted only when asked for).")
            .ResolveLoaded(context => context.Source.CountTotal());
    }
}

public sealed class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType, IConnectionNode
{
    public EdgeGraphType()
    {
        Name = $"{TNodeGraphType.NodeName}Edge";
        Description = "An item of a connection with its cursor.";
        Field(e => e.Cursor).Description("Pass as after or before to page from this item.");
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item.").Resolve(context => context.Source.Node);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in its list (Relay).";
        Field(p => p.HasNextPage).Description("More items follow the last one of this page.");
        Field(p => p.HasPreviousPage).Description("More items precede the first one of this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the page's first item.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the page's last item.");
    }
}

/// <summary>A graph type that connections are made of; its name names them (ChatSession → ChatSessionConnection).</summary>
public interface IConnectionNode
{
    static abstract string NodeName { get; }
}
