using Clawith.Graph.Tests.Agreement;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Messages.Sending;

/// <summary>
/// sendMessage's refusals, in Clawith's REST module's order (agent, agent access, the session under the agent, its
/// owner) and its content rule: each answered in the payload, each storing nothing. The world is shared,
/// as none of them may change it.
/// </summary>
public sealed class RefusedSendMessageTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    // caller, agent, session, content, expected "Type: message"
    [InlineData("Stranger", "Atlas", "CreatorWeb", "Hi", "NotAuthorizedError: No access to this agent")]
    [InlineData("Creator", "Missing", "CreatorWeb", "Hi", "NotFoundError: Agent not found")]
    [InlineData("Creator", "Atlas", "HarborChat", "Hi", "NotFoundError: Session not found")]
    [InlineData225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation), "PlatformAdmin", "Beacon", "AtlasToBeacon", "Hi", "NotFoundError: Session not found")]
    [InlineData("Permitted", "Atlas", "CreatorWeb", "Hi", "NotAuthorizedError: Not authorized")]
    [InlineData("PlatformAdmin", "Atlas", "CreatorWeb", "Hi", "NotAuthorizedError: Not authorized")]
    [InlineData("OrgAdmin", "Harbor", "HarborChat", "Hi", "NotAuthorizedError: Not authorized")]
    [InlineData("AgentAdmin", "Harbor", "HarborChat", "Hi", "NotAuthorizedError: Not authorized")]
    [InlineData("Creator", "Atlas", "CreatorWeb", " \t\n ", "ValidationError: The content must not be empty.")]
    [InlineData("Creator", "Atlas", "CreatorWeb", "", "ValidationError: The content must not be empty.")]
    [InlineData("Creator", "Atlas", "CreatorWeb", "nul\0inside", "ValidationError: The content must not contain NUL characters or unpaired surrogates.")]
    // Checked in order: a blank message to someone else's session is refused for the session first.
    [InlineData("Permitted", "Atlas", "CreatorWeb", "", "NotAuthorizedError: Not authorized")]
    public async Task A_refused_message_says_why_in_the_payload_and_stores_nothing(
        string caller, string agent, string session, string content, string expected)
    {
        var before = await StoredMessages.PerConversationAsync(app);

        var response = await app.Client().As(WorldIds.Of(caller)).SendMessageAsync(WorldIds.Of(agent), WorldIds.Of(session), content);

        var error = PayloadFailed(response);
        Assert.Equal(expected, $"{error["__typename"]}: {error["message"]}");
        if ((string?)error["__typename"] == "ValidationError")
            Assert.Equal("content", (string?)error["field"]);
        Assert.Equal(before, await StoredMessages.PerConversationAsync(app));
    }

    [Fact]
    public async Task A_message_of_100001_characters_is_a_validation_error_on_content()
    {
        var response = await app.Client().As(TestWorld.Creator).SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, new string('x', 100_001));

        var error = PayloadFailed(response);
        Assert.Equal("The content must be at most 100000 characters.", (string?)error["message"]);
        Assert.Equal("content", (string?)error["field"]);
    }

    [Fact]
    public async Task Content_with_half_a_surrogate_pair_is_a_validation_error_on_content()
    {
        // In a GraphQL literal, whose escapes the parser decodes: JSON readers refuse a lone half in variables.
        var response = await app.Client().As(TestWorld.Creator).PostAsync($$"""
            mutation { sendMessage(input: {agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.CreatorWeb}}", content: "half \ud83d here"}) {
              message { id } errors { __typename ... on Error { message } ... on ValidationError { field } } } }
            """);

        var error = PayloadFailed(response);
        Assert.Equal("The content must not contain NUL characters or unpaired surrogates.", (string?)error["message"]);
        Assert.Equal("content", (string?)error["field"]);
    }

    [Fact]
    public async Task An_anonymous_message_is_a_top_level_not_authenticated_error()
    {
        var response = await app.Client().SendMessageAsync(TestWorld.Atlas, TestWorld.CreatorWeb, "Hi");

        Assert.Null(response.Data);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
        Assert.Equal("sendMessage", (string?)Assert.Single(response.Errors)!["path"]![0]);
    }

    [Fact]
    public async Task A_malformed_session_id_is_an_input_error()
    {
        var response = await app.Client().As(TestWorld.Creator).PostAsync(SendMessageCalls.SendMessage,
            new { input = new { agentId = TestWorld.Atlas, sessionId = "c0000000-0000-4000-8000-00000000000Z", content = "Hi" } });

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Null(response.Data?["sendMessage"]);
    }

    private static System.Text.Json.Nodes.JsonNode PayloadFailed(GraphResponse response)
    {
        var payload = response.ShouldSucceed().Data![SendMessageCalls.Mutation]!;
        Assert.Null(payload["message"]);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }
}
