using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Data;

/// <summary>Clawith's own tables, mapped with the names and storage formats of CONTRACT §5.</summary>
public sealed class ClawithDbContext(DbContextOptions<ClawithDbContext> options) : DbContext(options)
{
    public DbSet<Identity> Identities => Set<Identity>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<AgentPermission> AgentPermissions => Set<AgentPermission>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ChatSession> ChatSessions => Set<ChatSession>();
    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClawithDbContext).Assembly);
        StorageConventions.Apply(modelBuilder, Database.IsSqlite());
        if (Database.IsNpgsql())
            PostgresEnums.Declare(modelBuilder);
    }
}
