using Clawith.Graph.Configuration;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Data.Postgres;
using Clawith.Graph.Data.Resilience;
using Clawith.Graph.Data.Sqlite;
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
        services.AddCheckedSettings<DatabaseOptions>(configuration, DatabaseOptions.Section);
        services.AddCheckedSettings<DatabaseResilienceOptions>(configuration, DatabaseResilienceOptions.Section);
        services.AddSingleton(provider =>
        {
            var database = new DatabaseLocation(provider.GetRequiredService<DatabaseOptions>().Provider,
                configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultConnectionString);
            // Every connection the app opens is opened through this location: the library is set up before the first.
            if (database.Provider == DatabaseProvider.Sqlite)
                SqliteLibrarySettings.ApplyOnce();
            return database;
        });
        services.AddSingleton<DatabaseGeneration>();
        services.AddSingleton(provider => new SqliteConnectionSetup(
            provider.GetRequiredService<DatabaseResilienceOptions>(), provider.GetRequiredService<DatabaseOptions>().SqliteMemoryMapBytes));
        services.AddPooledDbContextFactory<ClawithDbContext>((provider, builder) =>
        {
            var database = provider.GetRequiredService<DatabaseLocation>();
            var resilience = provider.GetRequiredService<DatabaseResilienceOptions>();
            if (database.Provider == DatabaseProvider.Postgres)
                builder.UseNpgsql(PostgresConnectionSetup.ConnectionString(database.ConnectionString), postgres =>
                {
                    PostgresEnums.Map(postgres);
                    postgres.RetryTransientFailures(resilience);
                });
            else
                builder.UseSqlite(SqliteConnectionSetup.ConnectionString(database.ConnectionString, resilience))
                    .AddInterceptors(new ReusedStatementConnections(), provider.GetRequiredService<SqliteConnectionSetup>(), new SqliteInterruptInterceptor());
            builder.UseClawithGeneration(provider.GetRequiredService<DatabaseGeneration>());
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
