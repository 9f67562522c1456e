using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Live;
using Clawith.Graph.Messages;
using Clawith.Graph.Nodes;
using Clawith.Graph.Observability;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Server;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Sessions;
using Clawith.Graph.Users;
using GraphQL;
using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using System.Text.Encodings.Web;

namespace Clawith.Graph.Schema;

public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddClawithGraph(this IServiceCollection services)
    {
        services.AddGraphQL(graph => graph
            .AddSchema<ClawithSchema>()
            .AddSystemTextJson(json =>
            {
                json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.Converters.Add(new ExecutionResultWriter());
            })
            .AddSerializer<StreamingGraphQLSerializer>()
            .AddGraphTypes(typeof(ClawithSchema).Assembly)
            .AddErrorInfoProvider(services => new SuggestionHidingErrorInfoProvider(new ClawithErrorInfoProvider(), services.GetRequiredService<DiscoverySwitches>()))
            .AddSchemaVisitor<AuthorizedFieldsVisitor>()
            .AddUnhandledExceptionHandler(HideUnexpectedErrors)
            .AddExecutionTimeout()
            // Operation spans cost nothing until tracing listens to GraphQL.NET's activity source (Observability).
            .UseTelemetry((telemetry, services) => telemetry.RecordDocument = services.GetService<QueryTextRecording>()?.Recorded == true)
            .AddExecutionStrategy<BudgetedQueryExecution>(GraphQLParser.AST.OperationType.Query)
            .AddExecutionStrategy<BudgetedMutationExecution>(GraphQLParser.AST.OperationType.Mutation)
            // Each event of a subscription runs in a service scope of its own: fresh loaders (counts and
            // titles as they are now), released once the event is sent, never the subscribing request's;
            // in a slot of the event pool, for the caller as the database has them now, access checked again.
            .AddExecutionStrategy<SubscriptionEventExecution>(GraphQLParser.AST.OperationType.Subscription));
        services.AddTransient(typeof(EdgeGraphType<,>));

        services.AddSingleton<IQueryFields, UserQueries>();
        services.AddSingleton<IQueryFields, AgentQueries>();
        services.AddSingleton<IQueryFields, SessionQueries>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, Search.SearchQueries>();
        services.AddSingleton<IMutationFields, SessionMutations>();
        services.AddSingleton<IMutationFields, MessageMutations>();
        services.AddSingleton<IMutationFields, MarkSessionReadMutation>();
        services.AddSingleton<ISubscriptionFields, MessageSubscriptions>();
        services.AddSingleton<ISubscriptionFields, SessionSubscriptions>();

        services.AddAgentPolicies().AddSessionPolicies();
        services.AddScoped<SessionListing>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<MessageCommands>();
        services.AddScoped<SessionDisplayNames>();
        services.AddScoped<EventBacklog>();
        services.AddScoped<NodeAccess>();
        services.AddScoped<UserVisibility>();
        services.AddClawithGenerationRules();
        services.AddScoped<Search.MessageSearch>();
        services.AddSingleton<Search.SearchIndex>();
        AddBatchLoaders(services);
        return services;
    }

    /// <summary>Every <see cref="BatchLoader{TKey,TValue}"/> of the app, one instance (and cache) per request.</summary>
    private static void AddBatchLoaders(IServiceCollection services)
    {
        var loaders = typeof(ClawithSchema).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && IsBatchLoader(type.BaseType));
        foreach (var loader in loaders)
            services.AddScoped(loader);
    }

    private static bool IsBatchLoader(Type? type) =>
        type is not null && (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(BatchLoader<,>) || IsBatchLoader(type.BaseType));

    /// <summary>
    /// A failure we did not foresee is logged in full and reaches the client only as a code. One that
    /// follows a cancellation (a timeout, a client gone) is expected: SQLite, for one, reports it as
    /// its own "interrupted" error. A database that is busy or out of reach is foreseen too, and told
    /// as the retryable DATABASE_UNAVAILABLE.
    /// </summary>
    private static void HideUnexpectedErrors(UnhandledExceptionContext context)
    {
        var logger = context.FieldContext?.RequestServices?.GetService<ILogger<ClawithSchema>>();
        if (context.FieldContext?.CancellationToken.IsCancellationRequested == true)
        {
            logger?.LogInformation("Resolving {Path} stopped: the operation was cancelled ({Reason})", context.FieldContext.Path, context.OriginalException.Message);
        }
        else if (TransientDatabaseFailure.IsTransient(context.OriginalException))
        {
            logger?.LogWarning(context.OriginalException, "Resolving {Path} failed: the database is busy or out of reach", context.FieldContext?.Path);
            context.Exception = CodedExecutionError.DatabaseUnavailable();
            return;
        }
        else
        {
            logger?.LogError(context.OriginalException, "Resolving {Path} failed", context.FieldContext?.Path);
        }
        context.Exception = CodedExecutionError.Unexpected();
    }
}
