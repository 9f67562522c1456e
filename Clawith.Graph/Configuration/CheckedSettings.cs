using Microsoft.Extensions.Options;

namespace Clawith.Graph.Configuration;

/// <summary>A settings section that can say what is wrong with its values, in terms of its keys.</summary>
public interface ICheckedSettings
{
    void Check(SettingsCheck check);
}

public static class CheckedSettingsRegistration
{
    /// <summary>
    /// Binds <paramref name="section"/> with the options pattern and checks it at start (ValidateOnStart): a
    /// bad value stops the server with an <see cref="OptionsValidationException"/> naming each wrong key. The
    /// checked value is registered as itself too, so a service takes the settings it needs, not IOptions.
    /// </summary>
    public static IServiceCollection AddCheckedSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, ICheckedSettings
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new CheckedSettingsValidation<T>(section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return services;
    }

    private sealed class CheckedSettingsValidation<T>(string section) : IValidateOptions<T> where T : class, ICheckedSettings
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var check = new SettingsCheck(section);
            options.Check(check);
            return check.Problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(check.Problems);
        }
    }
}
