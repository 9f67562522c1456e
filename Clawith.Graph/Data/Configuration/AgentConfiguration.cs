using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("agents");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.AvatarUrl).HasMaxLength(500);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.CreatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
