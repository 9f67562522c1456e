using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Data.Generations;

/// <summary>
/// 251aeba8's columns and the tables its rules touch, with clawith-head-postgres.sql's types on PostgreSQL
/// (uuid, timestamptz, varchar(n), jsonb) and the storage conventions on SQLite. Where Clawith relaxed
/// chat_sessions.agent_id and user_id to NULL (native group chats), a database this server creates keeps
/// them NOT NULL: it writes only direct sessions, and reads only sessions under an agent (SessionRules251aeba8).
/// </summary>
public sealed class SchemaModel251aeba8 : ISchemaModel
{
    public void Apply(ModelBuilder modelBuilder, bool isSqlite)
    {
        var now = isSqlite ? "CURRENT_TIMESTAMP" : "now()";
        string Json(string value) => isSqlite ? $"'{value}'" : $"'{value}'::jsonb";

        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("tenants");
            tenant.Property(t => t.Id).ValueGeneratedNever();
            tenant.Property(t => t.Name).HasMaxLength(200);
            tenant.Property(t => t.Slug).HasMaxLength(50);
            tenant.HasIndex(t => t.Slug).IsUnique().HasDatabaseName("ix_tenants_slug");
        });
        modelBuilder.Entity<User>().HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        modelBuilder.Entity<Agent>(agent =>
        {
            agent.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
            agent.Property(a => a.AccessMode).HasMaxLength(20).IsRequired();
        });
        modelBuilder.Entity<ChatSession>(session =>
        {
            session.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).IsRequired().OnDelete(DeleteBehavior.Restrict);
            session.Property(s => s.SessionType).HasMaxLength(20).IsRequired();
            session.ToTable(table => table.HasCheckConstraint("ck_chat_sessions_session_type",
                "session_type IN ('direct', 'group', 'a2a', 'trigger')"));
            session.HasOne<Participant>().WithMany().HasForeignKey(s => s.CreatedByParticipantId).OnDelete(DeleteBehavior.Restrict);
            // Always written: a false one is sent, not left to the default.
            session.Property(s => s.IsPrimary).HasDefaultValue(false).ValueGeneratedNever();
            session.Property(s => s.UpdatedAt).IsRequired().HasDefaultValueSql(now);
            session.HasIndex(s => s.TenantId).HasDatabaseName("ix_chat_sessions_tenant_id");
            // At most one active primary direct session per (tenant, agent, user): RULES P1.
            session.HasIndex(s => new { s.TenantId, s.AgentId, s.UserId }).IsUnique().HasDatabaseName("uq_chat_sessions_primary_direct")
                .HasFilter("session_type = 'direct' AND is_primary = true AND deleted_at IS NULL");
        });
        modelBuilder.Entity<ChatMessage>(message =>
        {
            message.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
            message.HasIndex(m => m.TenantId).HasDatabaseName("ix_chat_messages_tenant_id");
            message.Property(m => m.Mentions).HasDefaultValueSql(Json("[]")).ValueGeneratedNever();
            if (!isSqlite)
                message.Property(m => m.Mentions).HasColumnType("jsonb");
        });
        modelBuilder.Entity<AgentRun>(run =>
        {
            run.ToTable("agent_runs");
            run.Property(r => r.Id).ValueGeneratedNever();
            run.Property(r => r.RunKind).HasMaxLength(24);
            run.Property(r => r.CreatedAt).HasDefaultValueSql(now).ValueGeneratedNever();
            run.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
            run.HasOne<Agent>().WithMany().HasForeignKey(r => r.AgentId).OnDelete(DeleteBehavior.Cascade);
            run.HasOne<ChatSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.SetNull);
            run.HasOne<AgentRun>().WithMany().HasForeignKey(r => r.ParentRunId).OnDelete(DeleteBehavior.SetNull);
            run.HasIndex(r => new { r.SessionId, r.CreatedAt }).IsDescending(false, true).HasDatabaseName("ix_agent_runs_session_created_at");
            run.HasIndex(r => r.ParentRunId).HasDatabaseName("ix_agent_runs_parent_run_id");
        });
        modelBuilder.Entity<AgentRunCommand>(command =>
        {
            command.ToTable("agent_run_commands");
            command.Property(c => c.Id).ValueGeneratedNever();
            command.Property(c => c.CommandType).HasMaxLength(24);
            command.Property(c => c.Payload).HasDefaultValueSql(Json("{}")).ValueGeneratedNever();
            if (!isSqlite)
                command.Property(c => c.Payload).HasColumnType("jsonb");
            command.Property(c => c.IdempotencyKey).HasMaxLength(255);
            command.Property(c => c.Status).HasMaxLength(24).HasDefaultValue("pending").ValueGeneratedNever();
            command.Property(c => c.AttemptCount).HasDefaultValue(0).ValueGeneratedNever();
            command.Property(c => c.CreatedAt).HasDefaultValueSql(now).ValueGeneratedNever();
            command.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
            command.HasOne<AgentRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
            command.HasOne<User>().WithMany().HasForeignKey(c => c.ActorUserId).OnDelete(DeleteBehavior.SetNull);
            command.HasIndex(c => new { c.RunId, c.IdempotencyKey }).IsUnique().HasDatabaseName("uq_agent_run_commands_run_idempotency");
        });
        // Read for the runtime_error of a message whose run failed (RULES M8).
        modelBuilder.Entity<AgentRunEvent>(runEvent =>
        {
            runEvent.ToTable("agent_run_events");
            runEvent.Property(e => e.Id).ValueGeneratedNever();
            runEvent.Property(e => e.EventType).HasMaxLength(40);
            runEvent.Property(e => e.Payload).HasDefaultValueSql(Json("{}")).ValueGeneratedNever();
            if (!isSqlite)
                runEvent.Property(e => e.Payload).HasColumnType("jsonb");
            runEvent.Property(e => e.IdempotencyKey).HasMaxLength(255);
            runEvent.Property(e => e.CreatedAt).HasDefaultValueSql(now).ValueGeneratedNever();
            runEvent.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
            runEvent.HasOne<AgentRun>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
            runEvent.HasIndex(e => new { e.RunId, e.IdempotencyKey }).IsUnique().HasDatabaseName("uq_agent_run_events_run_idempotency");
            runEvent.HasIndex(e => new { e.TenantId, e.EventType, e.CreatedAt }).HasDatabaseName("ix_agent_run_events_tenant_type_created");
        });
    }
}
