namespace Clawith.Graph.Server;

public static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddClawithServer(this IServiceCollection services) =>
        services.AddSingleton<GraphQLRequestReader>().AddSingleton<ValidatedDocuments>().AddSingleton<OperationRunner>();
}
