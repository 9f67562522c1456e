using Clawith.Graph.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Clawith.Graph.Auth;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddClawithAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<JwtOptions>(configuration, JwtOptions.Section);
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtKeyOutsideDevelopment>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // The bearer handler's options are made from the checked Jwt section when first asked for, not read at registration.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<JwtOptions>((jwt, options) =>
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
