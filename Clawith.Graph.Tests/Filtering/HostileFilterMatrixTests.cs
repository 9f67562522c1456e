using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// A filter only narrows what the caller may already see: for every signed-in caller, agent and scope of
/// the test world, filters written to widen the listing (an <c>or</c> on another user's name, a test
/// that holds for every row, the hidden empty, group, agent and trigger sessions asked for by name) list
/// no session the unfiltered listing does not, and a refused listing stays refused with the same error.
/// A message filter cannot open a session the caller may not read either.
/// </summary>
public sealed class HostileFilterMatrixTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    /// <summary>Filters that hold for every session, so they must give back exactly the unfiltered listing.</summary>
    private static readonly string[] KeepEverything =
    [
        """{ "or": [{ "user": { "displayName": { "eq": "Pete Permitted" } } }, { "title": { "contains": "" } }] }""",
        """{ "or": [{ "lastMessageAt": { "eq": null } }, { "lastMessageAt": { "neq": null } }] }""",
        """{ "or": [{ "messageCount": { "gte": 0 } }, { "isGroup": { "eq": true } }] }""",
    ];

    /// <summary>Filters that name what the rules hide from some callers: another user, the empty draft, groups, agent and trigger sessions.</summary>
    private static readonly string[] AskForHidden =
    [
        """{ "or": [{ "user": { "displayName": { "eq": "Pete Permitted" } } }, { "user": { "displayName": { "eq": "Carla Creator" } } }] }""",
        """{ "messageCount": { "eq": 0 } }""",
        """{ "or": [{ "isGroup": { "eq": true } }, { "participantType": { "in": ["GROUP", "AGENT"] } }] }""",
        """{ "sourceChannel": { "in": ["agent", "trigger"] } }""",
        """{ "or": [{ "user": { "displayName": { "neq": "" } } }, { "user": { "displayName": { "eq": null } } }] }""",
    ];

    public static readonly TheoryData<string> SignedIn = new()
    {
        Callers.PlatformAdmin.Name, Callers.OrgAdmin.Name, Callers.AgentAdmin.Name, Callers.Creator.Name,
        Callers.Permitted.Name, Callers.CompanyMember.Name, Callers.Stranger.Name,
    };

    [Theory]
    [MemberData(nameof(SignedIn))]
    public async Task A_filter_never_lists_a_session_the_unfiltered_listing_does_not(string caller)
    {
        var client = Callers.Named(caller).Connect(app);
        foreach (var agent in new[] { Atlas, Harbor, Beacon })
        {
            foreach (var scope in new[] { "MINE", "ALL" })
            {
                var context = $"{caller} on {agent} with {scope}";
                var unfiltered = await client.SessionsAsync(agent, scope: scope, first: 500);
                foreach (var where in KeepEverything.Concat(AskForHidden))
                {
                    var filtered = await client.SessionsAsync(agent, where, scope: scope, first: 500);
                    if (unfiltered.Errors.Count > 0)
                    {
                        Assert.True(filtered.Data?["sessions"] is null, $"{context}, {where}: a refused listing answered");
                        Assert.Equal((unfiltered.ErrorCode(), unfiltered.ErrorMessage()), (filtered.ErrorCode(), filtered.ErrorMessage()));
                        continue;
                    }
                    var allowed = unfiltered.Ids();
                    var listed = filtered.Ids();
                    Assert.True(listed.All(allowed.Contains), $"{context}, {where}: listed {string.Join(", ", listed.Except(allowed))} beyond the rules");
                    Assert.True((int)filtered.Connection()["totalCount"]! == listed.Count, $"{context}, {where}: totalCount counts beyond the page");
                    if (KeepEverything.Contains(where))
                        Assert.True(allowed.SequenceEqual(listed), $"{context}, {where}: a filter that holds for every row changed the listing");
                }
            }
        }
    }

    [Theory]
    [InlineData(nameof(Callers.Stranger))]
    [InlineData(nameof(Callers.CompanyMember))]
    [InlineData(nameof(Callers.Permitted))]
    public async Task A_message_filter_does_not_open_a_session_the_caller_may_not_read(string caller)
    {
        var client = Callers.All.Single(c => string.Equals(c.Name.Replace("_", ""), caller, StringComparison.OrdinalIgnoreCase)).Connect(app);
        const string everything = """{ "or": [{ "role": { "in": ["USER", "ASSISTANT", "SYSTEM", "TOOL_CALL"] } }, { "content": { "contains": "" } }] }""";

        var plain = await client.MessagesAsync(Atlas, CreatorWeb);
        var filtered = await client.MessagesAsync(Atlas, CreatorWeb, everything);

        Assert.NotNull(plain.ErrorCode());
        Assert.Equal((plain.ErrorCode(), plain.ErrorMessage()), (filtered.ErrorCode(), filtered.ErrorMessage()));
        Assert.True(filtered.Data?["session"] is null, "a session refused without a filter answered with one");
    }
}
