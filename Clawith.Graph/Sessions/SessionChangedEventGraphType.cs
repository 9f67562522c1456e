using Clawith.Graph.DataLoading;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public sealed class SessionChangedEventGraphType : ObjectGraphType<SessionChange>
{
    public SessionChangedEventGraphType()
    {
        Name = "SessionChangedEvent";
        Description = "A change to the subscriber's listing of an agent's sessions: a session entered it, changed in it, or was deleted from it.";
        Field<NonNullGraphType<SessionChangeKindGraphType>>("kind").Description("What happened to the session in the listing.")
            .Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("sessionId").Description("The session's id (also when it was deleted).")
            .Resolve(context => context.Source.SessionId);
        Field<ChatSessionGraphType>("session")
            .Description("The session as it is now, as the listing shows it (title, messageCount, lastMessageAt…); null once it was deleted.")
            .ResolveLoaded(context => context.Source.Kind == SessionChangeKind.Deleted
                ? null
                : context.Service<SessionLoader>().Load(context.Source.SessionId));
    }
}

public sealed class SessionChangeKindGraphType : EnumerationGraphType
{
    public SessionChangeKindGraphType()
    {
        Name = "SessionChangeKind";
        Description = "What happened to a session in the subscriber's listing. Applying each kind to the result of one sessions query (ADDED inserts, RENAMED and MESSAGE_ADDED update, DELETED removes) keeps it equal to a fresh one.";
        Add("CREATED", SessionChangeKind.Created, "Never sent: a new session is in no listing until its first qualifying message, which sends ADDED.",
            deprecationReason: "A new session is in no listing until its first qualifying message: see ADDED.");
        Add("ADDED", SessionChangeKind.Added,
            "The session entered the listing: in MINE at its first user message to the agent, in ALL at its first message of any role (before, the listing hides it).");
        Add("RENAMED", SessionChangeKind.Renamed, "A session of the listing got a new title.");
        Add("DELETED", SessionChangeKind.Deleted,
            "A session of the listing was deleted: on a 225b36fd database with its messages; on a 251aeba8 one softly (Clawith keeps its "
            + "messages, but the session is no longer listed, read or changed here).");
        Add("MESSAGE_ADDED", SessionChangeKind.MessageAdded,
            "A session already in the listing got a message (its lastMessageAt, messageCount and place in the order moved). For the session's "
            + "owner on a 251aeba8 database its unreadCount (and its agent's) may have moved too: a reply counts as unread until they read it, "
            + "so re-read unreadCount with the session.");
        Add("READ", SessionChangeKind.Read,
            "The session's unreadCount for its owner dropped to 0: they marked it read (markSessionRead, or reading its messages over "
            + "Clawith's REST route). Sent only to the owner's own subscriptions (their MINE, and their ALL when they may list it), for a "
            + "session in the listing. Never sent on a 225b36fd database, which keeps no read marks.");
    }
}
