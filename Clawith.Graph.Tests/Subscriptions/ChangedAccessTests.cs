using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Generations;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// A caller whose rights shrink while their socket is open (an admin demoted, an agent's permission
/// taken back) is held to the new rights at once: operations are refused with the query's codes, and a
/// subscription ends with one <c>error</c>, then nothing more, while the connection stays open.
/// </summary>
public sealed class ChangedAccessTests : FreshCallerTests
{
    private const string Me = "{ me { id } }";

    private static readonly string SessionsAll = $$"""
        { sessions(agentId: "{{TestWorld.Harbor}}", scope: ALL) { totalCount } }
        """;

    private static readonly string RenameCompanyMembersChat = $$"""
        mutation { renameSession(input: { agentId: "{{TestWorld.Harbor}}", sessionId: "{{TestWorld.HarborChat}}", title: "Renamed by olivia" }) {
          session { title } errors { __typename } } }
        """;

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_demoted_admin_s_open_socket_no_longer_lists_all_sessions_nor_renames_another_s_session()
    {
        await using var client = await Server.ConnectAsAsync(TestWorld.OrgAdmin);
        var before = await client.RunAsync("before", SessionsAll);
        Assert.True(before.GetProperty("data").GetProperty("sessions").GetProperty("totalCount").GetInt32() > 0);

        await AccessChanges.SetRoleAsync(Server.App, TestWorld.OrgAdmin, UserRole.Member);
        var listing = await client.RunAsync("all", SessionsAll);
        var rename = (await client.RunAsync("rename", RenameCompanyMembersChat)).GetProperty("data").GetProperty("renameSession");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, listing.GetProperty("data").GetProperty("sessions").ValueKind);
        var refusal = listing.GetProperty("errors")[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", refusal.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Not authorized to view all sessions", refusal.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rename.GetProperty("session").ValueKind);
        Assert.Equal("NotAuthorizedError", rename.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("Harbor hello", await StoredSessions.TitleAsync(Server.App, TestWorld.HarborChat));
    }

    [Fact225b36fd(Reversals.CreatorViewsAll, typeof(TenantMatrixTests), nameof(TenantMatrixTests.Every_caller_gets_what_the_251aeba8_access_rules_allow_on_every_operation))]
    public async Task A_session_changed_all_subscription_of_a_demoted_admin_ends_with_one_error_and_the_connection_stays()
    {
        await using var admin = await Server.ConnectAsAsync(TestWorld.OrgAdmin);
        await admin.SubscribeAsync("all", SessionChanges.All(TestWorld.Harbor));
        await Server.WaitForSubscribersAsync(1);
        await SessionChanges.RenameAsync(Server, TestWorld.HarborChat, "Before");
        await admin.ReceiveAsync("next", "all");

        await AccessChanges.SetRoleAsync(Server.App, TestWorld.OrgAdmin, UserRole.Member);
        await SessionChanges.RenameAsync(Server, TestWorld.HarborChat, "After");

        var error = (await admin.ReceiveAsync("error", "all"))[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Not authorized to view all sessions", error.GetProperty("message").GetString());
        await NothingMoreAsync(admin, () => SessionChanges.RenameAsync(Server, TestWorld.HarborChat, "Later"));
    }

    [Fact]
    public async Task A_message_added_subscription_ends_with_one_error_once_agent_access_is_revoked_however_many_messages_follow()
    {
        await using var client = await Server.ConnectAsAsync(TestWorld.Permitted);
        await client.SubscribeAsync("tools", LiveOperations.MessageAdded(TestWorld.Atlas, TestWorld.PermittedTools, "content"));
        await Server.WaitForSubscribersAsync(1);
        await Server.AddMessageAsync(TestWorld.PermittedTools, "While shared.");
        await client.ReceiveAsync("next", "tools");

        await AccessChanges.RevokeAgentPermissionAsync(Server.App, TestWorld.Atlas, TestWorld.Permitted);
        await Server.AddMessageAsync(TestWorld.PermittedTools, "After the revocation.");

        var error = (await client.ReceiveAsync("error", "tools"))[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("No access to this agent", error.GetProperty("message").GetString());
        Assert.Equal("messageAdded", error.GetProperty("path")[0].GetString());
        await NothingMoreAsync(client, async () =>
        {
            await Server.AddMessageAsync(TestWorld.PermittedTools, "Unheard one.");
            await Server.AddMessageAsync(TestWorld.PermittedTools, "Unheard two.");
        });
    }

    /// <summary>
    /// The ended subscription has left the bus, so what <paramref name="happen"/>s after cannot reach the
    /// client; the connection still answers, and its answer is the next message it gets.
    /// </summary>
    private async Task NothingMoreAsync(TransportClient client, Func<Task> happen)
    {
        await Server.WaitForSubscribersAsync(0);
        await happen();
        await client.RunAsync("still-open", Me);
    }
}
