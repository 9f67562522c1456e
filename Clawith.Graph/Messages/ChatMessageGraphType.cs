using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Auth;
using Clawith.Graph.Nodes;
using Clawith.Graph.Participants;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;
using GraphQL.Types;

namespace Clawith.Graph.Messages;

public sealed class ChatMessageGraphType : ObjectGraphType<MessageInSession>, IConnectionNode
{
    public static string NodeName => "ChatMessage";

    public ChatMessageGraphType()
    {
        Name = NodeName;
        Description = "One message of a chat session.";
        this.NodeId(m => m.Message.Id, "The message's id.");
        Field<NonNullGraphType<MessageRoleGraphType>>("role").Description("Who or what wrote the message; OTHER for a stored role this server does not know (see roleLabel).")
            .Resolve(context => MessageRoleGraphType.Of(context.Source.Message));
        Field<NonNullGraphType<StringGraphType>>("roleLabel")
            .Description("The role as Clawith stores it (user, assistant, system, tool_call, or a label this server does not know, such as another writer's tool_result).")
            .Resolve(context => context.Source.Message.RoleLabel);
        Field<NonNullGraphType<StringGraphType>>("content").Description("The message as stored (for a tool call, its JSON).")
            .Resolve(context => context.Source.Message.Content);
        Field<StringGraphType>("thinking").Description("The agent's reasoning before it answered, when recorded.")
            .Resolve(context => context.Source.Message.Thinking);
        Field<UtcDateTimeGraphType>("createdAt").Description("When the message was sent.")
            .Resolve(context => context.Source.Message.CreatedAt);
        Field<ParticipantGraphType>("sender").Description("The participant who sent the message, when recorded.")
            .ResolveLoaded(context => context.Source.Message.ParticipantId is { } sender ? context.Service<ParticipantLoader>().Load(sender) : null);
        Field<StringGraphType>("senderName")
            .Description("The sender's name in agent-to-agent sessions ('Unknown' for a vanished or unnamed participant); null elsewhere.")
            .ResolveLoaded(context => MessagePresentation.ShowsSenderName(context.Source)
                ? context.Service<ParticipantLoader>().Load(context.Source.Message.ParticipantId!.Value)
                    .Then(MessagePresentation.SenderName)
                : null);
        Field<ToolCallGraphType>("toolCall").Description("The tool call a TOOL_CALL message records, when its content is a valid call.")
            .Resolve(context => MessagePresentation.ToolCallOf(context.Source.Message));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessagePartGraphType>>>>("parts")
            .Description("The message as text and tool-call parts, in order; inline tool blocks of agent-to-agent replies are split out.")
            .Resolve(context => MessagePresentation.PartsOf(context.Source));
        Field<ChatSessionGraphType>("session").Description("The session the message belongs to, for its owner or an admin (as session(agentId, id)).")
            .Authorize(Policies.SessionAccess, context => SessionResource.ToRead(((MessageInSession)context.Source!).Session))
            .Resolve(context => context.Source.Session);
    }
}

public sealed class ChatMessageConnectionGraphType() : ConnectionGraphType<ChatMessageGraphType, MessageInSession>("messages, oldest first");

/// <summary>Clawith's chat roles, and OTHER for a stored label this server does not know.</summary>
public sealed class MessageRoleGraphType : EnumerationGraphType
{
    /// <summary>The value OTHER stands for: any label that is not one of <see cref="ChatRole"/>'s.</summary>
    private static readonly object Other = new();

    public MessageRoleGraphType()
    {
        Name = "MessageRole";
        Description = "Who or what wrote a message.";
        Add("USER", ChatRole.User, "A person's message.");
        Add("ASSISTANT", ChatRole.Assistant, "The agent's reply.");
        Add("SYSTEM", ChatRole.System, "An instruction to the agent, such as a trigger's.");
        Add("TOOL_CALL", ChatRole.ToolCall, "A tool the agent called, with its result.");
        Add("OTHER", Other, "A role this server does not know; ChatMessage.roleLabel gives it as stored.");
    }

    public static object Of(ChatMessage message) => message.Role is { } role ? role : Other;
}
