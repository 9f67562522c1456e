using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Auth;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddClawithAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = JwtOptions.From(configuration, environment);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            // One handler for HTTP and for WebSocket connections (ConnectionAuthenticator reads the list).
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new ClawithTokenHandler());
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKey = ClawithSigningKey.Create(options.SecretKey),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidateIssuer = options.Issuer is not null,
                ValidIssuer = options.Issuer,
                ValidateAudience = options.Audience is not null,
                ValidAudience = options.Audience,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.Zero,
                NameClaimType = ClawithClaims.Subject,
                RoleClaimType = ClawithClaims.Role,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = DatabaseUserValidator.ValidateAsync };
        });
        services.KeepDataProtectionKeysInMemory();
        services.AddClawithPolicies();
        return services;
    }
}
