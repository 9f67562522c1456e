using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Clawith.Graph.Auth;
using Clawith.Graph.Server.Streaming;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Server.WebSockets;

/// <summary>
/// Who a connection acts for, from connection_init's payload (<c>Authorization: Bearer …</c>, the key in
/// any case, or <c>token</c>), validated exactly as an HTTP request's bearer token: the JWT bearer
/// scheme's own parameters, then <see cref="DatabaseUserValidator"/>'s check of the user (through
/// <see cref="CallerRows"/>, which every later check of the connection reads too).
/// </summary>
public sealed class ConnectionAuthenticator(IOptionsMonitor<JwtBearerOptions> jwtOptions, CallerRows rows)
{
    public static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>The connection's caller and when their token expires; anonymous with no token; null for a token that does not pass.</summary>
    public async Task<(ConnectionCaller? Caller, DateTime? Expires)> AuthenticateAsync(
        JsonElement? payload, IPAddress? remote, StreamSession session, CancellationToken cancellationToken)
    {
        if (TokenIn(payload) is not { } token)
            return (ConnectionCaller.Anonymous(remote, rows, session), null);
        var options = jwtOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        foreach (var handler in options.TokenHandlers)
        {
            var validated = await handler.ValidateTokenAsync(token, options.TokenValidationParameters);
            if (!validated.IsValid)
                continue;
            var principal = new ClaimsPrincipal(validated.ClaimsIdentity);
            if (CurrentUser.From(await rows.CallerAsync(principal, cancellationToken)) is not { } user)
                return (null, null);
            return (ConnectionCaller.Of(principal, user.Id, rows, session), validated.SecurityToken.ValidTo);
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
