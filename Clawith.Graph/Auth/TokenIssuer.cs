using Clawith.Graph.Data.Entities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Auth;

/// <summary>
/// Signs tokens shaped as Clawith's backend issues them: sub, role and exp, HS256, and on 251aeba8 tenant_id; plus iss and aud
/// when <c>Jwt:Issuer</c> and <c>Jwt:Audience</c> are set, so the server accepts what it prints.
/// </summary>
public sealed class TokenIssuer(JwtOptions options, TimeProvider clock)
{
    public string Issue(User user, TimeSpan? lifetime = null)
    {
        var claims = new Dictionary<string, object>
        {
            [ClawithClaims.Subject] = user.Id.ToString(),
            [ClawithClaims.Role] = user.RoleLabel,
        };
        // Clawith 251aeba8 names the user's tenant, when they have one (RULES A2).
        if (user.TenantId is { } tenant)
            claims[ClawithClaims.TokenTenantClaim] = tenant.ToString();
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            Expires = clock.GetUtcNow().UtcDateTime + (lifetime ?? TimeSpan.FromMinutes(options.TokenLifetimeMinutes)),
            Issuer = options.Issuer,
            Audience = options.Audience,
            SigningCredentials = new SigningCredentials(ClawithSigningKey.Create(options.SecretKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
