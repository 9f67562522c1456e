using Clawith.Graph.Auth;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Nodes;

/// <summary>What node(id) answers for one id: the object, or why the caller gets null.</summary>
public sealed record NodeOutcome(object? Node, AccessDenial? Denial)
{
    public const string NotFoundMessage = "Node not found";

    /// <summary>An id of nothing, or of a user the caller may not see: told apart by no one.</summary>
    public static readonly NodeOutcome Nothing = new(null, new AccessDenial(ErrorCodes.NotFound, NotFoundMessage));

    public static NodeOutcome Of(object? node, AccessDenial? denial) =>
        denial is not null ? new(null, denial) : node is not null ? new(node, null) : Nothing;

    /// <summary>The object, or the refusal as the field's error (the field is then null).</summary>
    public object Unwrap() => Node ?? throw new CodedExecutionError(Denial!.Code, Denial.Message);
}
