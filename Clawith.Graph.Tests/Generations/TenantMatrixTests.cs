using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Clawith 251aeba8's access rules as a matrix of real requests (RULES A1–A11), on its schema whatever the
/// run's generation: the suite's callers and operations (the 225b36fd matrix's), then two tenants trying
/// every operation on each other's agents and sessions, and a caller with no tenant.
/// </summary>
public sealed class TenantMatrixTests
{
    /// <summary>sendMessage and markSessionRead, beside the matrix's queries and session mutations.</summary>
    private static MatrixOperation Send(string agent, Guid agentId, string session, Guid sessionId) =>
        new($"sendMessage({agent}, {session})",
            $$"""mutation { sendMessage(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}", content: "Across" }) { message { content } errors { __typename ... on Error { message } } } }""",
            "sendMessage", p => $"ok: sent '{p["message"]!["content"]}'", Result: "message");

    private static MatrixOperation MarkRead(string agent, Guid agentId, string session, Guid sessionId) =>
        new($"markSessionRead({agent}, {session})",
            $$"""mutation { markSessionRead(input: { agentId: "{{agentId}}", sessionId: "{{sessionId}}" }) { session { id } errors { __typename ... on Error { message } } } }""",
            "markSessionRead", p => "ok: marked read", Result: "session");

    /// <summary>Every operation on this tenant's agents and sessions (the 225b36fd matrix's), sending and marking read first.</summary>
    private static IReadOnlyList<MatrixOperation> OnThisTenant { get; } =
    [
        .. MatrixOperations.Queries,
        Send("Atlas", TestWorld.Atlas, "CreatorWeb", TestWorld.CreatorWeb),
        MarkRead("Atlas", TestWorld.Atlas, "CreatorWeb", TestWorld.CreatorWeb),
        .. MatrixOperations.Mutations,
    ];

    /// <summary>The same on the other tenant's agent Drift and its member's chat.</summary>
    private static IReadOnlyList<MatrixOperation> OnOtherTenant { get; } =
    [
        new("agent(Drift)", $$"""{ agent(id: "{{HeadWorld.Drift}}") { name } }""", "agent", a => $"ok: {a["name"]}"),
        new("sessions(Drift, ALL)", $$"""{ sessions(agentId: "{{HeadWorld.Drift}}", scope: ALL) { totalCount } }""", "sessions", c => $"ok: {c["totalCount"]}"),
        new("session(Drift, DriftChat) { messages }", $$"""{ session(agentId: "{{HeadWorld.Drift}}", id: "{{HeadWorld.DriftChat}}") { title messages { totalCount } } }""",
            "session", s => $"ok: {s["title"]}"),
        Send("Drift", HeadWorld.Drift, "DriftChat", HeadWorld.DriftChat),
        MarkRead("Drift", HeadWorld.Drift, "DriftChat", HeadWorld.DriftChat),
        new("createSession(Drift)", $$"""mutation { createSession(input: { agentId: "{{HeadWorld.Drift}}" }) { session { id } errors { __typename ... on Error { message } } } }""",
            "createSession", p => "ok: created", Result: "session"),
        new("renameSession(Drift, DriftChat)",
            $$"""mutation { renameSession(input: { agentId: "{{HeadWorld.Drift}}", sessionId: "{{HeadWorld.DriftChat}}", title: "Renamed" }) { session { title } errors { __typename ... on Error { message } } } }""",
            "renameSession", p => "ok: renamed", Result: "session"),
        new("deleteSession(Drift, DriftChat)",
            $$"""mutation { deleteSession(input: { agentId: "{{HeadWorld.Drift}}", sessionId: "{{HeadWorld.DriftChat}}" }) { deletedSessionId errors { __typename ... on Error { message } } } }""",
            "deleteSession", p => "ok: deleted", Result: "deletedSessionId"),
    ];

    [Fact]
    [Rule("A1", "A6", "A7", "A8", "A10")]
    public async Task Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation()
    {
        var matrix = new Dictionary<string, Dictionary<string, string>>();
        foreach (var caller in Callers.All)
        {
            await using var app = await HeadWorld.CreateAsync();
            var client = caller.Connect(app);
            var row = matrix[caller.Name] = [];
            foreach (var operation in OnThisTenant)
                row[operation.Name] = await MatrixCell.RunAsync(client, operation);
        }

        Snapshot.Match(matrix);
    }

    [Fact]
    [Rule("A3", "A4", "A11")]
    public async Task Two_tenants_reach_nothing_of_each_other_and_a_caller_without_a_tenant_nothing_at_all()
    {
        Caller[] callers =
        [
            new("other_tenant_platform_admin", app => app.Client().As(HeadWorld.OtherAdmin)),
            new("other_tenant_member", app => app.Client().As(HeadWorld.OtherMember)),
            new("no_tenant_platform_admin", app => app.Client().As(HeadWorld.Tenantless)),
            Callers.PlatformAdmin,
            Callers.Creator,
        ];
        var matrix = new Dictionary<string, Dictionary<string, string>>();
        foreach (var caller in callers)
        {
            await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
            var client = caller.Connect(app);
            var row = matrix[caller.Name] = [];
            foreach (var operation in OnThisTenant.Concat(OnOtherTenant))
                row[operation.Name] = await MatrixCell.RunAsync(client, operation);
        }

        Snapshot.Match(matrix);
    }
}
