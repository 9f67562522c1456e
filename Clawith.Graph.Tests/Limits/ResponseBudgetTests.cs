using System.Net;
using System.Text.Json;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// GraphQL:Limits:MaxResponseBytes, set small: the answer is counted as it is built and refused with
/// RESPONSE_TOO_LARGE and no data once past it; the message text read for it counts too; mutations are
/// held to it; the REST routes, which stream one page, are not.
/// </summary>
public sealed class ResponseBudgetTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    /// <summary>A hundred of PermittedLong's messages ("Message 20" …), about 12 KB of answer.</summary>
    private static readonly string HundredMessages = $$"""
        { session(agentId: "{{Atlas}}", id: "{{PermittedLong}}") { messages(first: 100) { nodes { id role content createdAt } } } }
        """;

    [Fact]
    public async Task The_budget_counts_the_answer_s_real_size_an_answer_within_it_is_served_and_one_past_it_is_refused()
    {
        var size = (await app.Client().As(Permitted).PostAsync(HundredMessages)).ShouldSucceed().Bytes.Length;

        await using var roomy = Budget(size * 105 / 100);
        await using var tight = Budget(size * 95 / 100);
        var within = await roomy.As(Permitted).PostAsync(HundredMessages);
        var past = await tight.As(Permitted).PostAsync(HundredMessages);

        Assert.Equal(size, within.ShouldSucceed().Bytes.Length);
        ShouldBeTooLarge(past, $"The answer grew past the response budget of {size * 95 / 100:N0} bytes and was dropped");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task An_answer_past_the_budget_is_200_with_data_null_under_either_media_type(string accept)
    {
        await using var host = Budget(5_000);
        var body = JsonSerializer.Serialize(new { query = HundredMessages });

        var response = await host.As(Permitted).PostRawAsync(body, accept: accept);

        ShouldBeTooLarge(response, "response budget of 5,000 bytes");
    }

    [Fact]
    public async Task Message_text_read_for_pages_the_answer_never_writes_counts_against_the_budget()
    {
        // 45 distinct pages of up to 500 messages each: the answer is a few hundred bytes of pageInfo.
        var pages = string.Concat(Enumerable.Range(0, 45).Select(alias =>
            $" p{alias}: messages(first: {500 - alias}) {{ pageInfo {{ hasNextPage }} }}"));
        var query = $$"""{ session(agentId: "{{Atlas}}", id: "{{PermittedLong}}") { {{pages}} } }""";
        await using var host = Budget(100_000);

        var response = await host.As(Permitted).PostAsync(query);

        ShouldBeTooLarge(response, "The messages this operation reads hold more text than the response budget of 100,000 bytes");
    }

    [Fact]
    public async Task A_mutation_s_answer_is_held_to_the_budget_too()
    {
        await using var fresh = await ClawithAppFactory.CreateAsync();
        await using var host = LimitedHost.Start(fresh, ("GraphQL:Limits:MaxResponseBytes", "2000"));

        var response = await host.As(Creator).SendMessageAsync(Atlas, CreatorWeb, new string('x', 3_000));

        ShouldBeTooLarge(response, "response budget of 2,000 bytes");
    }

    [Fact]
    public async Task The_rest_routes_stream_their_page_and_are_not_held_to_the_budget()
    {
        await using var host = Budget(1_000);

        var response = await host.As(Permitted).RestAsync(HttpMethod.Get, $"/api/agents/{Atlas}/sessions/{PermittedLong}/messages{Rest.RestCalls.Latest500}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(500, response.Json.AsArray().Count);
    }

    private LimitedHost Budget(long bytes) => LimitedHost.Start(app, ("GraphQL:Limits:MaxResponseBytes", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static void ShouldBeTooLarge(GraphResponse response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("RESPONSE_TOO_LARGE", (string?)error["extensions"]?["code"]);
        Assert.Contains(message, (string?)error["message"]);
        Assert.Null(error["path"]);
        Assert.True(response.Json.AsObject().ContainsKey("data") && response.Data is null, response.Body);
        response.ShouldNotLeakInternals();
    }
}
