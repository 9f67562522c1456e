using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Titles are judged alike: trimmed, then empty or longer than 200 characters is REST's 422 detail and
/// GraphQL's ValidationError message on field title; access is checked before the title.
/// </summary>
public sealed class TitleValidationAgreementTests
{
    private const string Empty = "VALIDATION: The title must not be empty.";
    private const string TooLong = "VALIDATION: The title must be at most 200 characters.";
    private static readonly string Longest = new('x', 200);

    public static TheoryData<string, string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string, string>();
        foreach (var operation in new[] { "create", "rename" })
        {
            cases.Add(operation, "creator", "", Empty);
            cases.Add(operation, "creator", "   \t ", Empty);
            cases.Add(operation, "creator", Longest + "x", TooLong);
            cases.Add(operation, "creator", $"  {Longest}  ", $"'{Longest}'");
            cases.Add(operation, "creator", string.Concat(Enumerable.Repeat("😀", 200)), $"'{string.Concat(Enumerable.Repeat("😀", 200))}'");
            cases.Add(operation, "creator", "  Padded  ", "'Padded'");
            cases.Add(operation, "stranger", "", "AUTH_NOT_AUTHORIZED: No access to this agent");
        }
        cases.Add("rename", "permitted", "", "AUTH_NOT_AUTHORIZED: Not authorized");
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rest_and_graphql_judge_a_title_alike(string operation, string caller, string title, string expected)
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var client = app.As(caller);

        var (rest, graph) = operation == "create"
            ? (MutationCalls.RestCreated(await client.RestCreateAsync(TestWorld.Atlas, new { title })),
                MutationCalls.GraphCreated(await client.GraphCreateAsync(TestWorld.Atlas, title)))
            : await RenameCopiesAsync(app, client, title);

        Agree.Same(rest, graph, $"{caller} {operation} with title '{title}'");
        Assert.Contains(expected, rest);
    }

    /// <summary>Each API renames its own copy of CreatorWeb, so a title that passes cannot hide the other's answer.</summary>
    private static async Task<(string RestAnswer, string GraphAnswer)> RenameCopiesAsync(ClawithAppFactory app, GraphClient client, string title)
    {
        var (restCopy, graphCopy) = (await Twins.CopyAsync(app, TestWorld.CreatorWeb), await Twins.CopyAsync(app, TestWorld.CreatorWeb));
        var rest = MutationCalls.RestRenamed(await client.RestRenameAsync(TestWorld.Atlas, restCopy, title));
        var graph = MutationCalls.GraphRenamed(await client.GraphRenameAsync(TestWorld.Atlas, graphCopy, title));
        return ($"{rest} | {await WorldState.SessionAsync(app, restCopy)}".AsOriginal(restCopy, "CreatorWeb"),
            $"{graph} | {await WorldState.SessionAsync(app, graphCopy)}".AsOriginal(graphCopy, "CreatorWeb"));
    }
}
