using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>
/// The N+1 guard for the routes: the SQL commands of a whole request (authentication included) do not
/// grow with the number of sessions listed or senders named, because names and counts go through the
/// request's batch loaders.
/// </summary>
public sealed class RestSqlRoundTripTests(ITestOutputHelper output)
{
    /// <summary>
    /// 1 the token's user (DatabaseUserValidator, through UserLoader, which keeps the caller), 1 the agent
    /// and its sharing (AgentGrantLoader, which primes AgentLoader with the agent), 1 every session with
    /// its message count, agent, peer agent and owner joined in (SessionListing, which primes
    /// MessageCountLoader, AgentLoader and UserLoader, so naming them costs no query), whatever their number.
    /// </summary>
    private const int ListAllCommands = 3;

    /// <summary>
    /// 1 the token's user, 1 the agent and its sharing, 1 the session (SessionLoader, shared by the
    /// access check and the route), 1 the latest 500 messages with their senders joined in
    /// (MessagePageLoader, which primes ParticipantLoader, so no sender costs a query of its own).
    /// </summary>
    /// <remarks>251aeba8 names an agent sender only when its agent is of the session's tenant (M7): one more, the senders' agents in one batch.</remarks>
    private static readonly int MessagesCommands = TestGeneration.Is251aeba8 ? 5 : 4;

    [Fact]
    public async Task Listing_all_costs_the_same_sql_commands_for_2_sessions_as_for_60()
    {
        var (few, fewListed) = await CountListAllAsync(2);
        var (many, manyListed) = await CountListAllAsync(60);

        output.WriteLine($"SQL commands: {few} for 2 sessions, {many} for 60");
        Assert.Equal(2, fewListed);
        Assert.Equal(60, manyListed);
        Assert.Equal(ListAllCommands, few);
        Assert.Equal(ListAllCommands, many);
    }

    [Fact]
    public async Task Reading_an_agent_to_agent_session_costs_the_same_sql_commands_for_2_senders_as_for_60()
    {
        var (few, fewEntries) = await CountMessagesAsync(2);
        var (many, manyEntries) = await CountMessagesAsync(60);

        output.WriteLine($"SQL commands: {few} for 2 senders, {many} for 60");
        Assert.Equal(2 * 3, fewEntries);   // per sender: its turn, then a reply split into a tool call and text
        Assert.Equal(60 * 3, manyEntries);
        Assert.Equal(MessagesCommands, few);
        Assert.Equal(MessagesCommands, many);
    }

    private static async Task<(int Commands, int Listed)> CountListAllAsync(int sessions)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestBulk.AddListedSessionsAsync(app, sessions);
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var listed = (await client.ListAsync(RestBulk.Agent, "all")).Array();

        var commands = app.Sql.Count;
        Assert.Equal(sessions, listed.Count(s => (string?)s!["username"] is { Length: > 0 }));
        return (commands, listed.Count);
    }

    private static async Task<(int Commands, int Entries)> CountMessagesAsync(int senders)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await RestBulk.AddSendersAsync(app, senders);
        var client = app.Client().As(TestWorld.PlatformAdmin);

        app.Sql.Reset();
        var entries = (await client.MessagesAsync(RestBulk.Agent, RestBulk.Conversation, Latest500)).Array();

        var commands = app.Sql.Count;
        Assert.Equal(Enumerable.Range(0, senders).Select(i => $"Speaker {i}").ToHashSet(), entries.Select(e => (string)e!["sender_name"]!).ToHashSet());
        return (commands, entries.Count);
    }
}
