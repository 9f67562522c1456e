using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Nodes;

/// <summary>Relay's Node: an object that <c>node(id)</c> and <c>nodes(ids)</c> fetch again by its id.</summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "An object with an id that node(id) and nodes(ids) fetch again (Relay's Global Object Identification): " +
            "an Agent, ChatSession, ChatMessage or User. Its id is its UUID as lowercase text, the id REST and the UUID arguments use.";
        Field<NonNullGraphType<NodeIdGraphType>>("id").Description("The object's id: its UUID as lowercase text.");
    }
}

public static class NodeFields
{
    /// <summary>Makes <paramref name="type"/> a Node: its <c>id: ID!</c> (the row's UUID) and the interface.</summary>
    public static void NodeId<TSource>(this ObjectGraphType<TSource> type, Func<TSource, Guid> id, string description)
    {
        type.Field<NonNullGraphType<NodeIdGraphType>>("id").Description(description).Resolve(context => id(context.Source));
        type.Interface<NodeGraphType>();
    }
}
