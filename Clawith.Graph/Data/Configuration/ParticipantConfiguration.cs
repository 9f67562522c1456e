using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("participants");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Type).HasMaxLength(10);
        builder.Property(p => p.DisplayName).HasMaxLength(100);
        builder.Property(p => p.AvatarUrl).HasMaxLength(500);
        builder.HasIndex(p => new { p.Type, p.RefId }).IsUnique().HasDatabaseName("uq_participants_type_ref");
    }
}
