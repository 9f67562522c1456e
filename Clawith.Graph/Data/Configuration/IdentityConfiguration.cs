using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class IdentityConfiguration : IEntityTypeConfiguration<Identity>
{
    public void Configure(EntityTypeBuilder<Identity> builder)
    {
        builder.ToTable("identities");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Username).HasMaxLength(100);
        builder.HasIndex(i => i.Username).IsUnique();
    }
}
