using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>The session lists' paging arguments: empty and oversized pages, and the values that are input errors.</summary>
public sealed class SessionPagingArgumentTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact]
    public async Task First_zero_gives_an_empty_page()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", first: 0);

        var connection = response.ShouldSucceed().Data!["sessions"]!;
        Assert.Empty(SessionLists.Ids(connection));
        Assert.Null((string?)connection["pageInfo"]!["startCursor"]);
        Assert.Null((string?)connection["pageInfo"]!["endCursor"]);
        Assert.True((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(14, (int)connection["totalCount"]!);
    }

    [Fact]
    public async Task First_above_the_whole_list_is_not_an_error()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", first: 100_000);

        Assert.Equal(SessionLists.AtlasAll, response.SessionIds());
        Assert.False((bool)response.Data!["sessions"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task A_negative_first_is_invalid_input()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", first: -1);

        Snapshot.Match(response.Snapshot);
        Assert.Null(response.Data!["sessions"]);
        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal("first and last must not be negative.", response.ErrorMessage());
    }

    public static TheoryData<string, string> UndecodableCursors => new()
    {
        { "abc", "'abc' is not a cursor of this connection." },
        { "%%%", "'%%%' is not a cursor of this connection." },
        { Base64Url("just some text"), $"'{Base64Url("just some text")}' is not a cursor of this connection." },
        { Base64Url("junk|junk|junk"), "The cursor is malformed." },
        { Base64Url("638000000000000000|638000000000000000|not-a-uuid"), "The cursor is malformed." },
    };

    [Theory]
    [MemberData(nameof(UndecodableCursors))]
    public async Task An_undecodable_cursor_is_invalid_input_with_the_field_null(string cursor, string message)
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "ALL", after: cursor);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data!["sessions"]);
        Assert.Single(response.Errors);
        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal(message, response.ErrorMessage());
        Assert.Equal("sessions", (string?)response.Errors[0]!["path"]![0]);
    }

    [Fact]
    public async Task An_undecodable_cursor_on_agent_sessions_nulls_the_agent()
    {
        var response = await app.Client().As(PlatformAdmin).PostAsync(
            """query($id: UUID!) { agent(id: $id) { name sessions(scope: ALL, after: "abc") { totalCount } } }""", new { id = Atlas });

        Assert.Null(response.Data!["agent"]);
        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        Assert.Equal("'abc' is not a cursor of this connection.", response.ErrorMessage());
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
