using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.AvatarUrl).HasMaxLength(500);
        builder.Ignore(u => u.RoleLabel);
        builder.HasOne(u => u.Identity).WithMany().HasForeignKey(u => u.IdentityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.IdentityId).HasDatabaseName("ix_users_identity_id");
    }
}
