using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// Every operation the access rules guard, on agents and sessions chosen so each rule decides a cell:
/// Atlas (creator, user rows), Harbor (company row), Beacon (AgentAdmin's, peer of AtlasToBeacon), a
/// missing agent; sessions owned by Creator, Permitted and CompanyMember. Queries come first, then
/// mutations, deletes that must find nothing before deletes that succeed, so no cell depends on
/// another's change within one world.
/// </summary>
public static class MatrixOperations
{
    private const string PayloadErrors = "errors { __typename ... on Error { message } }";
    private static readonly Guid NoSuchSession = Guid.Parse("c0000000-0000-4000-8000-000000000999");

    public static IReadOnlyList<MatrixOperation> Queries { get; } =
    [
        new("me", "{ me { displayName role } }", "me", me => $"ok: {me["displayName"]} ({me["role"]})"),
        Agent("Atlas", TestWorld.Atlas),
        Agent("Harbor", TestWorld.Harbor),
        Agent("Beacon", TestWorld.Beacon),
        Agent("Missing", TestWorld.Missing),
        Sessions("Atlas", TestWorld.Atlas, "MINE"),
        Sessions("Atlas", TestWorld.Atlas, "ALL"),
        Sessions("Harbor", TestWorld.Harbor, "MINE"),
        Sessions("Harbor", TestWorld.Harbor, "ALL"),
        Sessions("Missing", TestWorld.Missing, "MINE"),
        Sessions("Missing", TestWorld.Missing, "ALL"),
        new("session(Atlas, CreatorWeb)", Session(TestWorld.Atlas, TestWorld.CreatorWeb, "title"), "session", s => $"ok: {s["title"]}"),
        SessionMessages("Atlas", TestWorld.Atlas, "CreatorWeb", TestWorld.CreatorWeb),
        SessionMessages("Atlas", TestWorld.Atlas, "PermittedTools", TestWorld.PermittedTools),
        SessionMessages("Harbor", TestWorld.Harbor, "HarborChat", TestWorld.HarborChat),
        SessionMessages("Atlas", TestWorld.Atlas, "HarborChat", TestWorld.HarborChat),
        SessionMessages("Harbor", TestWorld.Harbor, "no such session", NoSuchSession),
        SessionMessages("Atlas", TestWorld.Atlas, "no such session", NoSuchSession),
        SessionMessages("Missing", TestWorld.Missing, "CreatorWeb", TestWorld.CreatorWeb),
        SessionMessages("Atlas", TestWorld.Atlas, "AtlasToBeacon", TestWorld.AtlasToBeacon),
        SessionMessages("Beacon", TestWorld.Beacon, "AtlasToBeacon", TestWorld.AtlasToBeacon),
        AgentSessions("Atlas", TestWorld.Atlas, "MINE"),
        AgentSessions("Atlas", TestWorld.Atlas, "ALL"),
        AgentSessions("Harbor", TestWorld.Harbor, "ALL"),
        new("session(Beacon, AtlasToBeacon) { agent { sessions(ALL) } }",
            Session(TestWorld.Beacon, TestWorld.AtlasToBeacon, "agent { name sessions(scope: ALL) { totalCount } }"), "session",
            s => $"ok: {s["agent"]!["name"]}, {Count(s["agent"]!["sessions"]!["totalCount"], "session")}"),
    ];

    public static IReadOnlyList<MatrixOperation> Mutations { get; } =
    [
        Create("Atlas", TestWorld.Atlas),
        Create("Harbor", TestWorld.Harbor),
        Create("Missing", TestWorld.Missing),
        Rename("Atlas", TestWorld.Atlas, "CreatorWeb", TestWorld.CreatorWeb),
        Rename("Atlas", TestWorld.Atlas, "PermittedTools", TestWorld.PermittedTools),
        Rename("Harbor", TestWorld.Harbor, "HarborChat", TestWorld.HarborChat),
        Rename("Atlas", TestWorld.Atlas, "HarborChat", TestWorld.HarborChat),
        Rename("Beacon", TestWorld.Beacon, "AtlasToBeacon", TestWorld.AtlasToBeacon),
        Rename("Atlas", TestWorld.Atlas, "no such session", NoSuchSession),
        Delete("Missing", TestWorld.Missing, "CreatorWeb", TestWorld.CreatorWeb),
        Delete("Atlas", TestWorld.Atlas, "no such session", NoSuchSession),
        Delete("Atlas", TestWorld.Atlas, "HarborChat", TestWorld.HarborChat),
        Delete("Beacon", TestWorld.Beacon, "AtlasToBeacon", TestWorld.AtlasToBeacon),
        Delete("Atlas", TestWorld.Atlas, "CreatorWeb", TestWorld.CreatorWeb),
        Delete("Atlas", TestWorld.Atlas, "PermittedTools", TestWorld.PermittedTools),
        Delete("Harbor", TestWorld.Harbor, "HarborChat", TestWorld.HarborChat),
    ];

    public static IReadOnlyList<MatrixOperation> All { get; } = [.. Queries, .. Mutations];

    public static MatrixOperation Named(string name) => All.Single(o => o.Name == name);

    private static MatrixOperation Agent(string name, Guid id) =>
        new($"agent({name})", $$"""{ agent(id: "{{id}}") { name } }""", "agent", a => $"ok: {a["name"]}");

    private static MatrixOperation Sessions(string name, Guid agentId, string scope) =>
        new($"sessions({name}, {scope})", $$"""{ sessions(agentId: "{{agentId}}", scope: {{scope}}) { totalCount } }""", "sessions",
            c => $"ok: {Count(c["totalCount"], "session")}");

    private static MatrixOperation AgentSessions(string name, Guid agentId, string scope) =>
        new($"agent({name}) {{ sessions({scope}) }}", $$"""{ agent(id: "{{agentId}}") { name sessions(scope: {{scope}}) { totalCount } } }""", "agent",
            a => $"ok: {a["name"]}, {Count(a["sessions"]!["totalCount"], "session")}");

    private static MatrixOperation SessionMessages(string agent, Guid agentId, string session, Guid sessionId) =>
        new($"session({agent}, {session}) {{ messages }}", Session(agentId, sessionId, "title messages { totalCount }"), "session",
            s => $"ok: {s["title"]}, {Count(s["messages"]!["totalCount"], "message")}");

    private static string Session(Guid agentId, Guid id, string selection) =>
        $$"""{ session(agentId: "{{agentId}}", id: "{{id}}") { {{selection}} } }""";

    private static MatrixOperation Create(string agent, Guid agentId) =>
        new($"createSession({agent})",
            $$"""mutation { createSession(input: { agentId: "{{agentId}}", title: "Matrix" }) { session { title sourceChannel user { displayName } agent { name } } {{PayloadErrors}} } }""",
            "createSession",
            p => $"ok: '{p["session"]!["title"]}' ({p["session"]!["sourceChannel"]}) of {p["session"]!["user"]!["displayName"]} with {p["session"]!["agent"]!["name"]}",
            Result: "session");

    private static MatrixOperation Rename(string agent, Guid agentId, string session, Guid sessionId) =>
        new($"renameSession({agent}, {session})",
            $$"""mutation { renameSession(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}", title: "Renamed" }) { session { id title } {{PayloadErrors}} } }""",
            "renameSession",
            p => Same(p["session"]!["id"], sessionId, $"ok: renamed '{p["session"]!["title"]}'"),
            Result: "session");

    private static MatrixOperation Delete(string agent, Guid agentId, string session, Guid sessionId) =>
        new($"deleteSession({agent}, {session})",
            $$"""mutation { deleteSession(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}" }) { deletedSessionId {{PayloadErrors}} } }""",
            "deleteSession",
            p => Same(p["deletedSessionId"], sessionId, "ok: deleted"),
            Result: "deletedSessionId");

    private static string Same(JsonNode? id, Guid expected, string summary) =>
        (string?)id == expected.ToString() ? summary : $"{summary} (but id {id})";

    private static string Count(JsonNode? count, string noun) => (int?)count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
