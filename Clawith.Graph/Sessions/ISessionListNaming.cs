using Clawith.Graph.Data.Entities;
using Clawith.Graph.Participants;
using GraphQL.DataLoader;

namespace Clawith.Graph.Sessions;

/// <summary>
/// How a list names a session and who is on its other side (ARCHITECTURE §7, RULES L8), as the database's
/// generation rules it: the graph's displayName and participantType, and REST's SessionOut in an ALL listing.
/// Asked for without awaiting, so a page's names are one batch per loader.
/// </summary>
public interface ISessionListNaming
{
    /// <summary>What a list shows of <paramref name="session"/> listed under the agent <paramref name="listedUnder"/> (its own, or its peer).</summary>
    IDataLoaderResult<ListedNames> Of(ChatSession session, Guid listedUnder);

    /// <summary>The participant type alone, which needs no name.</summary>
    IDataLoaderResult<ParticipantType> ParticipantTypeOf(ChatSession session);
}

/// <summary>
/// A listed session's names: <paramref name="Name"/> (REST's username), and the other side of an agent-to-agent
/// session as seen from the agent it is listed under.
/// </summary>
public sealed record ListedNames(
    string Name, ParticipantType ParticipantType, bool IsGroup, string? GroupName, Guid? PeerAgentId, string? PeerAgentName);
