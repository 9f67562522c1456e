namespace Clawith.Graph.Server.Persisted;

public static class PersistedServiceCollectionExtensions
{
    /// <summary>
    /// The <c>GraphQL:PersistedDocuments</c> settings, the manifest they name (read and checked now, so a bad
    /// one stops the server at start) and the automatic persisted-query cache.
    /// </summary>
    public static IServiceCollection AddClawithPersistedDocuments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = (configuration.GetSection(PersistedDocumentsOptions.Section).Get<PersistedDocumentsOptions>() ?? new PersistedDocumentsOptions()).Validated();
        var manifest = string.IsNullOrWhiteSpace(options.Manifest)
            ? PersistedDocumentManifest.None
            : PersistedDocumentManifest.Load(Path.GetFullPath(options.Manifest, environment.ContentRootPath));
        return services.AddSingleton(options).AddSingleton(manifest).AddSingleton<AutomaticPersistedQueries>().AddSingleton<OperationTexts>();
    }
}
