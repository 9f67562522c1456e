using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Schema.Paging;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

/// <summary>The arguments and resolver shared by Query.sessions and Agent.sessions (and the scope, by Subscription.sessionChanged).</summary>
public static class SessionListFields
{
    public static FieldBuilder<TSource, TReturn> WithSessionListArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .WithSessionScopeArgument()
            .Argument<IntGraphType>("first", $"How many sessions (default {SessionListing.DefaultPageSize}, at most {PageRequest.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page: list the sessions after it.");

    /// <summary>The <c>scope</c> argument, of the listings and of sessionChanged alike.</summary>
    public static FieldBuilder<TSource, TReturn> WithSessionScopeArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<SessionScopeGraphType>>("scope", arg =>
        {
            arg.Description = "Whose sessions: MINE (default) or ALL.";
            arg.DefaultValue = SessionScope.Mine;
        });

    public static SessionScope GetSessionScope(this IResolveFieldContext context) =>
        context.GetArgument("scope", SessionScope.Mine);

    /// <summary>What the SessionScope policy judges: the field's scope, over <paramref name="agentId"/>'s sessions.</summary>
    public static SessionScopeResource SessionScopeOf(this IResolveFieldContext context, Guid agentId) =>
        new(agentId, context.GetSessionScope(), context.CancellationToken);

    public static Task<Schema.Paging.Connection<Data.Entities.ChatSession>> ListSessionsAsync(this IResolveFieldContext context, Guid agentId)
    {
        var page = PageRequest.Create(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), null, null,
            SessionListing.DefaultPageSize, defaultFromEnd: false);
        return context.Service<SessionListing>().ListAsync(agentId, context.GetSessionScope(), context.Caller().Id, page, context.CancellationToken)
            .ReportingLeftOut(context);
    }
}
