using Clawith.Graph.Auth;
using Clawith.Graph.Messages;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Sessions;
using GraphQL.Types;

namespace Clawith.Graph.Search;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>, IConnectionNode
{
    public static string NodeName => "SearchHit";

    public SearchHitGraphType()
    {
        Name = NodeName;
        Description = "A message that holds the searched text, with its session and a snippet around the match.";
        // The hit's session passes the same rule as ChatMessage.session (its owner or an admin role), judged on the row in hand.
        Field<NonNullGraphType<ChatMessageGraphType>>("message").Description("The message.")
            .Authorize(Policies.SessionAccess, context => SessionResource.ToRead(((SearchHit)context.Source!).Session))
            .Resolve(context => new MessageInSession(context.Source.Message, context.Source.Session));
        Field<NonNullGraphType<ChatSessionGraphType>>("session").Description("The session the message belongs to.")
            .Authorize(Policies.SessionAccess, context => SessionResource.ToRead(((SearchHit)context.Source!).Session))
            .Resolve(context => context.Source.Session);
        Field<NonNullGraphType<SearchSnippetGraphType>>("snippet")
            .Description($"Plain text around the first match (at most {SearchSnippet.Length} UTF-16 code units unless the match is longer), with every match in it as a range; never markup.")
            .Resolve(context => SearchSnippet.Of(context.Source.Message.Content, context.Source.Text));
    }
}

public sealed class SearchSnippetGraphType : ObjectGraphType<SearchSnippet>
{
    public SearchSnippetGraphType()
    {
        Name = "SearchSnippet";
        Description = "A stretch of a message's text around a match, as plain text: render it as text and mark the ranges, no HTML involved.";
        Field(s => s.Text).Description("The stretch of the message, line breaks and tabs shown as spaces.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeGraphType>>>>("matches")
            .Description("Where the searched text is in text, in order (case and accents as the message writes them).")
            .Resolve(context => context.Source.Matches);
        Field(s => s.StartsMessage).Description("Whether text starts where the message starts (otherwise show an ellipsis before it).");
        Field(s => s.EndsMessage).Description("Whether text ends where the message ends (otherwise show an ellipsis after it).");
    }
}

public sealed class TextRangeGraphType : ObjectGraphType<TextRange>
{
    public TextRangeGraphType()
    {
        Name = "TextRange";
        Description = "A stretch of a text, in UTF-16 code units: JavaScript's String indexes, so text.slice(start, start + length) is the match.";
        Field(r => r.Start).Description("Where the stretch starts, from 0.");
        Field(r => r.Length).Description("How long the stretch is.");
    }
}

/// <summary>A search's page: a connection without totalCount, which would cost a search of every match.</summary>
public sealed class SearchHitConnectionGraphType : ObjectGraphType<Connection<SearchHit>>
{
    public SearchHitConnectionGraphType()
    {
        Name = "SearchHitConnection";
        Description = "A page of search hits, newest first, in Relay's connection shape (without totalCount: counting every match costs a whole search). " +
            "A page of a bounded scan may hold fewer hits than asked for, even none, while hasNextPage is true: page on from endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<SearchHitGraphType, SearchHit>>>>>("edges")
            .Description("The page's hits, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("nodes")
            .Description("The page's hits, without cursors.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page stands; endCursor is where the next page starts (after a bounded scan, the last message it examined).")
            .Resolve(context => context.Source.PageInfo);
    }
}
