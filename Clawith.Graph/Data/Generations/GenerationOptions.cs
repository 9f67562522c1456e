using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Clawith.Graph.Data.Generations;

/// <summary>
/// Tells <see cref="ClawithDbContext"/> the generation whose model to build, and keys EF's model cache by it:
/// a context maps exactly the columns its database has (<see cref="ISchemaModel"/>).
/// </summary>
public static class GenerationOptions
{
    /// <summary>The generation as <paramref name="generation"/> settles it (read when the model is first needed).</summary>
    public static DbContextOptionsBuilder UseClawithGeneration(this DbContextOptionsBuilder builder, DatabaseGeneration generation) =>
        builder.UseClawithGeneration(() => generation.Current);

    /// <summary>A fixed generation, for a context made outside the app (tests that shape a database of either).</summary>
    public static DbContextOptionsBuilder UseClawithGeneration(this DbContextOptionsBuilder builder, SchemaGeneration generation) =>
        builder.UseClawithGeneration(() => generation);

    private static DbContextOptionsBuilder UseClawithGeneration(this DbContextOptionsBuilder builder, Func<SchemaGeneration> generation)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new GenerationOptionsExtension(generation));
        return builder.ReplaceService<IModelCacheKeyFactory, GenerationModelCacheKeyFactory>();
    }

    /// <summary>The generation of the model <paramref name="options"/> build; Clawith's REST module's when none was given.</summary>
    public static SchemaGeneration GenerationOf(IDbContextOptions options) =>
        options.FindExtension<GenerationOptionsExtension>()?.Generation() ?? SchemaGeneration.Commit225b36fd;
}

internal sealed class GenerationOptionsExtension(Func<SchemaGeneration> generation) : IDbContextOptionsExtension
{
    public Func<SchemaGeneration> Generation => generation;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>Contexts of every generation share EF's internal services: only the model differs, and its cache key says so.</summary>
    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

/// <summary>One model per context type and generation.</summary>
public sealed class GenerationModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is ClawithDbContext clawith ? clawith.Generation : SchemaGeneration.Commit225b36fd, designTime);
}
