using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Auth;

/// <summary>
/// Declares a policy on a field, with the resource its handler judges (an argument, the parent
/// object) chosen from the resolve context. <see cref="AuthorizingResolver"/> enforces it.
/// </summary>
public static class FieldAuthorization
{
    private const string ResourceKeyPrefix = "clawith:authorization:resource:";

    public static TMetadataWriter Authorize<TMetadataWriter>(
        this TMetadataWriter field, string policy, Func<IResolveFieldContext, object?> resource)
        where TMetadataWriter : IMetadataWriter
    {
        field.AuthorizeWithPolicy(policy);
        field.WithMetadata(ResourceKeyPrefix + policy, resource);
        return field;
    }

    public static object? ResourceFor(this IResolveFieldContext context, string policy) =>
        context.FieldDefinition.GetMetadata<Func<IResolveFieldContext, object?>>(ResourceKeyPrefix + policy)?.Invoke(context);
}
