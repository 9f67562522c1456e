using Microsoft.AspNetCore.Authorization;

namespace Clawith.Graph.Auth;

/// <summary>A denial because the resource does not exist: answered as NOT_FOUND, not AUTH_NOT_AUTHORIZED.</summary>
public sealed class NotFoundReason(IAuthorizationHandler handler, string message) : AuthorizationFailureReason(handler, message);
