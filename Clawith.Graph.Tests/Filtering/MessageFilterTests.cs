using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// ChatMessageFilterInput and ChatMessageSortInput on the test world's sessions: Permitted's tool session
/// (a user message, four tool calls, an assistant reply, a minute apart from 05:00) and Atlas asking
/// Beacon (a message from Atlas, two from Beacon, one with no recorded sender).
/// </summary>
public sealed class MessageFilterTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("""{ "role": { "in": ["USER", "ASSISTANT"] } }""", 1, 6)]
    [InlineData("""{ "role": { "eq": "TOOL_CALL" } }""", 2, 3, 4, 5)]
    [InlineData("""{ "role": { "neq": "TOOL_CALL" } }""", 1, 6)]
    [InlineData("""{ "role": { "eq": "OTHER" } }""")]
    [InlineData("""{ "content": { "contains": "WEB_SEARCH" } }""", 2, 6)]
    [InlineData("""{ "content": { "startsWith": "{" } }""", 2, 3, 4)]
    [InlineData("""{ "createdAt": { "gte": "2026-01-01T05:03:00Z" } }""", 4, 5, 6)]
    [InlineData("""{ "or": [{ "role": { "eq": "USER" } }, { "content": { "endsWith": "STAYS TEXT." } }] }""", 1, 6)]
    public async Task A_filter_keeps_exactly_the_matching_messages_oldest_first_and_counts_them(string where, params int[] expected)
    {
        var page = await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, PermittedTools, where);

        Assert.Equal(expected.Select(n => MessageId(PermittedTools, n)), page.Ids());
        Assert.Equal(expected.Length, (int)page.Connection()["totalCount"]!);
    }

    [Theory]
    [InlineData("""{ "sender": { "displayName": { "eq": "Beacon" } } }""", 2, 4)]
    [InlineData("""{ "sender": { "displayName": { "eq": null } } }""", 3)]
    [InlineData("""{ "sender": { "displayName": { "neq": "Beacon" } } }""", 1, 3)]
    public async Task A_filter_on_the_senders_name_reads_the_participant_and_a_missing_sender_as_missing(string where, params int[] expected)
    {
        var page = await app.Client().As(PlatformAdmin).MessagesAsync(Atlas, AtlasToBeacon, where);

        Assert.Equal(expected.Select(n => MessageId(AtlasToBeacon, n)), page.Ids());
    }

    [Fact]
    public async Task Newest_first_turns_the_history_round_and_pages_on_from_the_newest()
    {
        var client = app.Client().As(PlatformAdmin);
        var order = """[{ "createdAt": "DESC" }]""";

        var first = await client.MessagesAsync(Atlas, PermittedTools, order: order, first: 2);
        var next = await client.MessagesAsync(Atlas, PermittedTools, order: order, first: 2, after: (string?)first.Connection()["pageInfo"]!["endCursor"]);
        var last = await client.MessagesAsync(Atlas, PermittedTools, order: order, last: 2);

        Assert.Equal([MessageId(PermittedTools, 6), MessageId(PermittedTools, 5)], first.Ids());
        Assert.Equal([MessageId(PermittedTools, 4), MessageId(PermittedTools, 3)], next.Ids());
        Assert.Equal([MessageId(PermittedTools, 2), MessageId(PermittedTools, 1)], last.Ids());
        Assert.Equal(6, (int)first.Connection()["totalCount"]!);
    }

    [Fact]
    public async Task Filtered_pages_of_many_sessions_each_keep_their_own_matches()
    {
        var response = await app.Client().As(PlatformAdmin).PostAsync($$"""
            { sessions(agentId: "{{Atlas}}", scope: ALL, where: { title: { in: ["Tools", "Trip planning"] } }) {
                nodes { title messages(where: { role: { eq: ASSISTANT } }) { totalCount nodes { content } } } } }
            """);

        var sessions = response.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray()
            .ToDictionary(s => (string)s!["title"]!, s => s!["messages"]!["nodes"]!.AsArray().Select(m => (string)m!["content"]!).ToList());
        Assert.Equal(["Alfama first, then Belém."], sessions["Trip planning"]);
        Assert.Equal(["```tool_code\nweb_search\n```\nNot an agent session: stays text."], sessions["Tools"]);
    }
}
