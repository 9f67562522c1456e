using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Issue 15's attack on a real server process: one request of 45 aliases, each a page of the session's
/// 200 long messages, passes every other limit. Whether the aliases ask for the same page (rows loaded
/// once, written 45 times) or for 45 different pages (45 sets of rows loaded in one batch), the answer
/// is RESPONSE_TOO_LARGE with no data, and the server's private memory stays under 1 GiB.
/// </summary>
public sealed class ResponseBudgetAttackTests(AttackWorld world, ITestOutputHelper output) : IClassFixture<AttackWorld>
{
    private const int Aliases = 45;
    private const long MemoryBound = 1L << 30;
    /// <summary>More than any refusal: the attack's answer was 801 MB.</summary>
    private const int KeptBytes = 1 << 20;

    [Fact]
    public Task Forty_five_aliases_of_the_same_page_end_in_response_too_large_within_1_GiB() =>
        AttackAsync(alias => AttackWorld.Messages);

    [Fact]
    public Task Forty_five_aliases_of_distinct_page_sizes_end_in_response_too_large_within_1_GiB() =>
        AttackAsync(alias => AttackWorld.Messages - alias);

    private async Task AttackAsync(Func<int, int> pageSize)
    {
        await using var server = await ServerProcess.StartAsync(world.App);
        using var http = server.As(AttackWorld.Member);
        var clock = Stopwatch.StartNew();

        Answer answer;
        long peak;
        using (var memory = new PrivateMemorySampler(server.Id))
        {
            answer = await PostAsync(http, Query(pageSize));
            peak = memory.Stop();
            output.WriteLine($"{answer.Status} after {clock.Elapsed.TotalSeconds:F1} s, {answer.Length:N0} bytes; " +
                $"private memory {memory.Before >> 20} MiB before, peak {peak >> 20} MiB");
        }

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var body = answer.Json ?? throw new Xunit.Sdk.XunitException($"An answer of {answer.Length:N0} bytes is no refusal.");
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("RESPONSE_TOO_LARGE", (string?)error["extensions"]?["code"]);
        Assert.True(body.AsObject().ContainsKey("data") && body["data"] is null, answer.Text);
        Assert.True(peak < MemoryBound, $"The server's private memory peaked at {peak >> 20} MiB.");
        // And the server goes on serving.
        var after = await PostAsync(http, "{ me { id } }");
        Assert.Equal(AttackWorld.Member.ToString(), (string?)after.Json?["data"]?["me"]?["id"]);
    }

    private string Query(Func<int, int> pageSize) =>
        "{" + string.Concat(Enumerable.Range(0, Aliases).Select(alias =>
            $" a{alias}: session(agentId: \"{AttackWorld.Agent}\", id: \"{world.Session}\") {{ messages(first: {pageSize(alias)}) {{ nodes {{ content }} }} }}")) + " }";

    /// <summary>Posts the query and reads the answer without holding more than its first MiB.</summary>
    private static async Task<Answer> PostAsync(HttpClient http, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var kept = new MemoryStream();
        var buffer = new byte[81_920];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            if (kept.Length < KeptBytes)
                kept.Write(buffer, 0, read);
            length += read;
        }
        return new Answer(response.StatusCode, length, length <= KeptBytes ? Encoding.UTF8.GetString(kept.ToArray()) : null);
    }

    private sealed record Answer(HttpStatusCode Status, long Length, string? Text)
    {
        public JsonNode? Json => Text is null ? null : JsonNode.Parse(Text);
    }
}
