using System.Text.Json;

namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>A session as a sidebar shows it, and the listing's order (last message first, idle ones last).</summary>
public sealed record SidebarRow(string Id, string Title, int MessageCount, DateTimeOffset? LastMessageAt, DateTimeOffset CreatedAt)
{
    /// <summary>The fields a sidebar asks for, in a query and in its subscription alike.</summary>
    public const string Fields = "id title messageCount lastMessageAt createdAt";

    public static SidebarRow From(JsonElement session) => new(
        session.GetProperty("id").GetString()!,
        session.GetProperty("title").GetString()!,
        session.GetProperty("messageCount").GetInt32(),
        session.GetProperty("lastMessageAt").ValueKind == JsonValueKind.Null ? null : session.GetProperty("lastMessageAt").GetDateTimeOffset(),
        session.GetProperty("createdAt").GetDateTimeOffset());

    /// <summary>sessions' documented order: last_message_at descending with nulls last, then created_at descending, then id.</summary>
    public static readonly Comparer<SidebarRow> ListingOrder = Comparer<SidebarRow>.Create((a, b) =>
    {
        if ((a.LastMessageAt is null) != (b.LastMessageAt is null))
            return a.LastMessageAt is null ? 1 : -1;
        var order = Nullable.Compare(b.LastMessageAt, a.LastMessageAt);
        if (order == 0)
            order = b.CreatedAt.CompareTo(a.CreatedAt);
        return order != 0 ? order : string.CompareOrdinal(b.Id, a.Id);
    });

    public override string ToString() => $"{Id[..8]} '{Title}' {MessageCount} msgs, last {LastMessageAt:HH:mm:ss.ffffff}";
}
