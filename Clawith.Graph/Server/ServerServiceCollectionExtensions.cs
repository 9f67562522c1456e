namespace Clawith.Graph.Server;

public static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddClawithServer(this IServiceCollection services) =>
        services.AddSingleton<GraphQLRequestReader>().AddSingleton<ValidatedDocuments>().AddSingleton<OperationRunner>();

    public static IEndpointRouteBuilder MapClawithHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
