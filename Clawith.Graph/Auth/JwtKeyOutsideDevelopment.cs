using Microsoft.Extensions.Options;

namespace Clawith.Graph.Auth;

/// <summary>The one check of the <c>Jwt</c> section that depends on the environment: the public development key works in Development only.</summary>
public sealed class JwtKeyOutsideDevelopment(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options) =>
        options.SecretKey == JwtOptions.DevelopmentKey && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"{JwtOptions.Section}:{nameof(JwtOptions.SecretKey)} is this server's public development key, which only the Development environment accepts: " +
                "set it to the key Clawith's backend signs its tokens with (environment variable Jwt__SecretKey).")
            : ValidateOptionsResult.Success;
}
