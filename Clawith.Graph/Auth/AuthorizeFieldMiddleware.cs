using System.Security.Claims;
using Clawith.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>
/// The one rule that enforces every policy declared on the schema: the parent type's policies, then
/// the field's, in declaration order, through ASP.NET Core's IAuthorizationService. A denial nulls
/// only this field (its error at the field's path), or, on a mutation whose payload carries errors,
/// becomes that payload's error.
/// </summary>
public sealed class AuthorizeFieldMiddleware : IFieldMiddleware
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>Runs around every field, so a field without policies passes straight through, allocating nothing.</summary>
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var policies = PoliciesOf(context);
        return policies is null ? next(context) : AuthorizeThenResolveAsync(context, next, policies);
    }

    /// <summary>
    /// The same policies for a subscription field's source stream, which field middleware does not
    /// wrap: checked once, when the client subscribes; a denial refuses the subscription.
    /// </summary>
    public static async Task EnsureAuthorizedAsync(IResolveFieldContext context)
    {
        if (PoliciesOf(context) is { } policies && await FirstDenialAsync(context, policies) is { } denial)
            throw new CodedExecutionError(denial.Code, denial.Message);
    }

    private static async ValueTask<object?> AuthorizeThenResolveAsync(
        IResolveFieldContext context, FieldMiddlewareDelegate next, List<string> policies)
    {
        if (await FirstDenialAsync(context, policies) is not { } denial)
            return await next(context);
        if (!denial.IsNotAuthenticated && context.FieldDefinition.GetPayloadErrorFactory() is { } payloadWith)
            return payloadWith(denial.ToUserError());
        throw new CodedExecutionError(denial.Code, denial.Message);
    }

    private static async Task<AccessDenial?> FirstDenialAsync(IResolveFieldContext context, List<string> policies)
    {
        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        foreach (var policy in policies)
        {
            var result = await authorization.AuthorizeAsync(context.User ?? Anonymous, context.ResourceFor(policy), policy);
            if (!result.Succeeded)
                return AccessDenial.From(result.Failure);
        }
        return null;
    }

    /// <summary>The parent type's policies, then the field's; null when there are none (or for introspection).</summary>
    private static List<string>? PoliciesOf(IResolveFieldContext context)
    {
        var typePolicies = context.ParentType.GetPolicies();
        var fieldPolicies = context.FieldDefinition.GetPolicies();
        if (IsEmpty(typePolicies) && IsEmpty(fieldPolicies) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            return null;
        return [.. typePolicies ?? [], .. fieldPolicies ?? []];
    }

    private static bool IsEmpty(List<string>? policies) => policies is null || policies.Count == 0;
}
