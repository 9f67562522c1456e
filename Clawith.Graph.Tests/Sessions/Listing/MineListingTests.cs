using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>scope MINE: the caller's own web and chat-app sessions of the agent that hold a user message to it.</summary>
public sealed class MineListingTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Mine_as_the_creator_lists_their_own_web_and_chat_app_sessions_most_recent_first()
    {
        var response = await app.Client().As(Creator).SessionsAsync(Atlas, "MINE",
            $"totalCount pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ {SessionLists.EveryField} }}");

        Snapshot.Match(response.ShouldSucceed().Snapshot);
        Assert.Equal(SessionLists.CreatorMine, response.SessionIds());
        Assert.Equal(3, (int)response.Data!["sessions"]!["totalCount"]!);
    }

    [Fact]
    public async Task Mine_leaves_out_the_callers_group_and_trigger_sessions()
    {
        var ids = (await app.Client().As(Creator).SessionsAsync(Atlas, "MINE")).SessionIds();

        Assert.DoesNotContain(CreatorGroup, ids);
        Assert.DoesNotContain(UnnamedGroup, ids);
        Assert.DoesNotContain(CreatorTrigger, ids);
    }

    [Fact]
    public async Task Mine_leaves_out_other_users_sessions_of_the_agent()
    {
        var ids = (await app.Client().As(Creator).SessionsAsync(Atlas, "MINE")).SessionIds();

        Assert.DoesNotContain(PermittedTools, ids);
        Assert.DoesNotContain(AtlasToBeacon, ids);
        Assert.DoesNotContain(NamelessChat, ids);
    }

    [Fact]
    public async Task Mine_hides_a_session_with_no_message()
    {
        var ids = (await app.Client().As(Creator).SessionsAsync(Atlas, "MINE")).SessionIds();

        Assert.DoesNotContain(CreatorEmpty, ids);
    }

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Mine_hides_a_session_with_assistant_messages_only()
    {
        var ids = (await app.Client().As(Creator).SessionsAsync(Atlas, "MINE")).SessionIds();

        Assert.DoesNotContain(CreatorOrphan, ids);
    }

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Mine_hides_a_session_whose_only_user_message_was_for_another_agent()
    {
        var ids = (await app.Client().As(Creator).SessionsAsync(Atlas, "MINE")).SessionIds();

        Assert.DoesNotContain(CreatorCrossAgent, ids);
    }

    [Fact]
    public async Task Mine_as_a_permitted_user_lists_their_sessions_with_the_undated_one_last()
    {
        var response = await app.Client().As(Permitted).SessionsAsync(Atlas, "MINE", "totalCount nodes { id lastMessageAt }");

        Assert.Equal(SessionLists.PermittedMine, response.SessionIds());
        Assert.Null(response.Node(PermittedUndated)["lastMessageAt"]);
        Assert.Equal(3, (int)response.Data!["sessions"]!["totalCount"]!);
    }

    [Fact]
    public async Task Mine_is_empty_for_a_caller_with_access_but_no_session_of_the_agent()
    {
        var response = await app.Client().As(PlatformAdmin).SessionsAsync(Atlas, "MINE");

        Assert.Empty(response.SessionIds());
        Assert.Equal(0, (int)response.Data!["sessions"]!["totalCount"]!);
    }

    [Fact225b36fd("251aeba8's MINE holds every direct session with a message of any role (L7): the assistant-only and misaddressed ones too; see Generations/HeadListingTests")]
    public async Task Scope_defaults_to_mine()
    {
        var response = await app.Client().As(Creator).PostAsync(
            """query($agentId: UUID!) { sessions(agentId: $agentId) { nodes { id } } }""", new { agentId = Atlas });

        Assert.Equal(SessionLists.CreatorMine, response.SessionIds());
    }
}
