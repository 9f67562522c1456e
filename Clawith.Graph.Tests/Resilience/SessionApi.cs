using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Clawith.Graph.Tests.Sessions.Mutations;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>The two doors to the same sessions: the graph and Clawith's REST module's REST routes.</summary>
public enum Door
{
    GraphQL,
    Rest,
}

/// <summary>
/// A signed-in client's calls on its sessions of one agent — create, rename, delete, read one, list
/// its own — through either door, each judged into an <see cref="Answer"/>.
/// </summary>
public sealed class SessionApi(GraphClient client, Guid agentId)
{
    private const string ReadSession = """
        query Read($agentId: UUID!, $id: UUID!) { session(agentId: $agentId, id: $id) { id title messageCount } }
        """;

    private const string ListMine = """
        query Mine($agentId: UUID!) { sessions(agentId: $agentId, first: 200) { nodes { id title } } }
        """;

    public Task<Answer> CreateAsync(Door door, string title) => door == Door.GraphQL
        ? JudgeAsync(() => client.CreateSessionAsync(new { agentId, title }), response =>
            Payload(response, "createSession") is { } payload && payload["session"] is JsonObject session
                ? Done(response, session) : null)
        : JudgeAsync(() => client.CreateAsync(agentId, new { title }), response =>
            response.Status == HttpStatusCode.Created ? Done(response, response.Json.AsObject()) : null);

    public Task<Answer> RenameAsync(Door door, Guid sessionId, string title) => door == Door.GraphQL
        ? JudgeAsync(() => client.RenameSessionAsync(new { agentId, sessionId, title }), response =>
            Payload(response, "renameSession") is { } payload
                ? payload["session"] is JsonObject session ? Done(response, session) : PayloadNotFound(response, payload)
                : null)
        : JudgeAsync(() => client.RenameAsync(agentId, sessionId, new { title }), response => response.Status switch
        {
            HttpStatusCode.OK => Done(response, response.Json.AsObject()),
            HttpStatusCode.NotFound => Verdict(Ack.NotFound, response),
            _ => null,
        });

    public Task<Answer> DeleteAsync(Door door, Guid sessionId) => door == Door.GraphQL
        ? JudgeAsync(() => client.DeleteSessionAsync(new { agentId, sessionId }), response =>
            Payload(response, "deleteSession") is { } payload
                ? (string?)payload["deletedSessionId"] == sessionId.ToString() ? Verdict(Ack.Done, response) : PayloadNotFound(response, payload)
                : null)
        : JudgeAsync(() => client.DeleteAsync(agentId, sessionId), response => response.Status switch
        {
            HttpStatusCode.NoContent => Verdict(Ack.Done, response),
            HttpStatusCode.NotFound => Verdict(Ack.NotFound, response),
            _ => null,
        });

    /// <summary>One session: its title and message count through the graph, its messages through REST.</summary>
    public Task<Answer> ReadAsync(Door door, Guid sessionId) => door == Door.GraphQL
        ? JudgeAsync(() => client.PostAsync(ReadSession, new { agentId, id = sessionId }), response =>
            response.Status != HttpStatusCode.OK ? null
            : response.Data?["session"] is JsonObject session ? Done(response, session) with { MessageCount = (int?)session["messageCount"] }
            : response.ErrorCode() == "NOT_FOUND" ? Verdict(Ack.NotFound, response)
            : null)
        : JudgeAsync(() => client.MessagesAsync(agentId, sessionId), response => response.Status switch
        {
            HttpStatusCode.OK => Verdict(Ack.Done, response) with { MessageCount = response.Json.AsArray().Count },
            HttpStatusCode.NotFound => Verdict(Ack.NotFound, response),
            _ => null,
        });

    /// <summary>The caller's own sessions of the agent (MINE: those with a message of theirs).</summary>
    public Task<Answer> ListMineAsync(Door door) => door == Door.GraphQL
        ? JudgeAsync(() => client.PostAsync(ListMine, new { agentId }), response =>
            response.Status == HttpStatusCode.OK && response.Errors.Count == 0 && response.Data?["sessions"]?["nodes"] is JsonArray nodes
                ? Listing(response, nodes) : null)
        : JudgeAsync(() => client.ListAsync(agentId, "mine"), response =>
            response.Status == HttpStatusCode.OK ? Listing(response, response.Json.AsArray()) : null);

    /// <summary>Calls, times and judges: busy answers first, then the call's own reading, else Failed.</summary>
    private static async Task<Answer> JudgeAsync(Func<Task<GraphResponse>> call, Func<GraphResponse, Answer?> read)
    {
        var clock = Stopwatch.StartNew();
        var response = await call();
        var latency = clock.Elapsed;
        var answer = Answer.IsBusy(response) ? Verdict(Ack.Busy, response) : Read(read, response) ?? Verdict(Ack.Failed, response);
        return answer with { Latency = latency };
    }

    private static Answer? Read(Func<GraphResponse, Answer?> read, GraphResponse response)
    {
        try
        {
            return read(response);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null; // not the JSON it should be: Failed
        }
    }

    private static JsonObject? Payload(GraphResponse response, string field) =>
        response.Status == HttpStatusCode.OK && response.Errors.Count == 0 ? response.Data?[field] as JsonObject : null;

    private static Answer? PayloadNotFound(GraphResponse response, JsonObject payload) =>
        (string?)payload["errors"]?[0]?["__typename"] == "NotFoundError" ? Verdict(Ack.NotFound, response) : null;

    private static Answer Verdict(Ack ack, GraphResponse response) => new(ack, response, TimeSpan.Zero);

    private static Answer Done(GraphResponse response, JsonObject session) =>
        Verdict(Ack.Done, response) with { Id = Guid.Parse((string)session["id"]!), Title = (string?)session["title"] };

    private static Answer Listing(GraphResponse response, JsonArray sessions) =>
        Verdict(Ack.Done, response) with
        {
            Listed = sessions.Select(s => s!.AsObject()).ToDictionary(s => Guid.Parse((string)s["id"]!), s => (string)s["title"]!),
        };
}
