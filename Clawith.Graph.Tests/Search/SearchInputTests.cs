using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;

namespace Clawith.Graph.Tests.Search;

/// <summary>Every bad input is a coded error before any search runs; the field's refusals are those of sessions(agentId, scope).</summary>
public sealed class SearchInputTests(SearchTexts.App world) : IClassFixture<SearchTexts.App>
{
    private readonly GraphClient _creator = world.Factory.Client().As(TestWorld.Creator);

    [Theory]
    [InlineData("", "The text must not be empty.")]
    [InlineData("   ", "The text must not be empty.")]
    [InlineData("a\0b", "The text must not contain NUL characters or unpaired surrogates.")]
    public async Task A_text_that_is_empty_or_not_storable_is_invalid_input(string text, string message)
    {
        var response = await _creator.SearchAsync(SearchTexts.Agent, text);

        Assert.Equal(("INVALID_INPUT", message), (response.ErrorCode(), response.ErrorMessage()));
        Assert.Null(response.Data!["search"]);
    }

    [Fact]
    public async Task A_text_over_200_characters_is_invalid_input_and_200_chinese_characters_are_fine()
    {
        var tooLong = await _creator.SearchAsync(SearchTexts.Agent, new string('x', 201));
        Assert.Equal(("INVALID_INPUT", "The text must be at most 200 characters."), (tooLong.ErrorCode(), tooLong.ErrorMessage()));

        (await _creator.SearchAsync(SearchTexts.Agent, string.Concat(Enumerable.Repeat("北", 200)))).ShouldSucceed();
    }

    [Theory]
    [InlineData(101, "first must be at most 100.")]
    [InlineData(-1, "first and last must not be negative.")]
    public async Task A_page_size_outside_0_to_100_is_invalid_input(int first, string message)
    {
        var response = await _creator.SearchAsync(SearchTexts.Agent, "Lisbon", first: first);

        Assert.Equal(("INVALID_INPUT", message), (response.ErrorCode(), response.ErrorMessage()));
    }

    [Fact]
    public async Task A_cursor_that_is_not_a_search_cursor_is_invalid_input()
    {
        var messages = await _creator.PostAsync("""
            query($agentId: UUID!, $id: UUID!) { session(agentId: $agentId, id: $id) { messages(first: 1) { pageInfo { endCursor } } } }
            """, new { agentId = SearchTexts.Agent, id = SearchTexts.Web });
        var messageCursor = (string)messages.ShouldSucceed().Data!["session"]!["messages"]!["pageInfo"]!["endCursor"]!;

        foreach (var cursor in new[] { "garbage", messageCursor })
        {
            var response = await _creator.SearchAsync(SearchTexts.Agent, "Lisbon", after: cursor);
            Assert.Equal(("INVALID_INPUT", $"'{cursor}' is not a cursor of this connection."), (response.ErrorCode(), response.ErrorMessage()));
        }
    }

    [Fact]
    public async Task An_agent_id_that_is_not_a_uuid_is_invalid_input()
    {
        var response = await _creator.PostAsync("""{ search(agentId: "not-a-uuid", text: "Lisbon") { nodes { snippet { text } } } }""");

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
    }

    [Theory]
    [InlineData("Stranger", "MINE", "AUTH_NOT_AUTHORIZED", "No access to this agent")]
    // A member the agent is shared with: 251aeba8 lets its creator view all (A10), so the refused one is not the creator.
    [InlineData("Permitted", "ALL", "AUTH_NOT_AUTHORIZED", "Not authorized to view all sessions")]
    [InlineData("Missing", "MINE", "NOT_FOUND", "Agent not found")]
    public async Task Search_is_refused_as_the_sessions_listing_is(string who, string scope, string code, string message)
    {
        var (caller, agent) = who switch
        {
            "Stranger" => (TestWorld.Stranger, TestWorld.Atlas),
            "Missing" => (TestWorld.Creator, TestWorld.Missing),
            _ => (TestWorld.Permitted, TestWorld.Atlas),
        };
        var response = await world.Factory.Client().As(caller).SearchAsync(agent, "Lisbon", scope);

        Assert.Equal((code, message), (response.ErrorCode(), response.ErrorMessage()));
        Assert.Null(response.Data!["search"]);
    }

    [Fact]
    public async Task An_anonymous_search_is_refused_as_not_authenticated()
    {
        var response = await world.Factory.Client().SearchAsync(SearchTexts.Agent, "Lisbon");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
    }

    [Fact]
    public async Task Ten_searches_fit_in_a_request_and_an_eleventh_exceeds_the_cost_limit()
    {
        static string Aliases(int n) => "{ " + string.Concat(Enumerable.Range(0, n).Select(i =>
            $"s{i}: search(agentId: \"{SearchTexts.Agent}\", text: \"Lisbon\", first: 1) {{ nodes {{ snippet {{ text }} }} }} ")) + "}";

        (await _creator.PostAsync(Aliases(TestDatabase.Provider == Clawith.Graph.Data.DatabaseProvider.Sqlite ? 10 : 2))).ShouldSucceed();
        var refused = await _creator.PostAsync(Aliases(TestDatabase.Provider == Clawith.Graph.Data.DatabaseProvider.Sqlite ? 11 : 3));

        Assert.Equal("MAX_COST_EXCEEDED", refused.ErrorCode());
    }

    [Fact]
    public async Task The_hits_text_is_charged_to_the_response_budget()
    {
        await using var host = LimitedHost.Start(world.Factory, ("GraphQL:Limits:MaxResponseBytes", "200"));

        var response = await host.As(TestWorld.Creator).SearchAsync(SearchTexts.Agent, "filler");

        Assert.Equal("RESPONSE_TOO_LARGE", response.ErrorCode());
        Assert.StartsWith("The messages this operation reads hold more text than the response budget", response.ErrorMessage());
    }
}
