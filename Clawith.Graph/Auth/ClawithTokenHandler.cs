using System.Buffers.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Auth;

/// <summary>
/// The JWT handler of HTTP requests and WebSocket connections alike, stricter than the library's on
/// what Clawith never sends: an <c>exp</c> that is not a JSON number (the library also reads a string),
/// and a <c>crit</c> header, which names extensions a recipient must understand to accept the token.
/// This server understands none, so RFC 7515 §4.1.11 says to refuse it.
/// </summary>
public sealed class ClawithTokenHandler : JsonWebTokenHandler
{
    public ClawithTokenHandler() => MapInboundClaims = false;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (CanReadToken(token) && RefusalOf(ReadJsonWebToken(token)) is { } refusal)
            return new TokenValidationResult { IsValid = false, Exception = new SecurityTokenValidationException(refusal) };
        return await base.ValidateTokenAsync(token, validationParameters);
    }

    private static string? RefusalOf(JsonWebToken token)
    {
        if (token.TryGetHeaderValue<object>("crit", out _))
            return "The token has a crit header: this server understands no JWS extension.";
        if (!ExpiryIsANumber(token.EncodedPayload))
            return "The token's exp is not a number.";
        return null;
    }

    /// <summary>
    /// Read from the payload's JSON itself: the parsed token already turned a string "exp" into a number.
    /// A token without exp passes here and is refused by RequireExpirationTime.
    /// </summary>
    private static bool ExpiryIsANumber(string encodedPayload)
    {
        var reader = new Utf8JsonReader(Base64Url.DecodeFromChars(encodedPayload));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isExpiry = reader.ValueTextEquals(JwtRegisteredClaimNames.Exp);
            reader.Read();
            if (isExpiry && reader.TokenType != JsonTokenType.Number)
                return false;
            reader.Skip();
        }
        return true;
    }
}
