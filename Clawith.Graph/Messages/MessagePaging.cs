using Clawith.Graph.Data.Entities;
using Clawith.Graph.Filtering;
using Clawith.Graph.Schema.Paging;
using GraphQL;

namespace Clawith.Graph.Messages;

/// <summary>
/// Which messages a page covers: the paging arguments with their cursors already decoded, and the
/// where and order read, so a bad cursor or filter fails its own field in the resolver, never the batch
/// it would have joined. Pages of equal windows (the same query under many sessions) share one statement.
/// </summary>
public sealed record MessageWindow(PageRequest Page, MessageKeyset? After, MessageKeyset? Before, ListQuery Query)
{
    private static readonly ListQuery DefaultQuery = ListQuery.Default(MessageFields.DefaultOrder);

    /// <summary>The latest <see cref="PageRequest.MaxPageSize"/> messages: the page a client gets when it names none.</summary>
    public static MessageWindow Latest { get; } = new(DefaultPage(null, null, null, null), null, null, DefaultQuery);

    /// <summary>
    /// The latest <paramref name="size"/> messages before <paramref name="before"/> (all of them without one), oldest first:
    /// the page Clawith's REST route answers on 251aeba8 (RULES M4), <paramref name="cursorText"/> being the cursor as sent.
    /// </summary>
    public static MessageWindow LatestBefore(int size, MessageKeyset? before, string? cursorText) =>
        new(PageRequest.Create(null, null, size, cursorText, PageRequest.MaxPageSize, defaultFromEnd: true), null, before, DefaultQuery);

    /// <summary>Whether the client turned the history round: newest first.</summary>
    public bool NewestFirst => Query.Order[0].Descending;

    /// <summary>The messages field's arguments; with none, <see cref="Latest"/>.</summary>
    public static MessageWindow Of(IResolveFieldContext context)
    {
        var page = DefaultPage(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        var query = ListQuery.Read(context.GetArgument<object?>("where"), context.GetArgument<object?>("order"), MessageFields.List, MessageFields.DefaultOrder);
        return new MessageWindow(page,
            page.After is null ? null : MessageKeyset.Parse(page.After, query),
            page.Before is null ? null : MessageKeyset.Parse(page.Before, query),
            query);
    }

    private static PageRequest DefaultPage(int? first, string? after, int? last, string? before) =>
        PageRequest.Create(first, after, last, before, PageRequest.MaxPageSize, defaultFromEnd: true);
}

/// <summary>One session's page of messages, as the loader batches them.</summary>
public sealed record MessagePageKey(ChatSession Session, MessageWindow Window);
