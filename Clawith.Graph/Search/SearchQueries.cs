using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Clawith.Graph.Search;

public sealed class SearchQueries(SearchIndex index) : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<SearchHitConnectionGraphType>("search")
            .Description("The messages of an agent's sessions that hold a text, newest first: every message of every session the caller may read "
                + "(MINE: their own sessions of the agent, groups and triggers included; ALL, for admin roles: every session the ALL listing holds). "
                + "Case-insensitive in any script (über finds Über), substrings included, so it finds Chinese words without spaces. "
                + $"Texts of fewer than {SearchText.IndexedLength} characters are answered by a bounded scan (see SearchHitConnection).")
            .Argument<NonNullGraphType<UuidGraphType>>("agentId", "The agent whose sessions to search.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to find: 1 to {SearchText.MaxLength} characters (trimmed), matched as a substring, case-insensitively.")
            .WithSessionScopeArgument()
            .Argument<IntGraphType>("first", $"How many hits (default {MessageSearch.DefaultPageSize}, at most {MessageSearch.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page (its pageInfo.endCursor): the hits after it.")
            .WithComplexityImpact(SearchCost.Of(index))
            .Authorize(Policies.AgentAccess, AgentResource.FromArgument)
            .Authorize(Policies.SessionScope, context => context.SessionScopeOf(context.GetArgument<Guid>("agentId")))
            .ResolveAsync(async context =>
            {
                var text = SearchText.Read(context.GetArgument<string>("text"));
                var first = context.GetArgument<int?>("first");
                if (first > MessageSearch.MaxPageSize)
                    throw CodedExecutionError.InvalidInput($"first must be at most {MessageSearch.MaxPageSize}.");
                var page = PageRequest.Create(first, context.GetArgument<string?>("after"), null, null, MessageSearch.DefaultPageSize, defaultFromEnd: false);
                return await context.Service<MessageSearch>()
                    .SearchAsync(context.GetArgument<Guid>("agentId"), context.GetSessionScope(), context.Caller(), text, page, context.CancellationToken)
                    .ReportingLeftOut(context);
            });
}
