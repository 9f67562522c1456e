using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Search;
using static Clawith.Graph.Tests.Generations.HeadListings;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// Search on Clawith 251aeba8 reads what the listings' rules let through (A11, L3): never a soft-deleted session's
/// messages nor another tenant's; MINE still the caller's own sessions session(agentId, id) finds, groups and
/// triggers included; messages Clawith wrote without a tenant_id found through their session (§0.2). Each text
/// both through the index and by the bounded scan (two characters).
/// </summary>
public sealed class HeadSearchTests
{
    [Theory251aeba8]
    [InlineData("Lisbon", "MINE")]
    [InlineData("Lisbon", "ALL")]
    [InlineData("Li", "MINE")]
    [InlineData("Li", "ALL")]
    public async Task A_soft_deleted_sessions_messages_are_never_found(string text, string scope)
    {
        await using var app = await HeadWorld.CreateAsync();
        var creator = app.Client().As(TestWorld.Creator);
        var before = await creator.SearchAsync(TestWorld.Atlas, text, scope, first: 100);

        await SoftDeleteAsync(app, TestWorld.CreatorWeb);
        var after = await creator.SearchAsync(TestWorld.Atlas, text, scope, first: 100);

        Assert.Contains("Plan a weekend in Lisbon.", before.Contents());
        Assert.DoesNotContain(after.Edges(), hit => (string?)hit!["node"]!["session"]!["id"] == TestWorld.CreatorWeb.ToString());
    }

    [Theory251aeba8]
    [InlineData("deploy status", "ALL")]
    [InlineData("de", "ALL")]
    public async Task A_soft_deleted_agent_to_agent_session_is_not_found_under_its_peer_either(string text, string scope)
    {
        await using var app = await HeadWorld.CreateAsync();
        var agentAdmin = app.Client().As(TestWorld.AgentAdmin);
        var before = await agentAdmin.SearchAsync(TestWorld.Beacon, text, scope, first: 100);

        await SoftDeleteAsync(app, TestWorld.AtlasToBeacon);
        var after = await agentAdmin.SearchAsync(TestWorld.Beacon, text, scope, first: 100);

        Assert.Contains("Beacon, deploy status?", before.Contents());
        Assert.DoesNotContain("Beacon, deploy status?", after.Contents());
    }

    [Theory251aeba8]
    [InlineData("Summarise", "MINE")]
    [InlineData("Summarise", "ALL")]
    [InlineData("Su", "MINE")]
    [Rule("A11")]
    public async Task A_session_of_another_tenant_is_never_searched_even_under_this_tenants_agent(string text, string scope)
    {
        await using var app = await HeadWorld.CreateWithTwoTenantsAsync();
        await MoveToOtherTenantAsync(app, TestWorld.CreatorFeishu);

        var found = await app.Client().As(TestWorld.Creator).SearchAsync(TestWorld.Atlas, text, scope, first: 100);
        var drift = await app.Client().As(TestWorld.PlatformAdmin).SearchAsync(TestWorld.Atlas, "Drift", "ALL", first: 100);

        Assert.DoesNotContain("Summarise the week.", found.Contents());
        Assert.Empty(drift.Edges());
    }

    [Fact251aeba8]
    public async Task Mine_finds_the_callers_group_and_trigger_sessions_and_a_message_written_without_a_tenant()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);
        var creator = app.Client().As(TestWorld.Creator);

        var group = await creator.SearchAsync(TestWorld.Atlas, "Release notes");
        var trigger = await creator.SearchAsync(TestWorld.Atlas, "Reflect on today");
        var runtime = await creator.SearchAsync(TestWorld.Atlas, "runtime");

        Assert.Equal(["Release notes ready?"], group.Contents());
        Assert.Equal(["Reflect on today."], trigger.Contents());
        Assert.Equal(["Written by Clawith's runtime."], runtime.Contents());
    }
}
