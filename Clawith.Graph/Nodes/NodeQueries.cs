using Clawith.Graph.DataLoading;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Clawith.Graph.Nodes;

/// <summary>
/// <c>node(id)</c> and <c>nodes(ids)</c>, HotChocolate's AddGlobalObjectIdentification: any Agent, ChatSession,
/// ChatMessage or User by its id, authorized as its type's root field (<see cref="NodeAccess"/>).
/// </summary>
public sealed class NodeQueries : IQueryFields
{
    /// <summary>HotChocolate's default cap on <c>nodes(ids)</c>.</summary>
    public const int MaxIds = 50;

    private const string Refusal = "Null, with the error its type's own field would give, when the caller may not see it " +
        "(NOT_FOUND 'Node not found' for an id of nothing and for a user the caller may not see).";

    public void AddTo(ObjectGraphType root)
    {
        root.Field<NodeGraphType>("node")
            .Description("The Agent, ChatSession, ChatMessage or User with this id (Relay's refetch), authorized as its type's own field: " +
                "an Agent as agent(id), a ChatSession as session(agentId, id) under its agent or its peer, a ChatMessage as reading its session, " +
                "a User if the caller may see them (README: Relay). " + Refusal)
            .Argument<NonNullGraphType<NodeIdGraphType>>("id", "The object's id.")
            .Resolve(context => Load(context, context.GetArgument<Guid>("id")));

        root.Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description($"The objects with these ids, in the same order, each as node(id) answers it. At most {MaxIds} ids (INVALID_INPUT beyond).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<NodeIdGraphType>>>>("ids", $"The objects' ids, at most {MaxIds}.",
                argument => argument.Validator += TooManyIdsError.ThrowIfOverCap)
            .WithComplexityImpact(context => new FieldComplexityResult(context.Configuration.DefaultObjectImpact, CountOf(context)))
            .Resolve(context => context.GetArgument<List<Guid>>("ids").Select(id => Load(context, id)).ToList());
    }

    private static object Load(IResolveFieldContext context, Guid id) =>
        context.Service<NodeLoader>().Load(new NodeKey(id, context.User!)).Then(outcome => outcome.Unwrap());

    /// <summary>
    /// The cost multiplies what is under nodes by the ids written in the document, or by the cap when a
    /// variable gives them: either way the document alone fixes it.
    /// </summary>
    private static double CountOf(FieldImpactContext context) =>
        context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Source == ArgumentSource.Literal && ids.Value is ICollection<object> written
            ? Math.Min(written.Count, MaxIds)
            : MaxIds;
}
