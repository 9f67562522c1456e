using System.Security.Claims;
using System.Text.Json;
using Clawith.Graph.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// Who a connection acts for, from connection_init's payload (<c>Authorization: Bearer …</c>, the key in
/// any case, or <c>token</c>), validated exactly as an HTTP request's bearer token: the JWT bearer
/// scheme's own parameters, then <see cref="DatabaseUserValidator"/>'s check of the user.
/// </summary>
public sealed class ConnectionAuthenticator(IOptionsMonitor<JwtBearerOptions> jwtOptions, IServiceScopeFactory scopes)
{
    public static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>The caller and when their token expires; anonymous with no token; null for a token that does not pass.</summary>
    public async Task<(ClaimsPrincipal? Caller, DateTime? Expires)> AuthenticateAsync(JsonElement? payload, CancellationToken cancellationToken)
    {
        if (TokenIn(payload) is not { } token)
            return (Anonymous, null);
        var options = jwtOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        foreach (var handler in options.TokenHandlers)
        {
            var validated = await handler.ValidateTokenAsync(token, options.TokenValidationParameters);
            if (!validated.IsValid)
                continue;
            await using var scope = scopes.CreateAsyncScope();
            var (caller, _) = await DatabaseUserValidator.CallerOfAsync(new ClaimsPrincipal(validated.ClaimsIdentity), scope.ServiceProvider, cancellationToken);
            return caller is null ? (null, null) : (caller, validated.SecurityToken.ValidTo);
        }
        return (null, null);
    }

    private static string? TokenIn(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } fields)
            return null;
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.String)
                continue;
            var value = field.Value.GetString()!.Trim();
            if (field.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value;
            if (field.Name.Equals("token", StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return null;
    }
}
