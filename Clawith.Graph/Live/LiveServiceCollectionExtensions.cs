namespace Clawith.Graph.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The chat event bus (<see cref="IChatEvents"/>), one per server instance.</summary>
    public static IServiceCollection AddClawithLive(this IServiceCollection services)
    {
        services.AddSingleton<IChatEvents, InProcessChatEvents>();
        return services;
    }
}
