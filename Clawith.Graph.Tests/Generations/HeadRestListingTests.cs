using System.Net;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Generations.HeadListings;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// REST's listing on Clawith 251aeba8: its scope read after the access check (RULES L1), and each session's
/// message_count, every message of any role (L5).
/// </summary>
public sealed class HeadRestListingTests
{
    [Fact251aeba8]
    [Rule("L1")]
    public async Task A_scope_other_than_mine_or_all_is_a_400_once_the_caller_may_use_the_agent()
    {
        await using var app = await HeadWorld.CreateAsync();

        AssertError(await app.Client().As(PlatformAdmin).ListAsync(Atlas, "everything"), HttpStatusCode.BadRequest, "scope must be 'mine' or 'all'");
        AssertError(await app.Client().As(PlatformAdmin).ListAsync(Atlas, "MINE"), HttpStatusCode.BadRequest, "scope must be 'mine' or 'all'");
        // The access check comes first: the agent, then the caller's use of it.
        AssertError(await app.Client().As(Stranger).ListAsync(Atlas, "everything"), HttpStatusCode.Forbidden, "No access to this agent");
        AssertError(await app.Client().As(PlatformAdmin).ListAsync(Missing, "everything"), HttpStatusCode.NotFound, "Agent not found");
    }

    [Fact251aeba8]
    [Rule("L1")]
    public async Task All_needs_the_view_all_privilege_and_mine_is_the_default()
    {
        await using var app = await HeadWorld.CreateAsync();
        var permitted = app.Client().As(Permitted);

        AssertError(await permitted.ListAsync(Atlas, "all"), HttpStatusCode.Forbidden, "Not authorized to view all sessions");
        var byDefault = (await permitted.ListAsync(Atlas)).Array().Ids();
        var mine = (await permitted.ListAsync(Atlas, "mine")).Array().Ids();

        Assert.Equal(new[] { PermittedUndated, PermittedTools, PermittedLong }.Order(), mine.Order());
        Assert.Equal(mine, byDefault);
    }

    [Fact251aeba8]
    [Rule("L5")]
    public async Task Message_count_counts_every_message_of_any_role()
    {
        await using var app = await HeadWorld.CreateAsync();

        var rest = (await app.Client().As(Creator).ListAsync(Atlas, "all")).Array();
        var graph = await GraphAsync(app.Client().As(Creator), Atlas, "ALL");

        // PermittedTools: a user message, four tool calls and an assistant reply; AtlasToBeacon: one user message, three replies.
        Assert.Equal(6, (int)rest.Session(PermittedTools)["message_count"]!);
        Assert.Equal(4, (int)rest.Session(AtlasToBeacon)["message_count"]!);
        Assert.Equal(1, (int)rest.Session(CreatorOrphan)["message_count"]!);
        Assert.Equal(6, (int)graph.Single(s => (string?)s!["id"] == PermittedTools.ToString())!["messageCount"]!);
        Assert.Equal(4, (int)graph.Single(s => (string?)s!["id"] == AtlasToBeacon.ToString())!["messageCount"]!);
    }
}
