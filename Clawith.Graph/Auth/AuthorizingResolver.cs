using Clawith.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>
/// The one rule that enforces every policy declared on the schema, around the resolver of a field
/// that has any (<see cref="AuthorizedFieldsVisitor"/> puts it there): the parent type's policies, then
/// the field's, in declaration order, through ASP.NET Core's IAuthorizationService. A denial nulls
/// only this field (its error at the field's path), or, on a mutation whose payload carries errors,
/// becomes that payload's error.
/// </summary>
public sealed class AuthorizingResolver(IFieldResolver resolve, IReadOnlyList<string> policies) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (await FirstDenialAsync(context, policies) is not { } denial)
            return await resolve.ResolveAsync(context);
        if (!denial.IsNotAuthenticated && context.FieldDefinition.GetPayloadErrorFactory() is { } payloadWith)
            return payloadWith(denial.ToUserError());
        throw new CodedExecutionError(denial.Code, denial.Message);
    }

    /// <summary>
    /// The same policies for a subscription field's source stream, which has no resolver to wrap:
    /// checked when the client subscribes; a denial refuses the subscription.
    /// </summary>
    public static async Task EnsureAuthorizedAsync(IResolveFieldContext context)
    {
        if (await DenialAsync(context) is { } denial)
            throw new CodedExecutionError(denial.Code, denial.Message);
    }

    /// <summary>The first of the field's policies (its type's, then its own) that refuses the caller, if any.</summary>
    public static async Task<AccessDenial?> DenialAsync(IResolveFieldContext context) =>
        PoliciesOf(context.ParentType, context.FieldDefinition) is { } policies ? await FirstDenialAsync(context, policies) : null;

    /// <summary>The parent type's policies, then the field's; null when there are none.</summary>
    public static IReadOnlyList<string>? PoliciesOf(IGraphType parentType, FieldType field)
    {
        List<string> policies = [.. parentType.GetPolicies() ?? [], .. field.GetPolicies() ?? []];
        return policies.Count == 0 ? null : policies;
    }

    private static async Task<AccessDenial?> FirstDenialAsync(IResolveFieldContext context, IReadOnlyList<string> policies)
    {
        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        foreach (var policy in policies)
        {
            if (await authorization.DenialAsync(context.User, policy, context.ResourceFor(policy)) is { } denial)
                return denial;
        }
        return null;
    }
}
