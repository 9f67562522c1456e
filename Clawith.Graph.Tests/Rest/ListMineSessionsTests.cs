using Clawith.Graph.Tests.Generations;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;
using static Clawith.Graph.Tests.Rest.RestCalls;

namespace Clawith.Graph.Tests.Rest;

/// <summary>GET sessions?scope=mine (the default): the caller's own chats, with Clawith's REST module's defaults for the names.</summary>
public sealed class ListMineSessionsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact225b36fd(Reversals.MineAnyMessage, typeof(HeadListingTests), nameof(HeadListingTests.Mine_lists_the_callers_direct_sessions_from_any_channel_that_hold_any_message_most_recent_first))]
    public async Task Mine_returns_the_callers_own_sessions_with_no_names_and_user_defaults()
    {
        var response = await app.Client().As(Creator).ListAsync(Atlas, "mine");

        var sessions = response.Array();
        Snapshot.Match(response.Snapshot);
        Assert.Equal(new[] { CreatorWeb, CreatorTie, CreatorFeishu }, sessions.Ids());
        Assert.All(sessions.Select(s => s!.AsObject()), s =>
        {
            Assert.Equal(SessionOutFields, s.Keys());
            Assert.Null(s["username"]);
            Assert.Null(s["peer_agent_id"]);
            Assert.Null(s["peer_agent_name"]);
            Assert.Equal("user", (string?)s["participant_type"]);
            Assert.False((bool)s["is_group"]!);
            Assert.Null(s["group_name"]);
            Assert.Equal(Creator.ToString(), (string?)s["user_id"]);
            Assert.Equal(Atlas.ToString(), (string?)s["agent_id"]);
        });
        Assert.Equal("feishu", (string?)sessions.Session(CreatorFeishu)["source_channel"]);
        Assert.Equal(2, (int)sessions.Session(CreatorWeb)["message_count"]!);
    }

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Without_a_scope_the_list_is_mine()
    {
        var client = app.Client().As(Creator);

        var unscoped = await client.ListAsync(Atlas);
        var mine = await client.ListAsync(Atlas, "mine");

        Assert.Equal(new[] { CreatorWeb, CreatorTie, CreatorFeishu }, unscoped.Array().Ids());
        Assert.Equal(mine.Body, unscoped.Body);
    }

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Mine_leaves_out_group_trigger_empty_orphan_and_misaddressed_sessions_of_the_caller()
    {
        var ids = (await app.Client().As(Creator).ListAsync(Atlas, "mine")).Array().Ids();

        Assert.DoesNotContain(CreatorGroup, ids);      // a group chat
        Assert.DoesNotContain(UnnamedGroup, ids);      // a group chat
        Assert.DoesNotContain(CreatorTrigger, ids);    // source_channel trigger
        Assert.DoesNotContain(CreatorEmpty, ids);      // no message
        Assert.DoesNotContain(CreatorOrphan, ids);     // assistant messages only
        Assert.DoesNotContain(CreatorCrossAgent, ids); // its user message went to Harbor
    }

    [Fact]
    public async Task Mine_lists_only_the_callers_sessions_and_puts_one_without_last_message_at_last()
    {
        var sessions = (await app.Client().As(Permitted).ListAsync(Atlas, "mine")).Array();

        Assert.Equal(new[] { PermittedLong, PermittedTools, PermittedUndated }, sessions.Ids());
        Assert.Null(sessions.Session(PermittedUndated)["last_message_at"]);
        Assert.Equal("2026-01-01T04:00:00+00:00", (string?)sessions.Session(PermittedUndated)["created_at"]);
    }

    [Fact]
    public async Task Mine_of_a_caller_with_no_session_of_the_agent_is_an_empty_list()
    {
        var response = await app.Client().As(PlatformAdmin).ListAsync(Atlas, "mine");

        Assert.Empty(response.Array());
        Assert.Equal("[]", response.Body);
    }

    [Fact]
    public async Task Mine_is_open_to_a_member_reaching_the_agent_through_its_company_permission()
    {
        var sessions = (await app.Client().As(CompanyMember).ListAsync(Harbor)).Array();

        Assert.Equal(new[] { HarborChat }, sessions.Ids());
        Assert.Null(sessions[0]!["username"]);
    }
}
