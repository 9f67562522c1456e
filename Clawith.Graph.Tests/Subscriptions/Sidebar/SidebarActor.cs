using System.Text.Json;

namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>A user changing sessions over a socket of their own: createSession, sendMessage, renameSession, deleteSession.</summary>
public sealed class SidebarActor(TransportClient socket, Guid userId, string name) : IAsyncDisposable
{
    private int _operations;

    public Guid UserId => userId;

    public string Name => name;

    /// <summary>The new session's id.</summary>
    public async Task<Guid> CreateAsync(Guid agentId, string title)
    {
        var payload = await MutateAsync("createSession", """
            mutation($input: CreateSessionInput!) { createSession(input: $input) { session { id } errors { __typename } } }
            """, new { agentId, title });
        return payload.GetProperty("session").GetProperty("id").GetGuid();
    }

    /// <summary>Whether the message was stored (a refusal or a missing session is a payload error).</summary>
    public async Task<bool> SendAsync(Guid agentId, Guid sessionId, string content) => Succeeded(await MutateAsync("sendMessage", """
        mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } errors { __typename } } }
        """, new { agentId, sessionId, content }));

    public async Task<bool> RenameAsync(Guid agentId, Guid sessionId, string title) => Succeeded(await MutateAsync("renameSession", """
        mutation($input: RenameSessionInput!) { renameSession(input: $input) { session { id } errors { __typename } } }
        """, new { agentId, sessionId, title }));

    public async Task<bool> DeleteAsync(Guid agentId, Guid sessionId) => Succeeded(await MutateAsync("deleteSession", """
        mutation($input: DeleteSessionInput!) { deleteSession(input: $input) { deletedSessionId errors { __typename } } }
        """, new { agentId, sessionId }));

    private async Task<JsonElement> MutateAsync(string field, string mutation, object input)
    {
        var response = await socket.RunAsync($"{field}-{++_operations}", mutation, new { input });
        Assert.False(response.TryGetProperty("errors", out var errors), $"{name}'s {field} failed: {errors}");
        return response.GetProperty("data").GetProperty(field);
    }

    private static bool Succeeded(JsonElement payload) => payload.GetProperty("errors").ValueKind == JsonValueKind.Null;

    public ValueTask DisposeAsync() => socket.DisposeAsync();
}
