using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// ARCHITECTURE §6, Clawith's REST module's order of checks: the agent exists, then the caller may use it, then the
/// scope or the session. Each row differs from another only in what an earlier check decides. Rows
/// change nothing: their mutations name a missing agent or session, or are refused.
/// </summary>
public sealed class CheckOrderTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    // Scope ALL: a missing agent beats no access, which beats the scope.
    [InlineData("stranger", "sessions(Missing, ALL)", "NOT_FOUND: Agent not found")]
    [InlineData("stranger", "sessions(Atlas, ALL)", "AUTH_NOT_AUTHORIZED: No access to this agent")]
    [InlineData225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "creator", "sessions(Atlas, ALL)", "AUTH_NOT_AUTHORIZED: Not authorized to view all sessions")]
    [InlineData225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "org_admin", "sessions(Atlas, ALL)", "AUTH_NOT_AUTHORIZED: No access to this agent")]
    // A session: the agent first, then whether the session is under it, then its owner.
    [InlineData("stranger", "session(Missing, CreatorWeb) { messages }", "NOT_FOUND: Agent not found")]
    [InlineData("stranger", "session(Atlas, no such session) { messages }", "AUTH_NOT_AUTHORIZED: No access to this agent")]
    [InlineData("permitted", "session(Atlas, no such session) { messages }", "NOT_FOUND: Session not found")]
    [InlineData("permitted", "session(Atlas, HarborChat) { messages }", "NOT_FOUND: Session not found")]
    [InlineData("permitted", "session(Atlas, CreatorWeb) { messages }", "AUTH_NOT_AUTHORIZED: Not authorized to view this session")]
    [InlineData225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "org_admin", "session(Atlas, AtlasToBeacon) { messages }", "AUTH_NOT_AUTHORIZED: No access to this agent")]
    // Mutations, the same order, answered in the payload.
    [InlineData("stranger", "createSession(Missing)", "NotFoundError: Agent not found")]
    [InlineData("stranger", "deleteSession(Missing, CreatorWeb)", "NotFoundError: Agent not found")]
    [InlineData("stranger", "deleteSession(Atlas, no such session)", "NotAuthorizedError: No access to this agent")]
    [InlineData("permitted", "renameSession(Atlas, no such session)", "NotFoundError: Session not found")]
    [InlineData("permitted", "deleteSession(Atlas, no such session)", "NotFoundError: Session not found")]
    public async Task Each_check_runs_only_after_the_ones_before_it_passed(string caller, string operation, string expected)
    {
        var client = Callers.Named(caller).Connect(app);

        Assert.Equal(expected, await MatrixCell.RunAsync(client, MatrixOperations.Named(operation)));
    }
}
