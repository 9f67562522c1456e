using Clawith.Graph.Configuration;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Server.Persisted;

public static class PersistedServiceCollectionExtensions
{
    /// <summary>
    /// The <c>GraphQL:PersistedDocuments</c> settings, the manifest they name (read and checked at start, so a
    /// bad one stops the server) and the automatic persisted-query cache.
    /// </summary>
    public static IServiceCollection AddClawithPersistedDocuments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCheckedSettings<PersistedDocumentsOptions>(configuration, PersistedDocumentsOptions.Section);
        services.AddSingleton<IValidateOptions<PersistedDocumentsOptions>>(new ManifestReadable(environment));
        return services
            .AddSingleton(provider => ManifestOf(provider.GetRequiredService<PersistedDocumentsOptions>(), environment))
            .AddSingleton<AutomaticPersistedQueries>().AddSingleton<OperationTexts>();
    }

    private static PersistedDocumentManifest ManifestOf(PersistedDocumentsOptions options, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(options.Manifest)
            ? PersistedDocumentManifest.None
            : PersistedDocumentManifest.Load(Path.GetFullPath(options.Manifest, environment.ContentRootPath));

    /// <summary>The manifest is read once at start as a check, so a missing or malformed one stops the server naming the file.</summary>
    private sealed class ManifestReadable(IHostEnvironment environment) : IValidateOptions<PersistedDocumentsOptions>
    {
        public ValidateOptionsResult Validate(string? name, PersistedDocumentsOptions options)
        {
            try
            {
                ManifestOf(options, environment);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException unreadable)
            {
                return ValidateOptionsResult.Fail(unreadable.Message);
            }
        }
    }
}
