using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> builder)
    {
        builder.ToTable("chat_messages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ConversationId).HasMaxLength(200);
        // Nullable in the entity only: null is a label read from the column that this server does not know.
        builder.Property(m => m.Role).IsRequired();
        builder.Ignore(m => m.RoleLabel);
        builder.HasOne<Agent>().WithMany().HasForeignKey(m => m.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Participant>().WithMany().HasForeignKey(m => m.ParticipantId).OnDelete(DeleteBehavior.Restrict);

        // Every read of a session's messages is a keyset walk in (created_at, id) order.
        builder.HasIndex(m => new { m.ConversationId, m.CreatedAt, m.Id }).HasDatabaseName("ix_chat_messages_conversation");
        builder.HasIndex(m => m.AgentId).HasDatabaseName("ix_chat_messages_agent_id");
    }
}
