using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class AgentPermissionConfiguration : IEntityTypeConfiguration<AgentPermission>
{
    public void Configure(EntityTypeBuilder<AgentPermission> builder)
    {
        builder.ToTable("agent_permissions");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.AccessLevel).HasMaxLength(20);
        builder.HasOne<Agent>().WithMany().HasForeignKey(p => p.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.AgentId).HasDatabaseName("ix_agent_permissions_agent_id");
    }
}
