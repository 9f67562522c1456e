using System.Text.RegularExpressions;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Search;
using SQLitePCL;

namespace Clawith.Graph.Tests.Data;

/// <summary>
/// Row counts (LIMIT, OFFSET) are written into the statement's text, never bound (Sql.Count): SQLite plans with a
/// bound LIMIT's value, so it prepares such a statement again every time the value is bound, and the statements
/// kept per connection would be parsed and planned anew at every request (docs/BENCHMARKS.md, issue 17).
/// </summary>
public sealed partial class RowCountTextTests
{
    [SqliteFact]
    public void Sqlite_prepares_a_statement_again_each_time_its_bound_limit_is_bound_again_and_not_one_with_the_limit_in_its_text()
    {
        Assert.Equal(3, RepreparesOverThreeRuns("SELECT 1 UNION ALL SELECT 2 LIMIT ?1", bindLimit: true));
        Assert.Equal(0, RepreparesOverThreeRuns("SELECT 1 UNION ALL SELECT 2 LIMIT 1", bindLimit: false));
    }

    [Fact]
    public async Task The_listing_a_history_page_and_a_search_send_their_row_counts_as_text()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.Client().As(TestWorld.Creator);

        (await client.PostAsync($$"""{ sessions(agentId: "{{TestWorld.Atlas}}", first: 2) { nodes { id messages(last: 3) { nodes { id } } } } }""")).ShouldSucceed();
        (await client.PostAsync($$"""{ sessions(agentId: "{{TestWorld.Atlas}}", first: 2, order: [{ title: ASC }]) { nodes { id } } }""")).ShouldSucceed();
        (await client.SearchAsync(TestWorld.Atlas, "trip")).ShouldSucceed();
        (await client.SearchAsync(TestWorld.Atlas, "tr")).ShouldSucceed();

        var limited = app.Sql.Commands.Where(sql => LimitOrOffset().IsMatch(sql)).ToList();
        Assert.True(limited.Count >= 4, $"Expected the listings', the page's and the searches' statements, saw {limited.Count}.");
        Assert.DoesNotContain(limited, sql => BoundCount().IsMatch(sql));
    }

    /// <summary>SQLITE_STMTSTATUS_REPREPARE, which SQLitePCLRaw does not name.</summary>
    private const int StatementStatusReprepare = 5;

    private static int RepreparesOverThreeRuns(string sql, bool bindLimit)
    {
        Batteries_V2.Init();
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_open(":memory:", out var db));
        using (db)
        {
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(db, sql, out var statement));
            using (statement)
            {
                for (var run = 0; run < 3; run++)
                {
                    raw.sqlite3_reset(statement);
                    if (bindLimit)
                        raw.sqlite3_bind_int(statement, 1, 1);
                    while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
                    {
                    }
                }
                return raw.sqlite3_stmt_status(statement, StatementStatusReprepare, 0);
            }
        }
    }

    [GeneratedRegex(@"\b(LIMIT|OFFSET)\b")]
    private static partial Regex LimitOrOffset();

    [GeneratedRegex(@"\b(LIMIT|OFFSET)\s+[@$:?]")]
    private static partial Regex BoundCount();
}
