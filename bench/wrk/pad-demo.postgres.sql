-- pad-demo.sql for a demo database on PostgreSQL (uuid columns, no rowid): Atlas padded to 10 listed sessions,
-- four copies of "Trip planning" with their messages, under the same fixed ids.
INSERT INTO chat_sessions (id, agent_id, user_id, title, source_channel, external_conv_id, is_group, group_name, participant_id, peer_agent_id, created_at, last_message_at)
SELECT format('b0000000-0000-4000-8000-%s', lpad(n::text, 12, '0'))::uuid, agent_id, user_id, 'Padding ' || n, source_channel, NULL, is_group, group_name,
       participant_id, peer_agent_id, created_at, last_message_at
FROM chat_sessions, generate_series(1, 4) AS n WHERE title = 'Trip planning';
INSERT INTO chat_messages (id, agent_id, user_id, role, content, conversation_id, participant_id, thinking, created_at)
SELECT format('c0000000-0000-4000-8%s-%s', lpad(n::text, 3, '0'), lpad(m.k::text, 12, '0'))::uuid, m.agent_id, m.user_id, m.role, m.content,
       format('b0000000-0000-4000-8000-%s', lpad(n::text, 12, '0')), m.participant_id, m.thinking, m.created_at
FROM (SELECT m.*, row_number() OVER (ORDER BY m.created_at, m.id) AS k
      FROM chat_messages m JOIN chat_sessions s ON s.id::text = m.conversation_id WHERE s.title = 'Trip planning') AS m,
     generate_series(1, 4) AS n;
