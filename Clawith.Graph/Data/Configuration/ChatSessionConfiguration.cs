using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clawith.Graph.Data.Configuration;

public sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> builder)
    {
        builder.ToTable("chat_sessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(ChatSession.TitleMaxLength);
        builder.Property(s => s.SourceChannel).HasMaxLength(20);
        builder.Property(s => s.ExternalConvId).HasMaxLength(200);
        builder.Property(s => s.GroupName).HasMaxLength(200);
        builder.Property(s => s.IsGroup).HasDefaultValue(false);
        builder.HasOne<Agent>().WithMany().HasForeignKey(s => s.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(s => s.PeerAgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Participant>().WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.IsAgentToAgent);
        builder.Ignore(s => s.ConversationId);

        // The listings' hot paths: an agent's sessions of one user (MINE); an agent's sessions, and the
        // sessions where it is the peer, each in page order (ALL), so a page is an index walk that stops
        // after a page (see SessionKeyset). New names: an existing file gains them beside its old ones.
        builder.HasIndex(s => new { s.AgentId, s.UserId }).HasDatabaseName("ix_chat_sessions_agent_user");
        builder.HasIndex(s => new { s.AgentId, s.LastMessageAt, s.CreatedAt, s.Id }).HasDatabaseName("ix_chat_sessions_agent_page");
        builder.HasIndex(s => new { s.PeerAgentId, s.LastMessageAt, s.CreatedAt, s.Id }).HasDatabaseName("ix_chat_sessions_peer_page");
        builder.HasIndex(s => s.UserId).HasDatabaseName("ix_chat_sessions_user_id");
    }
}
