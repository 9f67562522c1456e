using System.Buffers.Text;
using System.Text.Json;
using Clawith.Graph.Filtering;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// A cursor belongs to the list it was made for: it carries the values of that list's order, and handed
/// back with another filter or order (or to the plain list, or from it) it is INVALID_INPUT, never read as a
/// place in a list it does not belong to. The same filter spelled another way is the same list.
/// </summary>
public sealed class FilterCursorTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string ByTitle = """[{ "title": "ASC" }]""";
    private const string Web = """{ "sourceChannel": { "eq": "web" } }""";

    [Fact]
    public async Task A_cursor_carries_the_values_of_the_order_it_was_made_for()
    {
        var page = (await Admin().SessionsAsync(Atlas, Web, ByTitle, first: 2)).Connection();
        var edge = page["edges"]![1]!;

        var parts = JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars((string)edge["cursor"]!))!;

        // The list's fingerprint, then title, and the default order's keys that break ties: lastMessageAt, createdAt, id.
        Assert.Equal(5, parts.Length);
        Assert.Equal((string)edge["node"]!["title"]!, parts[1]);
        Assert.Equal((string)edge["node"]!["id"]!, parts[4]);
    }

    [Theory]
    [InlineData(Web, ByTitle, Web, """[{ "title": "DESC" }]""")]
    [InlineData(Web, ByTitle, """{ "sourceChannel": { "eq": "feishu" } }""", ByTitle)]
    [InlineData(Web, ByTitle, null, ByTitle)]
    [InlineData(Web, ByTitle, null, null)]
    [InlineData(null, null, Web, null)]
    [InlineData(null, null, null, ByTitle)]
    [InlineData(null, ByTitle, null, """[{ "title": "ASC" }, { "messageCount": "DESC" }]""")]
    public async Task A_cursor_used_with_another_filter_or_order_is_invalid_input(string? madeWhere, string? madeOrder, string? usedWhere, string? usedOrder)
    {
        var cursor = (string)(await Admin().SessionsAsync(Atlas, madeWhere, madeOrder, first: 2)).Connection()["pageInfo"]!["endCursor"]!;

        foreach (var (after, before) in new[] { (cursor, (string?)null), (null, cursor) })
        {
            var response = await Admin().SessionsAsync(Atlas, usedWhere, usedOrder, first: after is null ? null : 2, after: after,
                last: before is null ? null : 2, before: before);

            Assert.Equal("INVALID_INPUT", response.ErrorCode());
            Assert.Equal(ListCursor.MadeForAnother, response.ErrorMessage());
        }
    }

    [Fact]
    public async Task A_message_cursor_of_the_newest_first_history_is_refused_oldest_first()
    {
        var cursor = (string)(await Admin().MessagesAsync(Atlas, PermittedLong, order: """[{ "createdAt": "DESC" }]""", first: 3))
            .Connection()["pageInfo"]!["endCursor"]!;

        var response = await Admin().MessagesAsync(Atlas, PermittedLong, first: 3, after: cursor);

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal(ListCursor.MadeForAnother, response.ErrorMessage());
    }

    [Fact]
    public async Task The_same_filter_and_order_written_as_literals_takes_the_cursor_of_its_variables()
    {
        var first = (await Admin().SessionsAsync(Atlas, Web, ByTitle, first: 2)).Connection();
        var cursor = (string)first["pageInfo"]!["endCursor"]!;
        var literal = $$"""
            { sessions(agentId: "{{Atlas}}", scope: ALL, where: { sourceChannel: { eq: "web" } }, order: [{ title: ASC }], first: 2, after: "{{cursor}}") {
                nodes { title } } }
            """;

        var next = await Admin().PostAsync(literal);
        var rest = (await Admin().SessionsAsync(Atlas, Web, ByTitle, first: 2, after: cursor)).Titles();

        Assert.Equal(rest, next.ShouldSucceed().Data!["sessions"]!["nodes"]!.AsArray().Select(n => (string)n!["title"]!));
    }

    private GraphClient Admin() => app.Client().As(PlatformAdmin);
}
