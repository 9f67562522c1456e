using Clawith.Graph.Data;
using Clawith.Graph.Search;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// On PostgreSQL the pg_trgm index is the README's optional statement: without it search answers the same,
/// costing more; with it (found at start) the same answers cost less.
/// </summary>
public sealed class PostgresSearchIndexTests
{
    [PostgresFact]
    public async Task The_readme_index_is_found_at_start_and_changes_the_cost_not_the_answers()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        await using (var db = await app.NewDbContextAsync())
            await SearchTexts.AddAsync(db);
        var client = app.Client().As(TestWorld.Creator);
        var before = (await client.SearchAsync(SearchTexts.Agent, "Lisbon")).MessageIds();
        Assert.False(app.Services.GetRequiredService<SearchIndex>().Available);

        await PlainSql.ExecuteAsync(app, """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX IF NOT EXISTS ix_chat_messages_search ON chat_messages USING gin (lower(content) gin_trgm_ops)
            """);
        await app.Services.InitializeClawithDatabaseAsync();

        Assert.True(app.Services.GetRequiredService<SearchIndex>().Available);
        Assert.Equal(before, (await client.SearchAsync(SearchTexts.Agent, "Lisbon")).MessageIds());
        var ten = "{ " + string.Concat(Enumerable.Range(0, 10).Select(i =>
            $"s{i}: search(agentId: \"{SearchTexts.Agent}\", text: \"Lisbon\", first: 1) {{ nodes {{ snippet {{ text }} }} }} ")) + "}";
        (await client.PostAsync(ten)).ShouldSucceed();
    }
}
