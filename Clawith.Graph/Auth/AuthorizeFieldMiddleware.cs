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
        var typePolicies = context.ParentType.GetPolicies();
        var fieldPolicies = context.FieldDefinition.GetPolicies();
        if (IsEmpty(typePolicies) && IsEmpty(fieldPolicies) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            return next(context);
        return AuthorizeThenResolveAsync(context, next, [.. typePolicies ?? [], .. fieldPolicies ?? []]);
    }

    private static async ValueTask<object?> AuthorizeThenResolveAsync(
        IResolveFieldContext context, FieldMiddlewareDelegate next, List<string> policies)
    {
        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        foreach (var policy in policies)
        {
            var result = await authorization.AuthorizeAsync(context.User ?? Anonymous, context.ResourceFor(policy), policy);
            if (result.Succeeded)
                continue;
            var denial = AccessDenial.From(result.Failure);
            if (!denial.IsNotAuthenticated && context.FieldDefinition.GetPayloadErrorFactory() is { } payloadWith)
                return payloadWith(denial.ToUserError());
            throw new CodedExecutionError(denial.Code, denial.Message);
        }
        return await next(context);
    }

    private static bool IsEmpty(List<string>? policies) => policies is null || policies.Count == 0;
}
