using System.Text.Json.Nodes;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// A session as a row of Clawith's REST module's SessionOut, read from a REST body or from a GraphQL ChatSession.
/// Times become instants and ids the world's names. REST's username is the GraphQL displayName in an
/// ALL listing; a MINE listing (and a new session) leaves it null, as Clawith's REST module does.
/// </summary>
public static class SessionRows
{
    /// <summary>The ChatSession fields a row is read from.</summary>
    public const string GraphFields = """
        id agent { id name } user { id } displayName sourceChannel title createdAt lastMessageAt messageCount
        participantType peerAgentId peerAgentName isGroup groupName
        """;

    public static JsonObject FromRest(JsonNode session) => new()
    {
        ["id"] = Wire.Id(Wire.Field(session, "id")),
        ["agent_id"] = Wire.Id(Wire.Field(session, "agent_id")),
        ["user_id"] = Wire.Id(Wire.Field(session, "user_id")),
        ["username"] = Wire.Field(session, "username"),
        ["source_channel"] = Wire.Field(session, "source_channel"),
        ["title"] = Wire.Field(session, "title"),
        ["created_at"] = Wire.Instant(Wire.Field(session, "created_at")),
        ["last_message_at"] = Wire.Instant(Wire.Field(session, "last_message_at")),
        ["message_count"] = Wire.Field(session, "message_count"),
        ["peer_agent_id"] = Wire.Id(Wire.Field(session, "peer_agent_id")),
        ["peer_agent_name"] = Wire.Field(session, "peer_agent_name"),
        ["participant_type"] = Wire.Field(session, "participant_type"),
        ["is_group"] = Wire.Field(session, "is_group"),
        ["group_name"] = Wire.Field(session, "group_name"),
    };

    /// <param name="named">Whether REST names the session here (an ALL listing) or leaves username null.</param>
    public static JsonObject FromGraph(JsonNode session, bool named) => new()
    {
        ["id"] = Wire.Id(session["id"]),
        ["agent_id"] = Wire.Id(session["agent"]?["id"]),
        ["user_id"] = Wire.Id(session["user"]?["id"]),
        ["username"] = named ? session["displayName"]?.DeepClone() : null,
        ["source_channel"] = session["sourceChannel"]?.DeepClone(),
        ["title"] = session["title"]?.DeepClone(),
        ["created_at"] = Wire.Instant(session["createdAt"]),
        ["last_message_at"] = Wire.Instant(session["lastMessageAt"]),
        ["message_count"] = session["messageCount"]?.DeepClone(),
        ["peer_agent_id"] = Wire.Id(session["peerAgentId"]),
        ["peer_agent_name"] = session["peerAgentName"]?.DeepClone(),
        ["participant_type"] = ((string?)session["participantType"])?.ToLowerInvariant(),
        ["is_group"] = session["isGroup"]?.DeepClone(),
        ["group_name"] = session["groupName"]?.DeepClone(),
    };

    /// <summary>
    /// The row as a 251aeba8 REST listing of <paramref name="listedUnder"/> shows it (RULES L8): an agent-to-agent session
    /// listed under its peer has the session's own agent as its peer. The graph's ChatSession is one node wherever it
    /// is listed (a client's cache keeps one per id), so its peerAgentId stays the session's peer_agent_id.
    /// </summary>
    public static JsonObject SeenFrom(JsonObject row, JsonNode session, Guid listedUnder)
    {
        var agent = session["agent"];
        if ((string?)row["participant_type"] == "agent" && (string?)agent?["id"] != listedUnder.ToString())
        {
            row["peer_agent_id"] = Wire.Id(agent?["id"]);
            row["peer_agent_name"] = string.IsNullOrEmpty((string?)agent?["name"]) ? "Agent" : agent!["name"]!.DeepClone();
        }
        return row;
    }
}
