using Clawith.Graph.Auth;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Sessions.Mutations;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Messages;

/// <summary>A message names its session, and sendMessage answers the session as the message left it: a cache moves the session without a refetch.</summary>
public sealed class MessageSessionTests
{
    private const string Send = """
        mutation($input: SendMessageInput!) {
          sendMessage(input: $input) {
            message { id createdAt session { id } }
            session { id title lastMessageAt messageCount }
            errors { __typename }
          }
        }
        """;

    [Fact]
    public async Task Send_message_answers_the_session_with_the_message_as_its_latest_and_counted()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Creator).PostAsync(Send,
            new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, content = "Book the tram." } });

        var payload = PayloadAssert.Succeeded(response, "sendMessage");
        var session = payload["session"]!;
        Assert.Equal(TestWorld.CreatorWeb.ToString(), (string?)session["id"]);
        Assert.Equal("Trip planning", (string?)session["title"]);
        Assert.Equal((string?)payload["message"]!["createdAt"], (string?)session["lastMessageAt"]);
        Assert.Equal(3, (int)session["messageCount"]!);
        Assert.Equal(TestWorld.CreatorWeb.ToString(), (string?)payload["message"]!["session"]!["id"]);
    }

    [Fact]
    public async Task A_refused_send_answers_no_session()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).PostAsync(Send,
            new { input = new { agentId = TestWorld.Atlas, sessionId = TestWorld.CreatorWeb, content = "Not mine." } });

        var payload = response.ShouldSucceed().Data!["sendMessage"]!;
        Assert.Null(payload["session"]);
        Assert.Equal("NotAuthorizedError", (string?)payload["errors"]![0]!["__typename"]);
    }

    [Fact225b36fd(Reversals.AccessModes, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task Each_message_names_its_session_also_when_read_under_the_peer_agent()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.PlatformAdmin).PostAsync($$"""
            { session(agentId: "{{TestWorld.Beacon}}", id: "{{TestWorld.AtlasToBeacon}}") {
                messages { nodes { session { id title agent { name } peerAgent { name } } } } } }
            """);

        var sessions = response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]!.AsArray().Select(n => n!["session"]!.ToJsonString()).ToList();
        Assert.Equal(4, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(
            $$$"""{"id":"{{{TestWorld.AtlasToBeacon}}}","title":"Atlas asks Beacon","agent":{"name":"Atlas"},"peerAgent":{"name":"Beacon"}}""", s));
    }

    [Fact]
    public void A_messages_session_is_authorized_as_reading_that_session()
    {
        // Every way to a message reads its session first today; the field holds its own check for the ways that will not (node(id)).
        using var app = new ClawithAppFactory();
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var field = ((IComplexGraphType)schema.AllTypes["ChatMessage"]!).GetField("session")!;

        Assert.Equal([Policies.SessionAccess], field.GetPolicies());
    }
}
