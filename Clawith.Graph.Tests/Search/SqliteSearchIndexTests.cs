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
