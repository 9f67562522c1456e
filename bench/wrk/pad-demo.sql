-- Pads the demo database's Atlas to 10 listed sessions (the demo has 6), for the sidebar against REST on
-- equal rows: four copies of "Trip planning" with their messages, under fixed ids.
INSERT INTO chat_sessions (id, agent_id, user_id, title, source_channel, external_conv_id, is_group, group_name, participant_id, peer_agent_id, created_at, last_message_at)
SELECT printf('b0000000-0000-4000-8000-%012d', n.value), agent_id, user_id, 'Padding ' || n.value, source_channel, NULL, is_group, group_name, participant_id, peer_agent_id, created_at, last_message_at
FROM chat_sessions, generate_series(1, 4) AS n WHERE title = 'Trip planning';
INSERT INTO chat_messages (id, agent_id, user_id, role, content, conversation_id, participant_id, thinking, created_at)
SELECT printf('c0000000-0000-4000-8%03d-%012d', n.value, m.rowid), m.agent_id, m.user_id, m.role, m.content,
       printf('b0000000-0000-4000-8000-%012d', n.value), m.participant_id, m.thinking, m.created_at
FROM chat_messages m JOIN chat_sessions s ON s.id = m.conversation_id, generate_series(1, 4) AS n WHERE s.title = 'Trip planning';
