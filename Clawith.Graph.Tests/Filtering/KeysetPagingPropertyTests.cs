using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// Paging is keyset under every order, filtered or not: on a seeded world (<see cref="PagingWorld"/>), pages
/// of random sizes forward with after, then backward with before and last, put together give the whole
/// list (one page of 500) without a row skipped or repeated, and the whole list is in the order the schema
/// describes (<see cref="PagingOracle"/>). The seed is fixed and printed; CLAWITH_PAGING_SEED replays another.
/// </summary>
public sealed class KeysetPagingPropertyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int DefaultSeed = 20261201;
    private readonly ClawithAppFactory _app = new();
    private readonly int _seed = int.TryParse(Environment.GetEnvironmentVariable("CLAWITH_PAGING_SEED"), out var chosen) ? chosen : DefaultSeed;
    private PagingWorld _world = null!;

    public static readonly TheoryData<string> SessionOrders = new()
    {
        "", """[{ "title": "ASC" }]""", """[{ "title": "DESC" }]""", """[{ "sourceChannel": "ASC" }]""", """[{ "sourceChannel": "DESC" }]""",
        """[{ "createdAt": "ASC" }]""", """[{ "createdAt": "DESC" }]""", """[{ "lastMessageAt": "ASC" }]""", """[{ "lastMessageAt": "DESC" }]""",
        """[{ "messageCount": "ASC" }]""", """[{ "messageCount": "DESC" }]""", """[{ "user": { "displayName": "ASC" } }]""",
        """[{ "user": { "displayName": "DESC" } }]""", """[{ "title": "ASC" }, { "messageCount": "DESC" }]""",
        """[{ "user": { "displayName": "DESC" } }, { "lastMessageAt": "ASC" }, { "title": "DESC" }]""",
    };

    public async Task InitializeAsync()
    {
        output.WriteLine($"Paging seed {_seed} (replay with CLAWITH_PAGING_SEED={_seed})");
        await _app.InitializeAsync();
        await using var db = await _app.NewDbContextAsync();
        _world = await PagingWorld.AddAsync(db, new Random(_seed), sessions: 45, messages: 60);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(SessionOrders))]
    public async Task Sessions_page_forward_and_back_in_every_order_without_skipping_or_repeating(string order)
    {
        foreach (var where in new[] { "", """{ "sourceChannel": { "in": ["web", "slack"] } }""" })
        {
            var random = new Random(_seed ^ order.GetHashCode(StringComparison.Ordinal) ^ where.Length);
            var keys = OrderKeys(order);
            var kept = _world.Sessions.Where(s => where.Length == 0 || s.Channel is "web" or "slack");
            var expected = PagingOracle.Sorted(kept, keys);
            var client = _app.Client().As(TestWorld.PlatformAdmin);
            Task<GraphResponse> Page(int? first, string? after, int? last, string? before) =>
                client.SessionsAsync(PagingWorld.Agent, Null(where), Null(order), first: first, after: after, last: last, before: before);

            var whole = (await Page(500, null, null, null)).Ids();
            Assert.True(expected.SequenceEqual(whole), $"seed {_seed}, order {order}, where {where}: the list is not in the order the schema describes");
            await AssertPagesAsync(expected, Page, random, $"seed {_seed}, order {order}, where {where}");
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("""[{ "createdAt": "DESC" }]""", "")]
    [InlineData("", """{ "role": { "eq": "USER" } }""")]
    [InlineData("""[{ "createdAt": "DESC" }]""", """{ "role": { "eq": "USER" }, "content": { "contains": "1" } }""")]
    public async Task Messages_page_forward_and_back_in_both_orders_without_skipping_or_repeating(string order, string where)
    {
        var random = new Random(_seed ^ order.Length ^ where.Length);
        var kept = _world.Messages.Where(m => where.Length == 0 || m.Role == Clawith.Graph.Data.Entities.ChatRole.User && (!where.Contains("contains") || m.Content.Contains('1')));
        var oldestFirst = kept.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id.ToString("D"), StringComparer.Ordinal).Select(m => m.Id);
        var expected = (order.Length == 0 ? oldestFirst : oldestFirst.Reverse()).ToList();
        var client = _app.Client().As(TestWorld.PlatformAdmin);
        Task<GraphResponse> Page(int? first, string? after, int? last, string? before) =>
            client.MessagesAsync(PagingWorld.Agent, PagingWorld.History, Null(where), Null(order), first, after, last, before);

        Assert.Equal(expected, (await Page(500, null, null, null)).Ids());
        await AssertPagesAsync(expected, Page, random, $"seed {_seed}, order {order}, where {where}");
    }

    /// <summary>Forward with after to the end, then back with before to the start, pages of 1 to 7: each page is the next slice.</summary>
    private static async Task AssertPagesAsync(
        List<Guid> expected, Func<int?, string?, int?, string?, Task<GraphResponse>> page, Random random, string context)
    {
        var seen = new List<Guid>();
        string? cursor = null;
        while (true)
        {
            var size = 1 + random.Next(7);
            var connection = (await page(size, cursor, null, null)).Connection();
            var ids = IdsOf(connection);
            Assert.True(expected.Skip(seen.Count).Take(size).SequenceEqual(ids), $"{context}: forward page at {seen.Count} of size {size}");
            seen.AddRange(ids);
            cursor = (string?)connection["pageInfo"]!["endCursor"];
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!)
                break;
        }
        Assert.Equal(expected, seen);

        var back = new List<Guid>();
        cursor = null;
        while (true)
        {
            var size = 1 + random.Next(7);
            var connection = (await page(null, null, size, cursor)).Connection();
            var ids = IdsOf(connection);
            var end = expected.Count - back.Count;
            Assert.True(expected.Skip(Math.Max(0, end - size)).Take(Math.Min(size, end)).SequenceEqual(ids), $"{context}: backward page ending at {end} of size {size}");
            back.InsertRange(0, ids);
            cursor = (string?)connection["pageInfo"]!["startCursor"];
            if (!(bool)connection["pageInfo"]!["hasPreviousPage"]!)
                break;
        }
        Assert.Equal(expected, back);
    }

    private static List<Guid> IdsOf(JsonNode connection) =>
        [.. connection["edges"]!.AsArray().Select(edge => Guid.Parse((string)edge!["node"]!["id"]!))];

    private static List<(string, bool)> OrderKeys(string order) =>
        order.Length == 0 ? [] : [.. JsonNode.Parse(order)!.AsArray().Select(item => Key(item!.AsObject().Single(), ""))];

    private static (string, bool) Key(KeyValuePair<string, JsonNode?> entry, string prefix) =>
        entry.Value is JsonObject nested ? Key(nested.Single(), $"{prefix}{entry.Key}.") : ($"{prefix}{entry.Key}", (string)entry.Value! == "DESC");

    private static string? Null(string text) => text.Length == 0 ? null : text;
}
