using Clawith.Graph.Schema.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Clawith.Graph.Auth;

/// <summary>Why a policy failed, in the terms a client sees: a stable code and Clawith's REST module's message.</summary>
public sealed record AccessDenial(string Code, string Message)
{
    public const string NotAuthenticatedMessage = "Authentication required: send a valid bearer token.";

    public static AccessDenial From(AuthorizationFailure? failure)
    {
        if (failure is null || failure.FailedRequirements.OfType<DenyAnonymousAuthorizationRequirement>().Any())
            return new(ErrorCodes.NotAuthenticated, NotAuthenticatedMessage);
        var reason = failure.FailureReasons.FirstOrDefault();
        return reason switch
        {
            NotFoundReason notFound => new(ErrorCodes.NotFound, notFound.Message),
            not null => new(ErrorCodes.NotAuthorized, reason.Message),
            _ => new(ErrorCodes.NotAuthorized, "Not authorized"),
        };
    }

    public bool IsNotAuthenticated => Code == ErrorCodes.NotAuthenticated;

    public UserError ToUserError() => Code == ErrorCodes.NotFound ? new NotFoundError(Message) : new NotAuthorizedError(Message);
}
