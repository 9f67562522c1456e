using System.Security.Claims;
using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Messages;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Nodes;

/// <summary>A node asked for by a caller (a request has one; the key keeps loaders honest if it had more).</summary>
public sealed record NodeKey(Guid Id, ClaimsPrincipal Caller);

/// <summary>
/// Every node a request asks for (all node and nodes fields, aliases included), found and authorized
/// together in a fixed number of statements however many ids: which table holds each id; the messages,
/// users and users' witnesses; the sessions of the session and message nodes; the grants of every agent
/// the rules need. Each step asks its loader for all its keys before awaiting any, and the policies then
/// judge from those loaders' caches (<see cref="NodeAccess"/>, <see cref="UserVisibility"/>).
/// </summary>
public sealed class NodeLoader(
    IDbContextFactory<ClawithDbContext> contexts, MessageLoader messages, UserLoader users, UserWitnessLoader witnesses,
    SessionLoader sessions, AgentGrantLoader grants, AgentLoader agents, NodeAccess access, UserVisibility visibility)
    : BatchLoader<NodeKey, NodeOutcome>
{
    protected override async Task<IReadOnlyDictionary<NodeKey, NodeOutcome>> FetchAsync(IReadOnlyList<NodeKey> keys, CancellationToken cancellationToken)
    {
        var kinds = await NodeKinds.FindAsync(contexts, [.. keys.Select(k => k.Id).Distinct()], cancellationToken);
        IEnumerable<Guid> Of(NodeKind kind) => kinds.Where(k => k.Value == kind).Select(k => k.Key);
        var callers = keys.Select(k => k.Caller).Distinct().ToDictionary(principal => principal, CallerOf);

        var messageRows = await messages.LoadManyAsync(Of(NodeKind.Message), cancellationToken);
        var userRows = await users.LoadManyAsync(Of(NodeKind.User), cancellationToken);
        var userWitnesses = await witnesses.LoadManyAsync(
            keys.Where(k => kinds.GetValueOrDefault(k.Id) == NodeKind.User && k.Id != callers[k.Caller].Id).Select(k => (k.Id, callers[k.Caller])),
            cancellationToken);
        var sessionRows = await sessions.LoadManyAsync(
            Of(NodeKind.Session).Concat(messageRows.Values.Select(SessionIdOf).OfType<Guid>()), cancellationToken);
        IEnumerable<Guid> judged =
        [
            .. Of(NodeKind.Agent),
            .. sessionRows.Values.OfType<ChatSession>().SelectMany(s => s.PeerAgentId is { } peer ? [s.AgentId, peer] : new[] { s.AgentId }),
            .. userWitnesses.Values.SelectMany(list => list.SelectMany(w => w.Agents)),
        ];
        await grants.LoadManyAsync(judged.SelectMany(agent => callers.Values.Select(caller => (agent, caller.Id))), cancellationToken);

        var outcomes = new Dictionary<NodeKey, NodeOutcome>();
        foreach (var key in keys)
        {
            outcomes[key] = kinds.TryGetValue(key.Id, out var kind) ? kind switch
            {
                NodeKind.Agent => await AgentAsync(key, cancellationToken),
                NodeKind.Session => await SessionAsync(key.Caller, sessionRows[key.Id], cancellationToken),
                NodeKind.Message => await MessageAsync(key.Caller, messageRows[key.Id], sessionRows, cancellationToken),
                _ => userRows[key.Id] is { } user && await visibility.SeesAsync(key.Caller, callers[key.Caller], user.Id, cancellationToken)
                    ? NodeOutcome.Of(user, null)
                    : NodeOutcome.Nothing,
            } : NodeOutcome.Nothing;
        }
        return outcomes;
    }

    private async Task<NodeOutcome> AgentAsync(NodeKey key, CancellationToken cancellationToken)
    {
        var denial = await access.AgentAsync(key.Caller, key.Id, cancellationToken);
        return denial is not null ? NodeOutcome.Of(null, denial) : NodeOutcome.Of(await agents.LoadAsync(key.Id, cancellationToken), null);
    }

    private async Task<NodeOutcome> SessionAsync(ClaimsPrincipal caller, ChatSession? session, CancellationToken cancellationToken) =>
        session is null ? NodeOutcome.Nothing : NodeOutcome.Of(session, await access.SessionAsync(caller, session, cancellationToken));

    /// <summary>As reading its session's messages: the session its conversation_id names, exactly as a page of messages matches it.</summary>
    private async Task<NodeOutcome> MessageAsync(
        ClaimsPrincipal caller, ChatMessage? message, IReadOnlyDictionary<Guid, ChatSession?> sessionRows, CancellationToken cancellationToken)
    {
        if (message is null || SessionIdOf(message) is not { } sessionId
            || sessionRows[sessionId] is not { } session || session.ConversationId != message.ConversationId)
            return NodeOutcome.Nothing;
        return NodeOutcome.Of(new MessageInSession(message, session), await access.SessionAsync(caller, session, cancellationToken));
    }

    private static Guid? SessionIdOf(ChatMessage? message) =>
        message is not null && UuidText.TryParse(message.ConversationId, out var id) ? id : null;

    private static CurrentUser CallerOf(ClaimsPrincipal principal) =>
        CurrentUser.From(principal) ?? throw new InvalidOperationException("A node was asked for without an authenticated caller.");
}
