using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;
using GraphQL;

namespace Clawith.Graph.Messages;

/// <summary>One session's page of messages, as the loader batches them.</summary>
public sealed record MessagePageKey(ChatSession Session, PageRequest Page);

public static class MessagePaging
{
    /// <summary>The messages field's arguments; with none, the latest <see cref="PageRequest.MaxPageSize"/>.</summary>
    public static PageRequest RequestOf(IResolveFieldContext context) =>
        PageRequest.Create(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"),
            PageRequest.MaxPageSize, defaultFromEnd: true);
}
