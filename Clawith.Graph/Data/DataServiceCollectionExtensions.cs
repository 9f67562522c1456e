using Microsoft.Data.Sqlite;
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
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? DatabaseOptions.DefaultConnectionString;
        services.AddSingleton(options);
        services.AddSingleton(new DatabaseLocation(options.Provider, connectionString));
        services.AddPooledDbContextFactory<ClawithDbContext>((provider, builder) =>
        {
            if (options.Provider == DatabaseProvider.Postgres)
                builder.UseNpgsql(connectionString, PostgresEnums.Map);
            else
                builder.UseSqlite(WithForeignKeys(connectionString));
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    private static string WithForeignKeys(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();
}
