using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Live;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Clawith.Graph.Messages;

/// <summary>messageAdded: a session's new messages, for those who may read them (as session(agentId, id){messages}).</summary>
public sealed class MessageSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<ChatMessageGraphType>>("messageAdded")
            .Description("Each message stored in a session from now on, for its owner or an admin (access is checked when subscribing).")
            .Argument<NonNullGraphType<UuidGraphType>>("agentId", "The agent the session is under (or its peer, for an agent-to-agent session).")
            .Argument<NonNullGraphType<UuidGraphType>>("sessionId", "The session to follow.")
            .Authorize(Policies.AgentAccess, AgentResource.FromArgument)
            .Authorize(Policies.SessionAccess, context =>
                SessionResource.ToRead(context.GetArgument<Guid>("agentId"), context.GetArgument<Guid>("sessionId"), context.CancellationToken))
            .SubscribeToChatEvents(context =>
            {
                var sessionId = context.GetArgument<Guid>("sessionId");
                return chatEvent => chatEvent is { Kind: ChatEventKind.MessageAdded, MessageId: not null } && chatEvent.SessionId == sessionId
                    ? chatEvent
                    : null;
            })
            .Resolve(context => MessageOf((ChatEvent)context.Source!, context));
    }

    /// <summary>The event's message as a node, read through this event's own loaders (null if it is gone already).</summary>
    private static IDataLoaderResult<MessageInSession?> MessageOf(ChatEvent chatEvent, IResolveFieldContext context) =>
        DataLoaderResults.Combine(
            context.Service<MessageLoader>().Load(chatEvent.MessageId!.Value),
            context.Service<SessionLoader>().Load(chatEvent.SessionId),
            (message, session) => message is null || session is null ? null : new MessageInSession(message, session));
}
