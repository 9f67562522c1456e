using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Sessions.Mutations;

/// <summary>createSession's title rule: trimmed, 1 to 200 characters as the database counts them.</summary>
public sealed class CreateSessionTitleTests
{
    private const string Mutation = "createSession";
    private const string Emoji = "\U0001F600"; // one character, two UTF-16 units

    public static TheoryData<string, int> LongestTitles => new()
    {
        { new string('x', 200), 200 },
        { string.Concat(Enumerable.Repeat(Emoji, 200)), 200 },
        { "  " + new string('y', 200) + "  ", 200 },
    };

    public static TheoryData<string, string> InvalidTitles => new()
    {
        { "", PayloadAssert.EmptyTitle },
        { "   ", PayloadAssert.EmptyTitle },
        { "\t\n ", PayloadAssert.EmptyTitle },
        { new string('x', 201), PayloadAssert.TooLongTitle },
        { string.Concat(Enumerable.Repeat(Emoji, 201)), PayloadAssert.TooLongTitle },
    };

    [Theory]
    [MemberData(nameof(LongestTitles))]
    public async Task Create_accepts_a_title_of_200_characters(string title, int characters)
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).CreateSessionAsync(new { agentId = TestWorld.Atlas, title });

        var session = PayloadAssert.Succeeded(response, Mutation)["session"]!;
        var id = Guid.Parse((string)session["id"]!);
        Assert.Equal(title.Trim(), (string?)session["title"]);
        Assert.Equal(title.Trim(), await StoredSessions.TitleAsync(app, id));
        Assert.Equal(characters, await StoredSessions.TitleLengthInDatabaseAsync(app, id));
    }

    [Theory]
    [MemberData(nameof(InvalidTitles))]
    public async Task Create_refuses_a_blank_or_too_long_title_and_stores_nothing(string title, string message)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var sessionsBefore = await StoredSessions.SessionIdsAsync(app);

        var response = await app.Client().As(TestWorld.Permitted).CreateSessionAsync(new { agentId = TestWorld.Atlas, title });

        PayloadAssert.InvalidTitle(response, Mutation, message);
        Assert.Equal(sessionsBefore, await StoredSessions.SessionIdsAsync(app));
    }

    [Fact]
    public async Task A_201_character_title_comes_back_as_a_validation_error_on_title()
    {
        await using var app = await ClawithAppFactory.CreateAsync();

        var response = await app.Client().As(TestWorld.Permitted).CreateSessionAsync(new { agentId = TestWorld.Atlas, title = new string('x', 201) });

        PayloadAssert.InvalidTitle(response, Mutation, PayloadAssert.TooLongTitle);
        Snapshot.Match(response.Snapshot);
    }
}
