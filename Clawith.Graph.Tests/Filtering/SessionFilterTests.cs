using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// Every operation of ChatSessionFilterInput on the test world's Atlas, listed with scope ALL (14 sessions;
/// the empty draft stays hidden whatever the filter): what each keeps, and that totalCount counts the same.
/// </summary>
public sealed class SessionFilterTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string[] AllTitles =
    [
        "", "Atlas asks Beacon", "Daily reflection", "Launch", "Long chat", "Misaddressed", "Nameless", "Orphan reply",
        "Same minute", "Tools", "Trip planning", "Undated", "Username only", "Weekly report",
    ];

    [Theory]
    [InlineData("""{ "title": { "contains": "TRIP" } }""", "Trip planning")]
    [InlineData("""{ "title": { "eq": "Trip planning" } }""", "Trip planning")]
    [InlineData("""{ "title": { "eq": "trip planning" } }""")]
    [InlineData("""{ "title": { "startsWith": "u" } }""", "Undated", "Username only")]
    [InlineData("""{ "title": { "endsWith": "CHAT" } }""", "Long chat")]
    [InlineData("""{ "title": { "in": ["Tools", "Launch", "nope"] } }""", "Launch", "Tools")]
    [InlineData("""{ "title": { "ncontains": "A" } }""", "", "Tools", "Weekly report")]
    [InlineData("""{ "title": { "or": [{ "startsWith": "trip" }, { "endsWith": "REPORT" }] } }""", "Trip planning", "Weekly report")]
    [InlineData("""{ "title": { "contains": "i", "endsWith": "ed" } }""", "Misaddressed")]
    [InlineData("""{ "sourceChannel": { "in": ["feishu", "slack"] } }""", "Launch", "Weekly report")]
    [InlineData("""{ "sourceChannel": { "eq": "WEB" } }""")]
    [InlineData("""{ "participantType": { "eq": "GROUP" } }""", "", "Launch")]
    [InlineData("""{ "participantType": { "eq": "AGENT" } }""", "Atlas asks Beacon")]
    [InlineData("""{ "participantType": { "nin": ["USER"] } }""", "", "Atlas asks Beacon", "Launch")]
    [InlineData("""{ "isGroup": { "eq": true } }""", "", "Launch")]
    [InlineData("""{ "lastMessageAt": { "eq": null } }""", "Undated")]
    [InlineData("""{ "lastMessageAt": { "gte": "2026-01-01T09:30:00Z" } }""", "Atlas asks Beacon", "Daily reflection", "Launch", "Trip planning")]
    [InlineData("""{ "lastMessageAt": { "nlt": "2026-01-01T09:30:00Z" } }""", "Atlas asks Beacon", "Daily reflection", "Launch", "Trip planning", "Undated")]
    [InlineData("""{ "lastMessageAt": { "in": [null, "2026-01-01T08:00:00+00:00"] } }""", "Same minute", "Undated", "Weekly report")]
    [InlineData("""{ "createdAt": { "lt": "2026-01-01T02:00:00Z" } }""", "Long chat", "Trip planning")]
    [InlineData("""{ "messageCount": { "gt": 3 } }""", "Atlas asks Beacon", "Long chat", "Tools")]
    [InlineData("""{ "messageCount": { "in": [2, 4] } }""", "Atlas asks Beacon", "Trip planning")]
    [InlineData("""{ "user": { "displayName": { "contains": "pete" } } }""", "Long chat", "Tools", "Undated")]
    [InlineData("""{ "user": { "displayName": { "eq": "" } } }""", "Nameless", "Username only")]
    [InlineData("""{ "or": [{ "title": { "contains": "trip" } }, { "sourceChannel": { "eq": "feishu" } }] }""", "Trip planning", "Weekly report")]
    [InlineData("""{ "and": [{ "sourceChannel": { "eq": "web" } }, { "user": { "displayName": { "startsWith": "carla" } } }] }""",
        "Misaddressed", "Orphan reply", "Same minute", "Trip planning")]
    [InlineData("""{ "sourceChannel": { "eq": "web" }, "messageCount": { "gte": 2 } }""", "Long chat", "Tools", "Trip planning")]
    public async Task A_filter_keeps_exactly_the_matching_sessions_and_counts_them(string where, params string[] expected)
    {
        var listed = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, where, first: 100);

        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Titles().Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, (int)listed.Connection()["totalCount"]!);
    }

    [Theory]
    [InlineData("""{ "title": { "ncontains": "a" } }""", """{ "title": { "contains": "a" } }""")]
    [InlineData("""{ "isGroup": { "neq": true } }""", """{ "isGroup": { "eq": true } }""")]
    [InlineData("""{ "lastMessageAt": { "ngte": "2026-01-01T08:00:00Z" } }""", """{ "lastMessageAt": { "gte": "2026-01-01T08:00:00Z" } }""")]
    [InlineData("""{ "user": { "displayName": { "nstartsWith": "C" } } }""", """{ "user": { "displayName": { "startsWith": "C" } } }""")]
    [InlineData("""{ "participantType": { "neq": "USER" } }""", """{ "participantType": { "eq": "USER" } }""")]
    [InlineData("""{ "messageCount": { "nin": [1] } }""", """{ "messageCount": { "in": [1] } }""")]
    public async Task A_negated_operation_keeps_exactly_what_its_positive_one_leaves(string negated, string positive)
    {
        var client = app.Client().As(PlatformAdmin);
        var without = (await client.SessionsAsync(Atlas, negated, first: 100)).Titles();
        var with = (await client.SessionsAsync(Atlas, positive, first: 100)).Titles();

        Assert.Empty(without.Intersect(with));
        Assert.Equal(AllTitles, without.Concat(with).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{ "and": [] }""")]
    [InlineData("""{ "or": [] }""")]
    [InlineData("""{ "title": null }""")]
    [InlineData("""{ "user": {} }""")]
    public async Task An_empty_or_null_condition_keeps_everything_as_HotChocolate_does(string where)
    {
        var listed = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, where, first: 100);

        Assert.Equal(AllTitles, listed.Titles().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_filter_written_as_literals_keeps_what_the_same_filter_in_variables_keeps()
    {
        var literal = await app.Client().As(PlatformAdmin).PostAsync($$"""
            { sessions(agentId: "{{Atlas}}", scope: ALL, where: { sourceChannel: { in: ["feishu", "slack"] }, user: { displayName: { contains: "CARLA" } } }) {
                nodes { title } } }
            """);

        var titles = literal.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray().Select(n => (string)n!["title"]!).Order();
        Assert.Equal(["Launch", "Weekly report"], titles);
    }
}
