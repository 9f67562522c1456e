-- An emulation of Clawith's in-place upgrade from 225b36fd (Alembic d9cbd43b62e5) to 251aeba8
-- (f061_enterprise_info_tenant_id), for the tables this server shares with Clawith: what the migrations
-- 046_add_primary_chat_sessions_and_unread, 052_add_agent_access_policy, 202607161200_unify_runtime_group_schema
-- (its group_domain, unified_chat, runtime_schema and chat_message_cursor phases), 202607221500_add_agent_model_deleted_at
-- and v1_0_0_f060_tenant_id_backfill do to an old database and its rows (DIFF.md §3-4), in their order, with
-- their SQL where they give it (backend/alembic/versions/ at 251aeba8). It is not Clawith's Alembic chain:
-- the other revisions on the path touch no column this server uses, and the columns Clawith adds elsewhere
-- (tenants' and agents' new settings) are left out. Run it on a database made from clawith-postgres.sql whose
-- users and agents have tenants (Clawith's 225b36fd had them; see step 0). Like Alembic's upgrade, it runs
-- in one transaction, and its audits abort it on rows Clawith's would refuse.
BEGIN;

-- 0. What the 225b36fd test schema leaves out and a real 225b36fd database has: tenants (with more columns),
--    and llm_models, which the runtime tables point at (reduced to its key, as in clawith-head-postgres.sql).
CREATE TABLE IF NOT EXISTS tenants (
    id         uuid         NOT NULL PRIMARY KEY,
    name       varchar(200) NOT NULL,
    slug       varchar(50)  NOT NULL,
    is_active  boolean      NOT NULL DEFAULT true,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS ix_tenants_slug ON tenants (slug);
CREATE TABLE IF NOT EXISTS llm_models (id uuid NOT NULL PRIMARY KEY);

-- 1. 046: is_primary and last_read_at_by_user; nothing unread after the upgrade; one primary per (agent, user)
--    among web sessions that are not group chats, preferring one with a user message, then the latest.
ALTER TABLE chat_sessions ADD COLUMN IF NOT EXISTS is_primary boolean NOT NULL DEFAULT false;
ALTER TABLE chat_sessions ADD COLUMN IF NOT EXISTS last_read_at_by_user timestamptz;
UPDATE chat_sessions
SET last_read_at_by_user = COALESCE(last_message_at, created_at)
WHERE last_read_at_by_user IS NULL;
WITH message_stats AS (
    SELECT conversation_id, SUM(CASE WHEN role = 'user' THEN 1 ELSE 0 END) AS user_msg_count
    FROM chat_messages
    GROUP BY conversation_id
),
ranked_sessions AS (
    SELECT cs.id,
           ROW_NUMBER() OVER (
               PARTITION BY cs.agent_id, cs.user_id
               ORDER BY CASE WHEN COALESCE(ms.user_msg_count, 0) > 0 THEN 0 ELSE 1 END,
                        COALESCE(cs.last_message_at, cs.created_at) DESC,
                        cs.created_at DESC
           ) AS rn
    FROM chat_sessions cs
    LEFT JOIN message_stats ms ON ms.conversation_id = cs.id::text
    WHERE cs.source_channel = 'web' AND COALESCE(cs.is_group, false) = false
)
UPDATE chat_sessions cs
SET is_primary = true
FROM ranked_sessions rs
WHERE cs.id = rs.id AND rs.rn = 1;
CREATE UNIQUE INDEX uq_chat_sessions_primary_platform ON chat_sessions (agent_id, user_id)
    WHERE is_primary = true AND source_channel = 'web' AND is_group = false;
CREATE INDEX ix_chat_sessions_is_primary ON chat_sessions (is_primary);

-- 2. 052: access_mode (company unless the agent had user rows and no company row: then private) and company_access_level.
ALTER TABLE agents ADD COLUMN IF NOT EXISTS access_mode VARCHAR(20) NOT NULL DEFAULT 'company';
ALTER TABLE agents ADD COLUMN IF NOT EXISTS company_access_level VARCHAR(20) NOT NULL DEFAULT 'use';
UPDATE agents
SET access_mode = 'private'
WHERE id IN (
    SELECT agent_id FROM agent_permissions
    GROUP BY agent_id
    HAVING bool_or(scope_type = 'user') AND NOT bool_or(scope_type = 'company')
);
UPDATE agents
SET company_access_level = COALESCE((
    SELECT ap.access_level FROM agent_permissions ap
    WHERE ap.agent_id = agents.id AND ap.scope_type = 'company'
    ORDER BY ap.id LIMIT 1
), company_access_level)
WHERE access_mode = 'company';

-- 3. 202607161200, group_domain: native groups.
CREATE TABLE groups (
    id                        uuid         NOT NULL,
    tenant_id                 uuid         NOT NULL,
    name                      varchar(200) NOT NULL,
    description               text,
    created_by_participant_id uuid         NOT NULL,
    deleted_at                timestamptz,
    created_at                timestamptz  NOT NULL DEFAULT now(),
    updated_at                timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_groups PRIMARY KEY (id),
    CONSTRAINT fk_groups_tenant_id_tenants FOREIGN KEY (tenant_id)
        REFERENCES tenants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_groups_created_by_participant_id_participants FOREIGN KEY (created_by_participant_id)
        REFERENCES participants (id) ON DELETE RESTRICT
);
CREATE INDEX ix_groups_tenant_id_deleted_at ON groups (tenant_id, deleted_at);

CREATE TABLE group_members (
    id                 uuid        NOT NULL,
    group_id           uuid        NOT NULL,
    participant_id     uuid        NOT NULL,
    role               varchar(20) NOT NULL DEFAULT 'member',
    joined_at          timestamptz NOT NULL DEFAULT now(),
    removed_at         timestamptz,
    session_read_state jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- {"<session_id>": {"last_read_message_id": "...", "last_read_at": "..."}}
    CONSTRAINT pk_group_members PRIMARY KEY (id),
    CONSTRAINT ck_group_members_role CHECK (role IN ('manager', 'member')),
    CONSTRAINT uq_group_members_group_participant UNIQUE (group_id, participant_id),
    CONSTRAINT fk_group_members_group_id_groups FOREIGN KEY (group_id)
        REFERENCES groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_members_participant_id_participants FOREIGN KEY (participant_id)
        REFERENCES participants (id) ON DELETE RESTRICT
);
CREATE INDEX ix_group_members_participant_id ON group_members (participant_id);

-- 4. 202607161200, unified_chat (:1324-1483): the new columns, the pre-audit, the backfill, the final audit,
--    then NOT NULL, the relaxed agent_id/user_id, the constraints and indexes.
ALTER TABLE chat_sessions ADD COLUMN tenant_id uuid;
ALTER TABLE chat_sessions ADD COLUMN session_type varchar(20);
ALTER TABLE chat_sessions ADD COLUMN group_id uuid;
ALTER TABLE chat_sessions ADD COLUMN created_by_participant_id uuid;
ALTER TABLE chat_sessions ADD COLUMN deleted_at timestamptz;
ALTER TABLE chat_sessions ADD COLUMN updated_at timestamptz;
ALTER TABLE chat_messages ADD COLUMN mentions jsonb;
LOCK TABLE chat_sessions, chat_messages IN ACCESS EXCLUSIVE MODE;
DO $$
BEGIN
    IF (SELECT count(*) FROM chat_sessions cs LEFT JOIN agents a ON a.id = cs.agent_id
        WHERE cs.tenant_id IS NULL AND (cs.agent_id IS NULL OR a.tenant_id IS NULL)) > 0 THEN
        RAISE EXCEPTION 'Cannot backfill chat_sessions.tenant_id because the source Agent tenant is missing';
    END IF;
    IF (SELECT count(*) FROM chat_sessions cs LEFT JOIN users u ON u.id = cs.user_id
        WHERE (CASE WHEN cs.source_channel = 'agent' THEN 'a2a' WHEN cs.source_channel = 'trigger' THEN 'trigger'
                    WHEN COALESCE(cs.is_group, false) = true THEN 'group' ELSE 'direct' END) = 'direct'
          AND (cs.user_id IS NULL OR u.tenant_id IS NULL)) > 0 THEN
        RAISE EXCEPTION 'Cannot migrate direct chat session because the User tenant is missing';
    END IF;
    IF (SELECT count(*) FROM chat_sessions cs JOIN agents a ON a.id = cs.agent_id JOIN users u ON u.id = cs.user_id
        WHERE (CASE WHEN cs.source_channel = 'agent' THEN 'a2a' WHEN cs.source_channel = 'trigger' THEN 'trigger'
                    WHEN COALESCE(cs.is_group, false) = true THEN 'group' ELSE 'direct' END) = 'direct'
          AND a.tenant_id IS DISTINCT FROM u.tenant_id) > 0 THEN
        RAISE EXCEPTION 'Cannot migrate direct chat session because Agent and User tenants disagree';
    END IF;
END $$;
UPDATE chat_sessions cs SET tenant_id = a.tenant_id FROM agents a WHERE cs.agent_id = a.id AND cs.tenant_id IS NULL;
UPDATE chat_sessions cs
SET session_type = CASE
    WHEN cs.source_channel = 'agent' THEN 'a2a'
    WHEN cs.source_channel = 'trigger' THEN 'trigger'
    WHEN COALESCE(cs.is_group, false) = true THEN 'group'
    ELSE 'direct'
END
WHERE cs.session_type IS NULL;
UPDATE chat_sessions cs SET created_by_participant_id = p.id FROM participants p
WHERE cs.created_by_participant_id IS NULL AND cs.session_type IN ('direct', 'group') AND p.type = 'user' AND p.ref_id = cs.user_id;
UPDATE chat_sessions SET created_by_participant_id = participant_id
WHERE created_by_participant_id IS NULL AND session_type = 'a2a' AND participant_id IS NOT NULL;
UPDATE chat_sessions cs SET created_by_participant_id = p.id FROM participants p
WHERE cs.created_by_participant_id IS NULL AND cs.session_type = 'trigger' AND p.type = 'agent' AND p.ref_id = cs.agent_id;
UPDATE chat_sessions SET updated_at = now() WHERE updated_at IS NULL;
UPDATE chat_messages SET mentions = '[]'::jsonb WHERE mentions IS NULL;
DO $$
BEGIN
    IF (SELECT count(*) FROM chat_sessions WHERE tenant_id IS NULL OR session_type IS NULL OR updated_at IS NULL) > 0 THEN
        RAISE EXCEPTION 'Unified chat backfill left required chat_sessions fields empty';
    END IF;
    IF (SELECT count(*) FROM (SELECT tenant_id, agent_id, user_id FROM chat_sessions
                              WHERE session_type = 'direct' AND is_primary = true AND deleted_at IS NULL
                              GROUP BY tenant_id, agent_id, user_id HAVING count(*) > 1) duplicates) > 0 THEN
        RAISE EXCEPTION 'Cannot create direct primary-session uniqueness because duplicate primaries exist';
    END IF;
END $$;
ALTER TABLE chat_sessions ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE chat_sessions ALTER COLUMN session_type SET NOT NULL;
ALTER TABLE chat_sessions ALTER COLUMN agent_id DROP NOT NULL;
ALTER TABLE chat_sessions ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE chat_sessions ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE chat_sessions ALTER COLUMN updated_at SET DEFAULT now();
ALTER TABLE chat_messages ALTER COLUMN agent_id DROP NOT NULL;
ALTER TABLE chat_messages ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE chat_messages ALTER COLUMN mentions SET NOT NULL;
ALTER TABLE chat_messages ALTER COLUMN mentions SET DEFAULT '[]'::jsonb;
ALTER TABLE chat_sessions ADD CONSTRAINT fk_chat_sessions_tenant_id_tenants FOREIGN KEY (tenant_id) REFERENCES tenants (id);
ALTER TABLE chat_sessions ADD CONSTRAINT fk_chat_sessions_group_id_groups FOREIGN KEY (group_id) REFERENCES groups (id);
ALTER TABLE chat_sessions ADD CONSTRAINT fk_chat_sessions_created_by_participant_id_participants
    FOREIGN KEY (created_by_participant_id) REFERENCES participants (id);
ALTER TABLE chat_sessions ADD CONSTRAINT uq_chat_sessions_tenant_id_id UNIQUE (tenant_id, id);
ALTER TABLE chat_sessions ADD CONSTRAINT ck_chat_sessions_session_type CHECK (session_type IN ('direct', 'group', 'a2a', 'trigger'));
DROP INDEX uq_chat_sessions_primary_platform;
CREATE INDEX ix_chat_sessions_tenant_id ON chat_sessions (tenant_id);
CREATE INDEX ix_chat_sessions_group_id ON chat_sessions (group_id);
CREATE UNIQUE INDEX uq_chat_sessions_primary_direct ON chat_sessions (tenant_id, agent_id, user_id)
    WHERE session_type = 'direct' AND is_primary = true AND deleted_at IS NULL;
CREATE UNIQUE INDEX uq_chat_sessions_primary_group ON chat_sessions (group_id)
    WHERE session_type = 'group' AND group_id IS NOT NULL AND is_primary = true AND deleted_at IS NULL;

-- 5. 202607161200, runtime_schema: the runtime tables deleting a session touches (as clawith-head-postgres.sql has them).
CREATE TABLE agent_runs (
    id                                    uuid         NOT NULL,
    tenant_id                             uuid         NOT NULL,
    agent_id                              uuid,
    session_id                            uuid,
    source_type                           varchar(32)  NOT NULL,
    source_id                             varchar(200),
    source_execution_id                   varchar(200),
    correlation_id                        varchar(200),
    origin_user_id                        uuid,
    origin_agent_id                       uuid,
    parent_run_id                         uuid,
    root_run_id                           uuid,
    goal                                  text         NOT NULL,
    run_kind                              varchar(24)  NOT NULL,
    system_role                           varchar(32),
    model_id                              uuid,
    model_turn_limit                      integer,
    runtime_type                          varchar(24)  NOT NULL,
    runtime_thread_id                     varchar(255) NOT NULL,
    graph_name                            varchar(100) NOT NULL,
    graph_version                         varchar(64)  NOT NULL,
    scheduling_lane_key                   varchar(255),
    scheduling_position_created_at        timestamptz,
    scheduling_position_id                uuid,
    lane_held                             boolean      NOT NULL DEFAULT false,
    lane_claimed_at                       timestamptz,
    session_context_applied_checkpoint_id varchar(255),
    delivery_status                       varchar(24)  NOT NULL,
    delivery_target                       jsonb,
    created_at                            timestamptz  NOT NULL DEFAULT now(),
    updated_at                            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_agent_runs PRIMARY KEY (id),
    CONSTRAINT uq_agent_runs_tenant_id_id UNIQUE (tenant_id, id),
    CONSTRAINT ck_agent_runs_source_type CHECK (source_type IN ('chat', 'trigger', 'task', 'a2a', 'heartbeat')),
    CONSTRAINT ck_agent_runs_run_kind CHECK (run_kind IN ('foreground', 'background', 'delegated', 'orchestration')),
    CONSTRAINT ck_agent_runs_runtime_type CHECK (runtime_type IN ('legacy', 'langgraph')),
    CONSTRAINT ck_agent_runs_delivery_status CHECK (delivery_status IN ('not_required', 'pending', 'delivered', 'failed')),
    CONSTRAINT ck_agent_runs_langgraph_model CHECK (runtime_type <> 'langgraph' OR model_id IS NOT NULL),
    CONSTRAINT ck_agent_runs_lane_holder_key CHECK (lane_held = false OR scheduling_lane_key IS NOT NULL),
    CONSTRAINT ck_agent_runs_lane_position CHECK (
        (scheduling_lane_key IS NULL AND scheduling_position_created_at IS NULL AND scheduling_position_id IS NULL)
        OR (scheduling_lane_key IS NOT NULL AND scheduling_position_created_at IS NOT NULL AND scheduling_position_id IS NOT NULL)),
    CONSTRAINT ck_agent_runs_orchestration_identity CHECK (
        (run_kind = 'orchestration' AND agent_id IS NULL AND system_role = 'group_planning' AND model_id IS NOT NULL)
        OR (run_kind <> 'orchestration' AND agent_id IS NOT NULL AND system_role IS NULL)),
    CONSTRAINT ck_agent_runs_model_turn_limit CHECK (
        (run_kind = 'orchestration' AND model_turn_limit IS NULL)
        OR (run_kind <> 'orchestration' AND model_turn_limit > 0)),
    CONSTRAINT fk_agent_runs_tenant_id_tenants FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_runs_agent_id_agents FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_runs_session_id_chat_sessions FOREIGN KEY (session_id) REFERENCES chat_sessions (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_runs_tenant_session_chat_sessions FOREIGN KEY (tenant_id, session_id) REFERENCES chat_sessions (tenant_id, id),
    CONSTRAINT fk_agent_runs_origin_user_id_users FOREIGN KEY (origin_user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_runs_origin_agent_id_agents FOREIGN KEY (origin_agent_id) REFERENCES agents (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_runs_parent_run_id_agent_runs FOREIGN KEY (parent_run_id) REFERENCES agent_runs (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_runs_root_run_id_agent_runs FOREIGN KEY (root_run_id) REFERENCES agent_runs (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_runs_model_id_llm_models FOREIGN KEY (model_id) REFERENCES llm_models (id) ON DELETE RESTRICT
);
CREATE INDEX ix_agent_runs_tenant_thread_created_at ON agent_runs (tenant_id, runtime_thread_id, created_at, id);
CREATE INDEX ix_agent_runs_session_created_at       ON agent_runs (session_id, created_at DESC);
CREATE INDEX ix_agent_runs_parent_run_id            ON agent_runs (parent_run_id);
CREATE INDEX ix_agent_runs_root_run_id              ON agent_runs (root_run_id);
CREATE INDEX ix_agent_runs_source                   ON agent_runs (source_type, source_id);
CREATE INDEX ix_agent_runs_lane_candidate_order     ON agent_runs (scheduling_lane_key, scheduling_position_created_at, scheduling_position_id, created_at, id)
    WHERE scheduling_lane_key IS NOT NULL;
CREATE UNIQUE INDEX uq_agent_runs_source_execution  ON agent_runs (source_type, source_execution_id) WHERE source_execution_id IS NOT NULL;
CREATE UNIQUE INDEX uq_agent_runs_active_lane       ON agent_runs (scheduling_lane_key) WHERE scheduling_lane_key IS NOT NULL AND lane_held IS TRUE;

CREATE TABLE agent_run_commands (
    id                    uuid         NOT NULL,
    tenant_id             uuid         NOT NULL,
    run_id                uuid         NOT NULL,
    command_type          varchar(24)  NOT NULL,
    payload               jsonb        NOT NULL DEFAULT '{}'::jsonb,
    actor_user_id         uuid,
    actor_agent_id        uuid,
    idempotency_key       varchar(255) NOT NULL,
    status                varchar(24)  NOT NULL DEFAULT 'pending',
    claimed_by            varchar(128),
    claim_expires_at      timestamptz,
    attempt_count         integer      NOT NULL DEFAULT 0,
    applied_checkpoint_id varchar(255),
    error_code            varchar(100),
    created_at            timestamptz  NOT NULL DEFAULT now(),
    applied_at            timestamptz,
    CONSTRAINT pk_agent_run_commands PRIMARY KEY (id),
    CONSTRAINT uq_agent_run_commands_run_idempotency UNIQUE (run_id, idempotency_key),
    CONSTRAINT ck_agent_run_commands_command_type CHECK (command_type IN ('start', 'resume', 'cancel')),
    CONSTRAINT ck_agent_run_commands_status CHECK (status IN ('pending', 'claimed', 'applied', 'rejected')),
    CONSTRAINT ck_agent_run_commands_attempt_count CHECK (attempt_count >= 0),
    CONSTRAINT fk_agent_run_commands_tenant_id_tenants FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_run_commands_tenant_run_agent_runs FOREIGN KEY (tenant_id, run_id) REFERENCES agent_runs (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_run_commands_actor_user_id_users FOREIGN KEY (actor_user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_run_commands_actor_agent_id_agents FOREIGN KEY (actor_agent_id) REFERENCES agents (id) ON DELETE SET NULL
);
CREATE INDEX ix_agent_run_commands_status_claim_created ON agent_run_commands (status, claim_expires_at, created_at);
CREATE INDEX ix_agent_run_commands_run_created          ON agent_run_commands (run_id, created_at, id);

CREATE TABLE agent_run_events (
    id                   uuid         NOT NULL,
    run_id               uuid         NOT NULL,
    tenant_id            uuid         NOT NULL,
    agent_id             uuid,
    event_type           varchar(40)  NOT NULL,
    summary              text         NOT NULL,
    payload              jsonb        NOT NULL DEFAULT '{}'::jsonb,
    artifact_refs        jsonb        NOT NULL DEFAULT '[]'::jsonb,
    idempotency_key      varchar(255) NOT NULL,
    source_checkpoint_id varchar(255),
    created_at           timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_agent_run_events PRIMARY KEY (id),
    CONSTRAINT uq_agent_run_events_run_idempotency UNIQUE (run_id, idempotency_key),
    CONSTRAINT ck_agent_run_events_event_type CHECK (event_type IN (
        'run_created', 'status_changed', 'waiting_started', 'resumed', 'evidence_added',
        'verification_updated', 'run_completed', 'run_failed', 'run_cancelled',
        'delivery_succeeded', 'delivery_failed', 'channel_delivery_delivered', 'channel_delivery_failed')),
    CONSTRAINT fk_agent_run_events_tenant_id_tenants FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_run_events_tenant_run_agent_runs FOREIGN KEY (tenant_id, run_id) REFERENCES agent_runs (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_run_events_agent_id_agents FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE SET NULL
);
CREATE INDEX ix_agent_run_events_run_created          ON agent_run_events (run_id, created_at);
CREATE INDEX ix_agent_run_events_tenant_type_created  ON agent_run_events (tenant_id, event_type, created_at);
CREATE UNIQUE INDEX uq_agent_run_events_checkpoint_type_non_delivery ON agent_run_events (run_id, source_checkpoint_id, event_type)
    WHERE event_type NOT IN ('delivery_succeeded', 'delivery_failed');

-- 6. 202607161200, chat_message_cursor.
CREATE INDEX ix_chat_messages_conversation_created_id ON chat_messages (conversation_id, created_at, id);

-- 7. 202607221500: soft-deleted agents.
ALTER TABLE agents ADD COLUMN IF NOT EXISTS deleted_at timestamptz;
CREATE INDEX ix_agents_active_tenant_created_at ON agents (tenant_id, created_at) WHERE deleted_at IS NULL;

-- 8. f060: chat_messages.tenant_id, backfilled from the agent, then the user, then the session; what is left
--    goes to the oldest tenant (which can mis-assign an orphan row, as Clawith's does).
ALTER TABLE chat_messages ADD COLUMN IF NOT EXISTS tenant_id uuid REFERENCES tenants (id);
CREATE INDEX ix_chat_messages_tenant_id ON chat_messages (tenant_id);
UPDATE chat_messages SET tenant_id = agents.tenant_id FROM agents
WHERE chat_messages.agent_id = agents.id AND chat_messages.tenant_id IS NULL;
UPDATE chat_messages SET tenant_id = users.tenant_id FROM users
WHERE chat_messages.user_id = users.id AND chat_messages.tenant_id IS NULL;
UPDATE chat_messages SET tenant_id = chat_sessions.tenant_id FROM chat_sessions
WHERE chat_messages.conversation_id = chat_sessions.id::text AND chat_messages.tenant_id IS NULL;
UPDATE chat_messages SET tenant_id = (SELECT id FROM tenants ORDER BY created_at LIMIT 1)
WHERE tenant_id IS NULL AND EXISTS (SELECT 1 FROM tenants);

COMMIT;
