using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;
using GraphQL;

namespace Clawith.Graph.Messages;

/// <summary>
/// Which messages a page covers: the paging arguments with their cursors already decoded, so a bad
/// cursor fails its own field in the resolver, never the batch it would have joined.
/// </summary>
public sealed record MessageWindow(PageRequest Page, MessageKeyset? After, MessageKeyset? Before)
{
    /// <summary>The latest <see cref="PageRequest.MaxPageSize"/> messages: the page a client gets when it names none.</summary>
    public static MessageWindow Latest { get; } = new(DefaultPage(null, null, null, null), null, null);

    /// <summary>The messages field's arguments; with none, <see cref="Latest"/>.</summary>
    public static MessageWindow Of(IResolveFieldContext context)
    {
        var page = DefaultPage(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        return new MessageWindow(page,
            page.After is null ? null : MessageKeyset.Parse(page.After),
            page.Before is null ? null : MessageKeyset.Parse(page.Before));
    }

    private static PageRequest DefaultPage(int? first, string? after, int? last, string? before) =>
        PageRequest.Create(first, after, last, before, PageRequest.MaxPageSize, defaultFromEnd: true);
}

/// <summary>One session's page of messages, as the loader batches them.</summary>
public sealed record MessagePageKey(ChatSession Session, MessageWindow Window);
