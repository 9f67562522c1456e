using Clawith.Graph.Data;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// SQLite's search index is kept by triggers, so whoever writes the file (Clawith's own SQLite here: a plain
/// connection, without this server's functions) is found; a file made before search gets the index at start.
/// </summary>
public sealed class SqliteSearchIndexTests
{
    [SqliteFact]
    public async Task Messages_inserted_updated_and_deleted_by_plain_sql_are_found_as_they_now_are()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);
        var id = Guid.NewGuid();

        await PlainSql.ExecuteAsync(app, PlainSql.MessageInsert(id, TestWorld.Atlas, TestWorld.Creator, TestWorld.CreatorWeb, "Über Zanzibar heute", TestWorld.T0.AddDays(50)));
        Assert.Equal([id], (await client.SearchAsync(TestWorld.Atlas, "zanzibar")).MessageIds());

        await PlainSql.ExecuteAsync(app, $"UPDATE chat_messages SET content = 'Nach Mombasa' WHERE id = '{id}'");
        Assert.Empty((await client.SearchAsync(TestWorld.Atlas, "zanzibar")).MessageIds());
        Assert.Equal([id], (await client.SearchAsync(TestWorld.Atlas, "MOMBASA")).MessageIds());

        await PlainSql.ExecuteAsync(app, $"DELETE FROM chat_messages WHERE id = '{id}'");
        Assert.Empty((await client.SearchAsync(TestWorld.Atlas, "mombasa")).MessageIds());
    }

    /// <summary>
    /// The index is keyed by chat_messages' rowid, which SQLite's documentation allows VACUUM to renumber in a table
    /// without an INTEGER PRIMARY KEY (chat_messages' key is its text id). The SQLite this server bundles keeps them:
    /// this holds it to that, on a file with gaps before the message searched for (README: Search).
    /// </summary>
    [SqliteFact]
    public async Task After_deletions_and_a_vacuum_the_index_still_finds_what_the_messages_hold()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var gone = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in gone)
            await PlainSql.ExecuteAsync(app, PlainSql.MessageInsert(id, TestWorld.Atlas, TestWorld.Creator, TestWorld.CreatorWeb, "Soon deleted", TestWorld.T0.AddDays(49)));
        var kept = Guid.NewGuid();
        await PlainSql.ExecuteAsync(app, PlainSql.MessageInsert(kept, TestWorld.Atlas, TestWorld.Creator, TestWorld.CreatorWeb, "Kept in Zanzibar", TestWorld.T0.AddDays(50)));
        await PlainSql.ExecuteAsync(app, $"DELETE FROM chat_messages WHERE id IN ({string.Join(", ", gone.Select(id => $"'{id}'"))})");

        await PlainSql.ExecuteAsync(app, "VACUUM");

        var client = app.Client().As(TestWorld.Creator);
        Assert.Equal([kept], (await client.SearchAsync(TestWorld.Atlas, "zanzibar")).MessageIds());
        Assert.Empty((await client.SearchAsync(TestWorld.Atlas, "soon deleted")).MessageIds());
    }

    [SqliteFact]
    public async Task A_database_without_the_index_gets_it_at_start_with_the_messages_already_there()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await PlainSql.ExecuteAsync(app, """
            DROP TRIGGER chat_messages_search_insert; DROP TRIGGER chat_messages_search_delete; DROP TRIGGER chat_messages_search_update;
            DROP TABLE chat_messages_search;
            """);
        await PlainSql.ExecuteAsync(app, PlainSql.MessageInsert(Guid.NewGuid(), TestWorld.Atlas, TestWorld.Creator, TestWorld.CreatorWeb, "Written before the index", TestWorld.T0.AddDays(50)));

        await app.Services.InitializeClawithDatabaseAsync();

        var found = await app.Client().As(TestWorld.Creator).SearchAsync(TestWorld.Atlas, "before the index");
        Assert.Equal(["Written before the index"], found.Contents());
        Assert.Contains(app.Sql.Commands, sql => sql.Contains("chat_messages_search\"(", StringComparison.Ordinal));
    }
}
