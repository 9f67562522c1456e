using System.Text;
using System.Text.Json.Nodes;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// The same filters and orders give the same lists on SQLite and PostgreSQL: two apps side by side, one
/// on each database, seeded alike (the test world and <see cref="UnicodeTitles"/>), asked the same
/// questions, in one page and in pages of 4. And the folding rule itself: every code point lowercased by
/// PostgreSQL's lower() as by <see cref="TextFolding"/>, SQLite's function. Runs where a PostgreSQL server
/// is given (CLAWITH_TEST_POSTGRES), as CI's PostgreSQL run does.
/// </summary>
public sealed class DatabaseAgreementTests(ITestOutputHelper output)
{
    private static readonly (Guid Agent, string? Where, string? Order)[] SessionCases =
    [
        .. new[]
        {
            """{ "title": { "contains": "über" } }""", """{ "title": { "contains": "ÜBER" } }""", """{ "title": { "eq": "über" } }""",
            """{ "title": { "in": ["ÜBER UNS", "über"] } }""", """{ "title": { "nin": ["über"] } }""", """{ "title": { "neq": "Über alles" } }""",
            """{ "title": { "contains": "αθηνα" } }""", """{ "title": { "contains": "ΑΘΉΝΑ" } }""", """{ "title": { "startsWith": "istanbul" } }""",
            """{ "title": { "endsWith": "5k" } }""", """{ "title": { "contains": "东京" } }""", """{ "title": { "contains": "東京 TRIP" } }""",
            """{ "title": { "contains": "ß" } }""", """{ "title": { "contains": "ǅ" } }""", """{ "title": { "contains": "🎉" } }""",
            """{ "title": { "contains": "%" } }""", """{ "title": { "contains": "e_c" } }""", """{ "title": { "endsWith": "\\slash" } }""",
            """{ "title": { "ncontains": "E" } }""", """{ "title": { "nstartsWith": "ü" } }""", """{ "title": { "nendsWith": "TRIP" } }""",
            """{ "title": { "startsWith": "" } }""",
        }.Select(where => (UnicodeTitles.Agent, (string?)where, (string?)null)),
        (UnicodeTitles.Agent, null, """[{ "title": "ASC" }]"""),
        (UnicodeTitles.Agent, null, """[{ "title": "DESC" }]"""),
        (UnicodeTitles.Agent, """{ "title": { "contains": "TRIP" } }""", """[{ "title": "ASC" }, { "createdAt": "DESC" }]"""),
        (Atlas, null, null),
        (Atlas, """{ "or": [{ "title": { "contains": "trip" } }, { "sourceChannel": { "eq": "feishu" } }] }""", null),
        (Atlas, """{ "participantType": { "in": ["GROUP", "AGENT"] }, "isGroup": { "neq": false } }""", null),
        (Atlas, """{ "lastMessageAt": { "gte": "2026-01-01T09:30:00Z" } }""", """[{ "lastMessageAt": "ASC" }]"""),
        (Atlas, """{ "lastMessageAt": { "in": [null, "2026-01-01T08:00:00+00:00"] } }""", null),
        (Atlas, """{ "createdAt": { "lt": "2026-01-01T02:00:00Z" } }""", """[{ "createdAt": "ASC" }]"""),
        (Atlas, """{ "messageCount": { "gt": 1 } }""", """[{ "messageCount": "DESC" }]"""),
        (Atlas, """{ "user": { "displayName": { "contains": "PETE" } } }""", """[{ "user": { "displayName": "ASC" } }]"""),
        (Atlas, null, """[{ "user": { "displayName": "DESC" } }, { "sourceChannel": "ASC" }]"""),
        (Atlas, null, """[{ "title": "ASC" }]"""),
    ];

    private static readonly (Guid Session, string? Where, string? Order)[] MessageCases =
    [
        (PermittedLong, null, null),
        (PermittedLong, """{ "role": { "eq": "ASSISTANT" } }""", """[{ "createdAt": "DESC" }]"""),
        (PermittedLong, """{ "content": { "contains": "1" }, "role": { "nin": ["SYSTEM"] } }""", null),
        (PermittedLong, """{ "createdAt": { "gte": "2026-01-01T01:00:00Z" } }""", """[{ "createdAt": "DESC" }]"""),
        (CreatorWeb, """{ "sender": { "displayName": { "startsWith": "carla" } } }""", null),
        (CreatorWeb, """{ "or": [{ "sender": { "displayName": { "eq": null } } }, { "role": { "eq": "USER" } }] }""", null),
        (UnicodeTitles.SessionId(1), """{ "content": { "contains": "über uns" } }""", null),
        (UnicodeTitles.SessionId(11), """{ "content": { "contains": "東京 TRIP" } }""", null),
    ];

    [PostgresFact]
    public async Task Every_filter_and_order_lists_the_same_sessions_and_messages_on_both_databases()
    {
        await using var sqlite = await StartAsync(new SqliteTestDatabase());
        await using var postgres = await StartAsync(new PostgresTestDatabase(TestDatabase.PostgresServer!));

        foreach (var (agent, where, order) in SessionCases)
        {
            var context = $"sessions of {agent}, where {where}, order {order}";
            async Task<string> Listed(ClawithAppFactory app, int? size) =>
                await WholeListAsync(size, (first, after) => app.Client().As(PlatformAdmin).SessionsAsync(agent, where, order, first: first, after: after));
            var onSqlite = await Listed(sqlite, null);
            Assert.Equal(onSqlite, await Listed(postgres, null));
            Assert.Equal(onSqlite, await Listed(postgres, 4));
            output.WriteLine($"{context}: {onSqlite}");
        }
        foreach (var (session, where, order) in MessageCases)
        {
            var agent = session == UnicodeTitles.SessionId(1) || session == UnicodeTitles.SessionId(11) ? UnicodeTitles.Agent : Atlas;
            async Task<string> Listed(ClawithAppFactory app, int? size) =>
                await WholeListAsync(size, (first, after) => app.Client().As(PlatformAdmin).MessagesAsync(agent, session, where, order, first: first, after: after));
            var onSqlite = await Listed(sqlite, 500);
            Assert.Equal(onSqlite, await Listed(postgres, 500));
            Assert.Equal(onSqlite, await Listed(postgres, 7));
        }
    }

    [PostgresFact]
    public async Task PostgreSQLs_lower_folds_every_code_point_as_the_SQLite_function_does()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT cp, lower(chr(cp)) FROM generate_series(1, 1114111) AS cp WHERE cp NOT BETWEEN 55296 AND 57343 AND lower(chr(cp)) <> chr(cp)", connection);
        var byPostgres = new Dictionary<int, string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                byPostgres[reader.GetInt32(0)] = reader.GetString(1);

        var differences = new StringBuilder();
        for (var cp = 1; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
                continue;
            var text = char.ConvertFromUtf32(cp);
            var folded = TextFolding.Fold(text);
            var lowered = byPostgres.GetValueOrDefault(cp, text);
            if (folded != lowered)
                differences.Append($"U+{cp:X4}: SQLite {Hex(folded)}, PostgreSQL {Hex(lowered)}; ");
        }
        output.WriteLine($"{byPostgres.Count} code points lowered by PostgreSQL; differences: {differences}");
        Assert.Equal("", differences.ToString());
    }

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));

    /// <summary>Every item of a list, one page (<paramref name="size"/> null: 500) or page after page, a line each, with the total.</summary>
    private static async Task<string> WholeListAsync(int? size, Func<int, string?, Task<GraphResponse>> page)
    {
        var lines = new StringBuilder();
        string? after = null;
        while (true)
        {
            var connection = (await page(size ?? 500, after)).Connection();
            foreach (var edge in connection["edges"]!.AsArray())
                lines.Append(Label(edge!["node"]!)).Append('\n');
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!)
                return lines.Append("total ").Append((int)connection["totalCount"]!).ToString();
            after = (string)connection["pageInfo"]!["endCursor"]!;
        }
    }

    /// <summary>A session by its id (the seeds fix them) and title; a message by its role and content (its id is drawn anew in each database).</summary>
    private static string Label(JsonNode node) =>
        node["title"] is { } title ? $"{(string)node["id"]!} {(string)title!}" : $"{(string)node["role"]!} {(string)node["content"]!}";

    private static async Task<ClawithAppFactory> StartAsync(TestDatabase database)
    {
        var app = ClawithAppFactory.On(database);
        await app.InitializeAsync();
        await using var db = await app.NewDbContextAsync();
        await UnicodeTitles.AddAsync(db);
        return app;
    }
}
