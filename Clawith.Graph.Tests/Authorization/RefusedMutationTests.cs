using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>A refused mutation says why and changes nothing in the database. Each test runs in a fresh world.</summary>
public sealed class RefusedMutationTests
{
    private const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED: Authentication required: send a valid bearer token.";

    [Theory]
    [InlineData("permitted", "renameSession(Atlas, CreatorWeb)", "NotAuthorizedError: Not authorized")]
    [InlineData("permitted", "deleteSession(Atlas, CreatorWeb)", "NotAuthorizedError: Not authorized")]
    [InlineData("creator", "deleteSession(Harbor, HarborChat)", "NotAuthorizedError: Not authorized")]
    [InlineData("stranger_claiming_platform_admin", "deleteSession(Harbor, HarborChat)", "NotAuthorizedError: Not authorized")]
    [InlineData("stranger", "createSession(Atlas)", "NotAuthorizedError: No access to this agent")]
    [InlineData225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "org_admin", "deleteSession(Atlas, CreatorWeb)", "NotAuthorizedError: No access to this agent")]
    [InlineData("agent_admin", "deleteSession(Beacon, AtlasToBeacon)", "NotFoundError: Session not found")]
    [InlineData("platform_admin", "deleteSession(Atlas, HarborChat)", "NotFoundError: Session not found")]
    [InlineData("platform_admin", "deleteSession(Missing, CreatorWeb)", "NotFoundError: Agent not found")]
    [InlineData("anonymous", "deleteSession(Atlas, CreatorWeb)", NotAuthenticated)]
    [InlineData("expired", "renameSession(Atlas, CreatorWeb)", NotAuthenticated)]
    [InlineData("forged", "deleteSession(Atlas, CreatorWeb)", NotAuthenticated)]
    [InlineData("inactive", "createSession(Atlas)", NotAuthenticated)]
    [InlineData("ghost", "createSession(Harbor)", NotAuthenticated)]
    public async Task A_refused_mutation_changes_nothing_in_the_database(string caller, string operation, string expected)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var before = await DatabaseState.OfSessionsAsync(app);

        var cell = await MatrixCell.RunAsync(Callers.Named(caller).Connect(app), MatrixOperations.Named(operation));

        Assert.Equal(expected, cell);
        Assert.Equal(before, await DatabaseState.OfSessionsAsync(app));
    }

    [Fact]
    public async Task A_refused_mutation_answers_in_its_payload_with_no_session_and_no_top_level_error()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).PostAsync(MatrixOperations.Named("renameSession(Atlas, CreatorWeb)").Document);

        response.ShouldSucceed();
        Assert.Null(response.Data!["renameSession"]!["session"]);
        Snapshot.Match(response.Snapshot);
        await using var db = await app.NewDbContextAsync();
        Assert.Equal("Trip planning", (await db.ChatSessions.FindAsync(TestWorld.CreatorWeb))!.Title);
    }

    [Fact]
    public async Task An_unauthenticated_mutation_is_a_top_level_error_and_its_non_null_payload_nulls_data()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().PostAsync(MatrixOperations.Named("deleteSession(Atlas, CreatorWeb)").Document);

        Assert.Null(response.Data);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
        Assert.Equal("deleteSession", (string?)Assert.Single(response.Errors)!["path"]![0]);
        Snapshot.Match(response.Snapshot);
        await using var db = await app.NewDbContextAsync();
        Assert.NotNull(await db.ChatSessions.FindAsync(TestWorld.CreatorWeb));
    }
}
