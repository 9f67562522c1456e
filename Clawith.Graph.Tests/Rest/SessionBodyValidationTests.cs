using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Bodies POST and PATCH refuse with FastAPI's 422, changing nothing.</summary>
public sealed class SessionBodyValidationTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly string TooLong = new('x', 201);

    /// <summary>Bodies both routes refuse: bad titles, bad JSON, JSON that is not an object, and bodies that are not JSON.</summary>
    public static TheoryData<string, string> RefusedBodies => new()
    {
        { $$"""{"title": "{{TooLong}}"}""", "application/json" },
        { $$"""{"title": "  {{TooLong}}  "}""", "application/json" }, // 201 characters once trimmed
        { """{"title": ""}""", "application/json" },
        { """{"title": "   "}""", "application/json" },
        { """{"title": 5}""", "application/json" },
        { """{"title": true}""", "application/json" },
        { """{"title": ["a"]}""", "application/json" },
        { """{"title": {"text": "a"}}""", "application/json" },
        { """{"title": "unclosed""", "application/json" },
        { "{", "application/json" },
        { "[]", "application/json" },
        { "\"a title\"", "application/json" },
        { "42", "application/json" },
        { "null", "application/json" },
        { """{"title": "Plain"}""", "text/plain" },
        { "title=Form", "application/x-www-form-urlencoded" },
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task Create_refuses_a_bad_body_with_422_and_stores_nothing(string body, string contentType)
    {
        var before = await StoredSessions.CountAsync(app);

        var response = await app.Client().As(Permitted).SendRawAsync(HttpMethod.Post, SessionsPath(Atlas), body, contentType);

        AssertUnprocessable(response);
        Assert.Equal(before, await StoredSessions.CountAsync(app));
    }

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    [InlineData("", "application/json")]            // no body: the title is required
    [InlineData("{}", "application/json")]
    [InlineData("""{"title": null}""", "application/json")]
    [InlineData("""{"Title": "Wrong case"}""", "application/json")] // Pydantic matches names exactly
    public async Task Rename_refuses_a_bad_or_missing_title_with_422_and_keeps_the_old_one(string body, string contentType)
    {
        var response = await app.Client().As(Creator).SendRawAsync(HttpMethod.Patch, SessionPath(Atlas, CreatorFeishu), body, contentType);

        AssertUnprocessable(response);
        Assert.Equal("Weekly report", (await StoredSessions.FindAsync(app, CreatorFeishu))!.Title);
    }

    [Fact]
    public async Task A_title_of_the_wrong_type_is_refused_without_naming_a_dotnet_type()
    {
        var response = await app.Client().As(Permitted).CreateAsync(Atlas, new { title = 5 });

        var detail = AssertUnprocessable(response);
        Assert.Contains("title", detail);
    }

    [Fact]
    public async Task A_malformed_body_is_refused_before_the_agent_is_looked_up()
    {
        var create = await app.Client().As(PlatformAdmin).SendRawAsync(HttpMethod.Post, SessionsPath(Missing), "{", "application/json");
        var rename = await app.Client().As(Stranger).SendRawAsync(HttpMethod.Patch, SessionPath(Atlas, CreatorFeishu), "{", "application/json");

        AssertUnprocessable(create);
        AssertUnprocessable(rename);
    }
}
