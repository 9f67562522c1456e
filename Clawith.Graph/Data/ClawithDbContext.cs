using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Data;

/// <summary>
/// Clawith's own tables, mapped with the names and storage formats of ARCHITECTURE §4, as its database's
/// generation has them (<see cref="Generation"/>): the columns every generation shares (Data/Configuration),
/// plus the generation's own (<see cref="ISchemaModel"/>).
/// </summary>
public sealed class ClawithDbContext(DbContextOptions<ClawithDbContext> options) : DbContext(options)
{
    public DbSet<Identity> Identities => Set<Identity>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<AgentPermission> AgentPermissions => Set<AgentPermission>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ChatSession> ChatSessions => Set<ChatSession>();
    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();

    /// <summary>The generation of the database this context works on, whose model it builds.</summary>
    public SchemaGeneration Generation => GenerationOptions.GenerationOf(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClawithDbContext).Assembly);
        ISchemaModel.For(Generation).Apply(modelBuilder, Database.IsSqlite());
        StorageConventions.Apply(modelBuilder, Database.IsSqlite());
        if (Database.IsNpgsql())
            PostgresEnums.Declare(modelBuilder);
    }
}
