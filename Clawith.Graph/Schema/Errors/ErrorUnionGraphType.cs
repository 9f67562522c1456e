using GraphQL.Types;

namespace Clawith.Graph.Schema.Errors;

/// <summary>The errors one mutation can report, as a union named <c>&lt;Mutation&gt;Error</c>.</summary>
public abstract class ErrorUnionGraphType : UnionGraphType
{
    protected ErrorUnionGraphType(string name, params Type[] errorTypes)
    {
        Name = name;
        Description = $"An error {char.ToLowerInvariant(name[0])}{name[1..^"Error".Length]} can report.";
        foreach (var type in errorTypes)
            Type(type);
    }
}

public sealed class CreateSessionErrorGraphType() : ErrorUnionGraphType("CreateSessionError",
    typeof(NotFoundErrorGraphType), typeof(NotAuthorizedErrorGraphType), typeof(ValidationErrorGraphType));

public sealed class RenameSessionErrorGraphType() : ErrorUnionGraphType("RenameSessionError",
    typeof(NotFoundErrorGraphType), typeof(NotAuthorizedErrorGraphType), typeof(ValidationErrorGraphType));

public sealed class DeleteSessionErrorGraphType() : ErrorUnionGraphType("DeleteSessionError",
    typeof(NotFoundErrorGraphType), typeof(NotAuthorizedErrorGraphType));
