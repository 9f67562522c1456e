using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// What each object of <see cref="NodeTargets"/> reads as for one caller through its type's own root
/// fields, as node(id) must read it: "ok: Type", or "CODE: message".
/// An Agent: <c>agent(id)</c>. A ChatSession: <c>session(agentId, id)</c> under its agent, or under its peer
/// when that one admits the caller; refused by both, the refusal of the first whose agent admitted the
/// caller, else its agent's. A ChatMessage: its session's reading. A User: seen if the graph showed them to
/// the caller (me, an agent's creator, a readable session's owner, a sender there), else as an id of nothing.
/// </summary>
public static class OwnFieldReadings
{
    public const string NothingCell = "NOT_FOUND: Node not found";

    public static async Task<IReadOnlyDictionary<Guid, string>> ReadAsync(
        GraphClient client, IReadOnlyList<NodeTarget> targets, IReadOnlyDictionary<Guid, Guid> userParticipants)
    {
        var cells = new Dictionary<Guid, string>();
        var seen = new HashSet<Guid>();
        var me = await client.PostAsync("{ me { id } }");
        var unseenUser = Cell(me, "me") is var meCell && meCell.StartsWith("ok", StringComparison.Ordinal) ? NothingCell : meCell;
        if (me.Data?["me"] is { } self)
            seen.Add(Id(self));

        foreach (var agent in targets.Where(t => t.TypeName == "Agent"))
        {
            var response = await client.PostAsync($$"""{ agent(id: "{{agent.Id}}") { id creator { id } } }""");
            cells[agent.Id] = Cell(response, "agent");
            if (response.Data?["agent"]?["creator"] is { } creator)
                seen.Add(Id(creator));
        }
        foreach (var session in targets.Where(t => t.TypeName == "ChatSession"))
        {
            var own = await SessionAsync(client, session.AgentId!.Value, session.Id);
            var peer = session.PeerAgentId is { } peerId ? await SessionAsync(client, peerId, session.Id) : null;
            var read = new[] { own, peer }.FirstOrDefault(r => r?.Data?["session"] is not null);
            cells[session.Id] = read is not null ? Cell(read, "session")
                : IsAgentRefusal(Cell(own, "session")) && peer is not null && !IsAgentRefusal(Cell(peer, "session")) ? Cell(peer, "session")
                : Cell(own, "session");
            if (read?.Data?["session"] is not { } shown)
                continue;
            if (shown["user"] is { } owner)
                seen.Add(Id(owner));
            foreach (var message in shown["messages"]!["nodes"]!.AsArray())
                if (message!["sender"] is { } sender && userParticipants.TryGetValue(Id(sender), out var user))
                    seen.Add(user);
        }
        foreach (var message in targets.Where(t => t.TypeName == "ChatMessage"))
            cells[message.Id] = cells[message.SessionId!.Value] is var session && session == "ok: ChatSession" ? "ok: ChatMessage" : session;
        foreach (var user in targets.Where(t => t.TypeName == "User"))
            cells[user.Id] = seen.Contains(user.Id) ? "ok: User" : unseenUser;
        return cells;
    }

    /// <summary>"ok: Type" for an answered field, else its first error as "CODE: message".</summary>
    public static string Cell(GraphResponse response, string field, int? index = null)
    {
        var value = index is { } i ? response.Data?[field]?[i] : response.Data?[field];
        if (value is not null)
            return $"ok: {value["__typename"] ?? TypeOf(field)}";
        var error = response.Errors.FirstOrDefault(e => Path(e!) == (index is null ? field : $"{field}.{index}"))
            ?? response.Errors.FirstOrDefault(e => Path(e!) == field)
            ?? response.Errors.FirstOrDefault();
        return error is null ? "null without an error" : $"{error["extensions"]?["code"]}: {error["message"]}";
    }

    private static Task<GraphResponse> SessionAsync(GraphClient client, Guid agentId, Guid sessionId) =>
        client.PostAsync($$"""{ session(agentId: "{{agentId}}", id: "{{sessionId}}") { id user { id } messages { nodes { id sender { id } } } } }""");

    private static bool IsAgentRefusal(string cell) => cell is "AUTH_NOT_AUTHORIZED: No access to this agent" or "NOT_FOUND: Agent not found";

    private static string Path(JsonNode error) => string.Join('.', error["path"]?.AsArray().Select(p => p!.ToString()) ?? []);

    private static string TypeOf(string field) => field switch { "agent" => "Agent", "session" => "ChatSession", _ => "User" };

    private static Guid Id(JsonNode node) => Guid.Parse((string)node["id"]!);
}
