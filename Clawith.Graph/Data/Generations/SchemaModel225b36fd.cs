using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Data.Generations;

/// <summary>225b36fd: none of 251aeba8's columns or tables, and a message always has its agent and user.</summary>
public sealed class SchemaModel225b36fd : ISchemaModel
{
    public void Apply(ModelBuilder modelBuilder, bool isSqlite)
    {
        modelBuilder.Entity<User>().Ignore(u => u.TenantId);
        modelBuilder.Entity<Agent>(agent =>
        {
            agent.Ignore(a => a.TenantId);
            agent.Ignore(a => a.AccessMode);
            agent.Ignore(a => a.DeletedAt);
        });
        modelBuilder.Entity<ChatSession>(session =>
        {
            session.Ignore(s => s.TenantId);
            session.Ignore(s => s.SessionType);
            session.Ignore(s => s.GroupId);
            session.Ignore(s => s.CreatedByParticipantId);
            session.Ignore(s => s.IsPrimary);
            session.Ignore(s => s.LastReadAtByUser);
            session.Ignore(s => s.DeletedAt);
            session.Ignore(s => s.UpdatedAt);
        });
        modelBuilder.Entity<ChatMessage>(message =>
        {
            message.Ignore(m => m.TenantId);
            message.Ignore(m => m.Mentions);
            message.Property(m => m.AgentId).IsRequired();
            message.Property(m => m.UserId).IsRequired();
        });
    }
}
