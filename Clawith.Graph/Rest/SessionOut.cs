using System.Text.Json.Serialization;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Participants;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Rest;

/// <summary>
/// Clawith's REST module's SessionOut, field for field (snake_case on the wire); on a 251aeba8 database also Clawith's
/// current unread_count and is_primary (RULES L9), which are left out, not null, on 225b36fd (<see cref="ISessionOutFields"/>).
/// </summary>
public sealed record SessionOut(
    Guid Id,
    Guid AgentId,
    Guid UserId,
    string? Username,
    string SourceChannel,
    string Title,
    string CreatedAt,
    string? LastMessageAt,
    int MessageCount,
    Guid? PeerAgentId,
    string? PeerAgentName,
    string ParticipantType,
    bool IsGroup,
    string? GroupName)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? UnreadCount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsPrimary { get; init; }

    /// <summary>A MINE listing's entry (or a new session's): Clawith's REST module leaves the names and group fields at their defaults.</summary>
    public static SessionOut Own(ChatSession session, int messageCount) =>
        new(session.Id, session.AgentId, session.UserId, null, session.SourceChannel, session.Title,
            RestTimestamps.IsoFormat(session.CreatedAt), RestTimestamps.IsoFormat(session.LastMessageAt), messageCount,
            null, null, Label(Participants.ParticipantType.User), false, null);

    /// <summary>An ALL listing's entry, named as a list shows it under its agent (<see cref="ISessionListNaming"/>).</summary>
    public static SessionOut Listed(ChatSession session, int messageCount, ListedNames names) =>
        new(session.Id, session.AgentId, session.UserId, names.Name, session.SourceChannel, session.Title,
            RestTimestamps.IsoFormat(session.CreatedAt), RestTimestamps.IsoFormat(session.LastMessageAt), messageCount,
            names.PeerAgentId, names.PeerAgentName, Label(names.ParticipantType), names.IsGroup, names.GroupName);

    private static string Label(ParticipantType type) => type.ToString().ToLowerInvariant();
}

/// <summary>Clawith's REST module's answer to a rename.</summary>
public sealed record RenamedSessionOut(Guid Id, string Title);

/// <summary>Clawith's REST module's CreateSessionIn: the title is optional.</summary>
public sealed record CreateSessionIn(string? Title);

/// <summary>Clawith's REST module's PatchSessionIn: the title is required.</summary>
public sealed record PatchSessionIn(string? Title);
