-- Clawith fills many NOT NULL columns in Python (its models' default=...), not with server defaults, so a
-- row written by anything else must supply them (clawith-head-postgres.sql's "py default" comments). This
-- server never inserts tenants, users, identities, agents or runs, but the tests write their worlds through
-- its narrower EF model, which knows only the columns it uses: a test database gives the others Clawith's
-- Python defaults as server defaults. Only columns that exist, are NOT NULL and have no default yet are
-- touched; nothing the server reads or writes is changed (the catalog checks compare types, not defaults).
DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT * FROM (VALUES
        ('tenants', 'slug', '''tenant-'' || gen_random_uuid()'),
        ('tenants', 'im_provider', '''web_only'''),
        ('tenants', 'is_active', 'true'),
        ('tenants', 'default_message_limit', '50'),
        ('tenants', 'default_message_period', '''permanent'''),
        ('tenants', 'default_max_agents', '2'),
        ('tenants', 'min_heartbeat_interval_minutes', '240'),
        ('tenants', 'timezone', '''UTC'''),
        ('tenants', 'country_region', '''001'''),
        ('tenants', 'sso_enabled', 'false'),
        ('tenants', 'default_max_triggers', '20'),
        ('tenants', 'min_poll_interval_floor', '5'),
        ('tenants', 'max_webhook_rate_ceiling', '5'),
        ('tenants', 'a2a_async_enabled', 'true'),
        ('identities', 'is_active', 'true'),
        ('identities', 'is_platform_admin', 'false'),
        ('identities', 'email_verified', 'false'),
        ('users', 'quota_message_limit', '50'),
        ('users', 'quota_message_period', '''permanent'''),
        ('users', 'quota_messages_used', '0'),
        ('users', 'quota_max_agents', '2'),
        ('agents', 'role_description', ''''''),
        ('agents', 'agent_type', '''native'''),
        ('agents', 'status', '''idle'''),
        ('agents', 'autonomy_policy', '''{}'''),
        ('agents', 'tokens_used_today', '0'),
        ('agents', 'tokens_used_month', '0'),
        ('agents', 'tokens_used_total', '0'),
        ('agents', 'cache_read_tokens_today', '0'),
        ('agents', 'cache_read_tokens_month', '0'),
        ('agents', 'cache_read_tokens_total', '0'),
        ('agents', 'cache_creation_tokens_today', '0'),
        ('agents', 'cache_creation_tokens_month', '0'),
        ('agents', 'cache_creation_tokens_total', '0'),
        ('agents', 'context_window_size', '100'),
        ('agents', 'max_tool_rounds', '50'),
        ('agents', 'max_triggers', '20'),
        ('agents', 'min_poll_interval_min', '5'),
        ('agents', 'webhook_rate_limit', '5'),
        ('agents', 'is_expired', 'false'),
        ('agents', 'is_system', 'false'),
        ('agents', 'company_access_level', '''use'''),
        ('agents', 'llm_calls_today', '0'),
        ('agents', 'heartbeat_enabled', 'true'),
        ('agents', 'heartbeat_interval_minutes', '240'),
        ('agents', 'heartbeat_active_hours', '''09:00-18:00'''),
        ('agent_runs', 'source_type', '''chat'''),
        ('agent_runs', 'goal', ''''''),
        ('agent_runs', 'runtime_type', '''legacy'''),
        ('agent_runs', 'runtime_thread_id', ''''''),
        ('agent_runs', 'graph_name', ''''''),
        ('agent_runs', 'graph_version', ''''''),
        ('agent_runs', 'delivery_status', '''not_required'''),
        ('agent_runs', 'model_turn_limit', '1')
    ) AS v(table_name, column_name, value)
    LOOP
        IF EXISTS (SELECT 1 FROM information_schema.columns c
                   WHERE c.table_schema = current_schema() AND c.table_name = d.table_name AND c.column_name = d.column_name
                     AND c.is_nullable = 'NO' AND c.column_default IS NULL) THEN
            EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT %s', d.table_name, d.column_name, d.value);
        END IF;
    END LOOP;
END $$;
