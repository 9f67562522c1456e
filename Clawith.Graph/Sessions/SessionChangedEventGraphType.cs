using Clawith.Graph.Live;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public sealed class SessionChangedEventGraphType : ObjectGraphType<ChatEvent>
{
    public SessionChangedEventGraphType()
    {
        Name = "SessionChangedEvent";
        Description = "A change to one of the sessions a sessionChanged subscriber follows.";
        Field<NonNullGraphType<SessionChangeKindGraphType>>("kind").Description("What happened to the session.")
            .Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("sessionId").Description("The session's id (also when it was deleted).")
            .Resolve(context => context.Source.SessionId);
        Field<ChatSessionGraphType>("session").Description("The session as it is now; null once it was deleted.")
            .Resolve(context => context.Source.Kind == ChatEventKind.SessionDeleted
                ? null
                : context.Service<SessionLoader>().Load(context.Source.SessionId));
    }
}

public sealed class SessionChangeKindGraphType : EnumerationGraphType
{
    public SessionChangeKindGraphType()
    {
        Name = "SessionChangeKind";
        Description = "What happened to a session.";
        Add("CREATED", ChatEventKind.SessionCreated, "The session was created.");
        Add("RENAMED", ChatEventKind.SessionRenamed, "The session's title changed.");
        Add("DELETED", ChatEventKind.SessionDeleted, "The session and its messages were deleted.");
        Add("MESSAGE_ADDED", ChatEventKind.MessageAdded, "A message was stored in the session.");
    }
}
