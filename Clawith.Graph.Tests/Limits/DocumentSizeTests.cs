using Clawith.Graph.Server.Limits;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Limits;

/// <summary>GraphQL:Limits:MaxDocumentLength (default 16,384): characters of query text, checked before it is parsed.</summary>
public sealed class DocumentSizeTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly int MaxLength = new GraphLimitsOptions().MaxDocumentLength;

    [Fact]
    public async Task A_query_exactly_at_the_default_size_runs()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(AgentNameQuery(MaxLength)));

        Assert.Equal("Atlas", (string?)response.ShouldSucceed().Data!["agent"]!["name"]);
        Assert.True(sql > 0, "The query reached the database.");
    }

    [Fact]
    public async Task One_character_more_is_refused_with_document_too_large_before_any_sql()
    {
        var (response, sql) = await app.BeyondAuthenticationAsync(app.Client().As(TestWorld.Creator), c => c.PostAsync(AgentNameQuery(MaxLength + 1)));

        response.ShouldBeRefusedBy("DOCUMENT_TOO_LARGE",
            $"The query is {MaxLength + 1:N0} characters long; the maximum document size is {MaxLength:N0} characters.");
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task Over_get_the_same_limit_applies()
    {
        var response = await app.Client().As(TestWorld.Creator).GetAsync(GetUrl(AgentNameQuery(MaxLength + 1)), accept: GraphQLResponse);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.ErrorCode());
    }

    /// <summary>A query for Atlas's name, padded with spaces to exactly <paramref name="length"/> characters.</summary>
    private static string AgentNameQuery(int length) => $"{{ agent(id: \"{TestWorld.Atlas}\") {{ name }} }}".PadRight(length);
}
