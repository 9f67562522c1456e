using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Messages;

/// <summary>Paging arguments the messages field refuses: INVALID_INPUT at its path, the rest of the answer intact.</summary>
public sealed class MessagePagingErrorTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string PageBesideMe = """
        query ($agentId: UUID!, $id: UUID!, $first: Int, $after: String, $last: Int, $before: String) {
          me { displayName }
          session(agentId: $agentId, id: $id) {
            title
            messages(first: $first, after: $after, last: $last, before: $before) { nodes { content } }
          }
        }
        """;

    private const string TwoSessions = """
        query ($agentId: UUID!, $broken: UUID!, $fine: UUID!, $cursor: String) {
          broken: session(agentId: $agentId, id: $broken) { messages(first: 2, after: $cursor) { nodes { content } } }
          fine: session(agentId: $agentId, id: $fine) { messages(first: 2) { nodes { content } } }
        }
        """;

    private Task<GraphResponse> PageAsync(int? first = null, string? after = null, int? last = null, string? before = null) =>
        app.Client().As(TestWorld.Permitted).PostAsync(PageBesideMe,
            new { agentId = TestWorld.Atlas, id = TestWorld.PermittedLong, first, after, last, before });

    [Fact]
    public async Task A_negative_first_is_an_input_error_at_the_messages_field_matching_its_snapshot()
    {
        var response = await PageAsync(first: -1);

        Snapshot.Match(response.Snapshot);
    }

    [Theory]
    [InlineData(-1, null, "first and last must not be negative.")]
    [InlineData(null, -1, "first and last must not be negative.")]
    [InlineData(5, 5, "Pass either first or last, not both.")]
    public async Task Bad_page_sizes_are_input_errors_at_the_messages_field(int? first, int? last, string message)
    {
        var response = await PageAsync(first: first, last: last);

        AssertInputErrorAtMessagesBesideMe(response, message);
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public async Task An_undecodable_cursor_is_an_input_error_at_the_messages_field(string argument)
    {
        var response = argument == "after" ? await PageAsync(first: 5, after: "not a cursor!") : await PageAsync(last: 5, before: "not a cursor!");

        AssertInputErrorAtMessagesBesideMe(response, "'not a cursor!' is not a cursor of this connection.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("one-part")]
    [InlineData("not-ticks|10000000-0000-4000-8000-000000000001")]
    [InlineData("638000000000000000|not-a-uuid")]
    [InlineData("1|2|3")]
    public async Task A_cursor_of_the_wrong_shape_is_an_input_error(string decoded)
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var response = await PageAsync(first: 5, after: cursor);

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal(["session", "messages"], response.Errors[0]!["path"]!.AsArray().Select(p => (string)p!));
        Assert.Equal("Pete Permitted", (string?)response.Data!["me"]!["displayName"]);
    }

    [Fact]
    public async Task An_undecodable_cursor_fails_only_its_own_session_not_another_in_the_same_request()
    {
        var response = await app.Client().As(TestWorld.Permitted).PostAsync(TwoSessions,
            new { agentId = TestWorld.Atlas, broken = TestWorld.PermittedLong, fine = TestWorld.PermittedTools, cursor = "not a cursor!" });

        Assert.True(response.Errors.Count == 1, $"Expected one error, got: {response.Body}");
        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal(["broken", "messages"], response.Errors[0]!["path"]!.AsArray().Select(p => (string)p!));
        Assert.Null(response.Data!["broken"]);
        JsonAssert.Equal("""{"messages": {"nodes": [{"content": "Search, please."}, {"content": "{\"name\": \"web_search\", \"args\": {\"q\": \"lisbon\"}, \"status\": \"running\", \"result\": {\"hits\": 3}}"}]}}""",
            response.Data!["fine"]);
    }

    /// <summary>
    /// One INVALID_INPUT error with the given message at session.messages; messages is non-null, so
    /// session is null (the GraphQL rule), while the sibling root field me is answered.
    /// </summary>
    private static void AssertInputErrorAtMessagesBesideMe(GraphResponse response, string message)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Single(response.Errors);
        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal(message, response.ErrorMessage());
        Assert.Equal(["session", "messages"], response.Errors[0]!["path"]!.AsArray().Select(p => (string)p!));
        Assert.Null(response.Data!["session"]);
        Assert.Equal("Pete Permitted", (string?)response.Data!["me"]!["displayName"]);
    }
}
