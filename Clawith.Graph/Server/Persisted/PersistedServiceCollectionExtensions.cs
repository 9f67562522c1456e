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
        var manifests = new ManifestReader(environment);
        services.AddSingleton<IValidateOptions<PersistedDocumentsOptions>>(manifests);
        return services
            .AddSingleton(provider => manifests.Read(provider.GetRequiredService<PersistedDocumentsOptions>()))
            .AddSingleton<AutomaticPersistedQueries>().AddSingleton<OperationTexts>();
    }

    /// <summary>
    /// Reads the manifest when the settings are checked at start, so a missing or malformed one stops the server
    /// naming the file, and hands the same reading to the server afterwards: the file is read once.
    /// </summary>
    private sealed class ManifestReader(IHostEnvironment environment) : IValidateOptions<PersistedDocumentsOptions>
    {
        private (string? Path, PersistedDocumentManifest Manifest)? _read;

        public PersistedDocumentManifest Read(PersistedDocumentsOptions options)
        {
            if (_read is { } read && read.Path == options.Manifest)
                return read.Manifest;
            var manifest = string.IsNullOrWhiteSpace(options.Manifest)
                ? PersistedDocumentManifest.None
                : PersistedDocumentManifest.Load(Path.GetFullPath(options.Manifest, environment.ContentRootPath));
            _read = (options.Manifest, manifest);
            return manifest;
        }

        public ValidateOptionsResult Validate(string? name, PersistedDocumentsOptions options)
        {
            try
            {
                Read(options);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException unreadable)
            {
                return ValidateOptionsResult.Fail(unreadable.Message);
            }
        }
    }
}
