using System.Net;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Sse;

/// <summary>
/// Queries and mutations over GraphQL over SSE ("distinct connections" mode): POST (or GET, as EventSource
/// sends it) with <c>Accept: text/event-stream</c> answers an event stream with one <c>next</c> carrying the
/// result and one <c>complete</c>, then the response ends. What refuses a request before it runs comes as a
/// <c>next</c> with the errors on the accepted stream, as the protocol asks.
/// </summary>
public sealed class SseOperationTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task A_query_answers_an_event_stream_with_one_next_then_complete_and_the_response_ends()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator, "{ me { username } }");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream; charset=utf-8", stream.Response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", stream.Response.Headers.CacheControl?.ToString());
        Assert.Equal("", await stream.NextCommentAsync());
        var next = await stream.SingleResultAsync();
        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", next.Data);
    }

    [Fact]
    public async Task A_mutation_runs_once_and_answers_its_payload()
    {
        await using var stream = await server.StreamAsync(TestWorld.Creator,
            SseRequests.SendMessage(TestWorld.Atlas, TestWorld.CreatorWeb, "Posted over SSE."));

        var payload = (await stream.SingleResultAsync()).Json.GetProperty("data").GetProperty("sendMessage");

        Assert.Equal("Posted over SSE.", payload.GetProperty("message").GetProperty("content").GetString());
        await using var db = await server.App.NewDbContextAsync();
        Assert.Equal(1, await db.ChatMessages.CountAsync(message => message.Content == "Posted over SSE."));
    }

    [Fact]
    public async Task A_query_over_get_as_eventsource_sends_it_is_answered_and_a_mutation_over_get_is_refused_unrun()
    {
        await using var query = await SseClient.GetAsync(server.Address, server.TokenFor(TestWorld.Creator), "{ me { username } }");
        await using var mutation = await SseClient.GetAsync(server.Address, server.TokenFor(TestWorld.Creator),
            SseRequests.SendMessage(TestWorld.Atlas, TestWorld.CreatorWeb, "Never over GET."));

        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", (await query.SingleResultAsync()).Data);
        var refused = await mutation.SingleResultAsync();
        Assert.Equal("Only queries may be sent over GET; send mutations with POST.", refused.ErrorMessage());
        Assert.False(refused.Json.TryGetProperty("data", out _));
        await using var db = await server.App.NewDbContextAsync();
        Assert.False(await db.ChatMessages.AnyAsync(message => message.Content == "Never over GET."));
    }

    [Theory]
    [InlineData("not json", "INVALID_INPUT")]
    [InlineData("""{"variables": {}}""", "INVALID_INPUT")]
    [InlineData("""{"query": "{ me { usrname } }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query": "{ me { username "}""", "SYNTAX_ERROR")]
    [InlineData("""{"query": "{ a: me { id } b: me { id } c: me { id } }"}""", null)]
    public async Task A_request_refused_before_it_runs_is_answered_on_the_accepted_stream(string body, string? code)
    {
        await using var stream = await SseClient.SendAsync(server.Address, server.TokenFor(TestWorld.Creator), HttpMethod.Post, "/graphql", body);

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        var next = await stream.SingleResultAsync();
        if (code is null)
        {
            Assert.Equal(3, next.Json.GetProperty("data").EnumerateObject().Count());
            return;
        }
        Assert.Equal(code, next.ErrorCode());
        Assert.False(next.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_anonymous_stream_may_ask_for_typename_but_data_fields_are_refused()
    {
        await using var typename = await server.StreamAsync(null, "{ __typename }");
        await using var me = await server.StreamAsync(null, "{ me { username } }");

        Assert.Equal("""{"data":{"__typename":"Query"}}""", (await typename.SingleResultAsync()).Data);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await me.SingleResultAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("application/graphql-response+json, application/json, text/event-stream", "application/graphql-response+json")]
    [InlineData("text/event-stream;q=0.5, application/json", "application/json")]
    [InlineData("text/event-stream, application/json", "text/event-stream")]
    public async Task The_event_stream_is_chosen_only_when_the_client_ranks_it_first(string accept, string mediaType)
    {
        await using var stream = await SseClient.SendAsync(server.Address, server.TokenFor(TestWorld.Creator), HttpMethod.Post, "/graphql",
            JsonSerializer.Serialize(new { query = "{ me { username } }" }), accept);

        Assert.Equal(mediaType, stream.Response.Content.Headers.ContentType?.MediaType);
    }
}
