using Clawith.Graph.Configuration;
using GraphQL;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Server.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The limits' settings (GraphQL:Limits, GraphQL:Introspection, GraphQL:Suggestions, Http) and the services that hold them.</summary>
    public static IServiceCollection AddClawithLimits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCheckedSettings<GraphLimitsOptions>(configuration, GraphLimitsOptions.Section);
        services.AddCheckedSettings<RequestBodyOptions>(configuration, RequestBodyOptions.Section);
        services.AddSingleton(DiscoverySwitches.From(configuration, environment));
        services.AddSingleton<DocumentLimits>();
        services.AddSingleton<ExecutionGate>();
        // One per execution: an HTTP request, a WebSocket operation, a subscription event each have a scope of their own.
        services.AddScoped<ResponseBudget>();
        // Not registered with the schema: RequestValidationRules decides which requests meet them (a known document with a fixed cost has).
        services.AddSingleton<CostLimitRule>();
        services.AddSingleton<IntrospectionSwitchRule>();
        services.AddSingleton<RequestValidationRules>();
        return services;
    }

    /// <summary>The limit GraphQL.NET enforces itself: the execution timeout.</summary>
    public static IGraphQLBuilder AddExecutionTimeout(this IGraphQLBuilder graph) => graph
        .ConfigureExecution(ExecutionTimeout.RunAsync);

    /// <summary>The request body limit: before anything authenticates or reads a body.</summary>
    public static IApplicationBuilder UseClawithLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestBodyLimitMiddleware>();
}
