using Clawith.Graph.Data;

namespace Clawith.Graph.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The chat event bus (<see cref="IChatEvents"/>), one per server instance: in process on SQLite,
    /// LISTEN/NOTIFY on PostgreSQL (after AddClawithData, whose <see cref="DatabaseLocation"/> decides).
    /// </summary>
    public static IServiceCollection AddClawithLive(this IServiceCollection services)
    {
        services.AddSingleton<InProcessChatEvents>();
        services.AddSingleton<PostgresChatEvents>();
        services.AddSingleton<IChatEvents>(provider => provider.GetRequiredService<DatabaseLocation>().Provider == DatabaseProvider.Postgres
            ? provider.GetRequiredService<PostgresChatEvents>()
            : provider.GetRequiredService<InProcessChatEvents>());
        // Idle on SQLite: it listens only when the database is PostgreSQL.
        services.AddHostedService<PostgresChatEventListener>();
        services.AddSingleton<ChatEventAnnouncer>();
        return services;
    }
}
