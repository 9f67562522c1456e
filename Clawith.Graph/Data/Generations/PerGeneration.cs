namespace Clawith.Graph.Data.Generations;

/// <summary>
/// Registers a concept that differs between generations as one interface with one implementation per
/// generation; the implementation resolved is the database's generation's, so callers hold the interface
/// and never ask which generation they are on.
/// </summary>
public static class PerGeneration
{
    public static IServiceCollection AddPerGeneration<TService, T225b36fd, T251aeba8>(this IServiceCollection services, ServiceLifetime lifetime)
        where TService : class
        where T225b36fd : class, TService
        where T251aeba8 : class, TService
    {
        services.Add(new ServiceDescriptor(typeof(T225b36fd), typeof(T225b36fd), lifetime));
        services.Add(new ServiceDescriptor(typeof(T251aeba8), typeof(T251aeba8), lifetime));
        services.Add(new ServiceDescriptor(typeof(TService), provider =>
            provider.GetRequiredService<DatabaseGeneration>().Current == SchemaGeneration.Commit251aeba8
                ? provider.GetRequiredService<T251aeba8>()
                : provider.GetRequiredService<T225b36fd>(), lifetime));
        return services;
    }
}
