using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Auth;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddClawithAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (options.Algorithm != SecurityAlgorithms.HmacSha256)
            throw new InvalidOperationException($"Jwt:Algorithm must be HS256, not '{options.Algorithm}'.");
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKey = ClawithSigningKey.Create(options.SecretKey),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidateIssuer = false,
                ValidateAudience = false,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.Zero,
                NameClaimType = ClawithClaims.Subject,
                RoleClaimType = ClawithClaims.Role,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = DatabaseUserValidator.ValidateAsync };
        });
        services.AddClawithPolicies();
        return services;
    }
}
