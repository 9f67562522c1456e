using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Messages;
using Clawith.Graph.Nodes;
using Clawith.Graph.Participants;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Users;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public sealed class ChatSessionGraphType : ObjectGraphType<ChatSession>, IConnectionNode
{
    public static string NodeName => "ChatSession";

    public ChatSessionGraphType()
    {
        Name = NodeName;
        Description = "A conversation with an agent: on the web, in a chat app, in a group, or between two agents.";
        this.NodeId(s => s.Id, "The session's id.");
        Field<NonNullGraphType<AgentGraphType>>("agent").Description("The agent the session belongs to.")
            .ResolveLoaded(context => context.Service<AgentLoader>().Load(context.Source.AgentId));
        Field<UserGraphType>("user").Description("The user who owns the session.")
            .ResolveLoaded(context => context.Service<UserLoader>().Load(context.Source.UserId));
        Field<NonNullGraphType<StringGraphType>>("displayName")
            .Description("How a list names the session: 'Agent A - B' between agents, the group's name, else the owner's name.")
            .ResolveLoaded(context => context.Service<ISessionListNaming>().Of(context.Source, context.Source.AgentId).Then(names => names.Name));
        Field(s => s.SourceChannel).Description("Where the conversation happens: web, feishu, discord, slack, agent, trigger, …");
        Field(s => s.Title).Description("The session's title.");
        Field(s => s.CreatedAt, type: typeof(NonNullGraphType<UtcDateTimeGraphType>)).Description("When the session was created.");
        Field(s => s.LastMessageAt, type: typeof(UtcDateTimeGraphType)).Description("When its latest message was sent.");
        Field<NonNullGraphType<IntGraphType>>("messageCount").Description("How many messages the session holds.")
            .ResolveLoaded(context => context.Service<MessageCountLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ParticipantTypeGraphType>>("participantType")
            .Description("GROUP for group chats, AGENT for agent-to-agent sessions, else USER.")
            .ResolveLoaded(context => context.Service<ISessionListNaming>().ParticipantTypeOf(context.Source));
        Field<AgentGraphType>("peerAgent").Description("The other agent of an agent-to-agent session (null if it no longer exists).")
            .ResolveLoaded(context => context.Source.IsAgentToAgent ? context.Service<AgentLoader>().Load(context.Source.PeerAgentId!.Value) : null);
        Field<UuidGraphType>("peerAgentId").Description("The other agent's id in an agent-to-agent session, even if that agent no longer exists.")
            .Resolve(context => context.Source.IsAgentToAgent ? context.Source.PeerAgentId : null);
        Field<StringGraphType>("peerAgentName").Description("The other agent's name in an agent-to-agent session ('Agent' when it has none or no longer exists).")
            .ResolveLoaded(context => context.Service<SessionDisplayNames>().PeerNameOf(context.Source));
        Field<NonNullGraphType<BooleanGraphType>>("isGroup").Description("Whether this is a group chat.")
            .Resolve(context => context.Source.IsGroup == true);
        Field(s => s.GroupName, nullable: true).Description("The group chat's name.");
        Field<NonNullGraphType<SessionTypeGraphType>>("sessionType")
            .Description("What kind of conversation this is: Clawith's session_type on a 251aeba8 database; on a 225b36fd one, which has no such "
                + "column, derived from sourceChannel and isGroup as Clawith's upgrade derives it.")
            .ResolveLoaded(context => context.Service<ISessionColumns>().TypeOf(context.Source));
        Field<NonNullGraphType<BooleanGraphType>>("isPrimary")
            .Description("Whether this is its owner's primary session with the agent, where the agent's own messages to them land (one per "
                + "user, agent and tenant: the first direct session, or the best remaining one). Always false on a 225b36fd database, which has none.")
            .ResolveLoaded(context => context.Service<ISessionColumns>().IsPrimary(context.Source));
        Field<NonNullGraphType<IntGraphType>>("unreadCount")
            .Description("How many of the agent's messages (assistant, system and tool calls) the caller has not read in this session: only in "
                + "the caller's own active direct session, counted since they last read it (markSessionRead, or reading it in Clawith's web app); "
                + "0 in anyone else's session and in group, agent-to-agent and trigger sessions. Always 0 on a 225b36fd database, which keeps no read marks.")
            .ResolveLoaded(context => context.Service<IUnreadCounts>().OfSession(context.Source, context.Caller()));
        Field<NonNullGraphType<ChatMessageConnectionGraphType>>("messages")
            .Description("The session's messages, oldest first. With no arguments: the latest 500. A page holds at most 500.")
            .Argument<IntGraphType>("first", "Take this many from the start (or from after).")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .Argument<IntGraphType>("last", "Take this many from the end (or from before).")
            .Argument<StringGraphType>("before", "End before this cursor.")
            .Argument<ChatMessageFilterInputGraphType>("where",
                "Only the messages that match (HotChocolate.Data's filter). Text tests on content read every message of the session: costly.")
            .Argument<ListGraphType<NonNullGraphType<ChatMessageSortInputGraphType>>>("order",
                "createdAt ASC (the default) or DESC; a cursor is valid only with the filter and order it was made for.")
            .Authorize(Policies.SessionAccess, context => SessionResource.ToRead((ChatSession)context.Source!))
            .Resolve(context => context.Service<MessagePageLoader>().Load(new MessagePageKey(context.Source, MessageWindow.Of(context))).ReportingLeftOut(context));
    }
}

public sealed class ChatSessionConnectionGraphType() : ConnectionGraphType<ChatSessionGraphType, ChatSession>("chat sessions");
