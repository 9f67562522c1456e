using Clawith.Graph.Data.Generations;
using Clawith.Graph.Data.Resilience;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// A pooled context factory rather than a scoped context: GraphQL.NET resolves sibling fields
    /// in parallel, so every unit of work (a batch, a page, a mutation) takes a context of its own.
    /// </summary>
    public static IServiceCollection AddClawithData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DatabaseOptions.From(configuration);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? DatabaseOptions.DefaultConnectionString;
        var resilience = DatabaseResilienceOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(resilience);
        services.AddSingleton(new DatabaseLocation(options.Provider, connectionString));
        services.AddSingleton<DatabaseGeneration>();
        services.AddSingleton(new SqliteConnectionSetup(resilience, options.SqliteMemoryMapBytes));
        services.AddPooledDbContextFactory<ClawithDbContext>((provider, builder) =>
        {
            if (options.Provider == DatabaseProvider.Postgres)
                builder.UseNpgsql(connectionString, postgres =>
                {
                    PostgresEnums.Map(postgres);
                    postgres.RetryTransientFailures(resilience);
                });
            else
                builder.UseSqlite(SqliteConnectionSetup.ConnectionString(connectionString, resilience))
                    .AddInterceptors(new ReusedStatementConnections(), provider.GetRequiredService<SqliteConnectionSetup>(), new SqliteInterruptInterceptor());
            builder.UseClawithGeneration(provider.GetRequiredService<DatabaseGeneration>());
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
