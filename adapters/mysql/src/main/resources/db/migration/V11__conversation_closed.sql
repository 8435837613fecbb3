-- R23 chat touches: when the closing job turned a conversation into a touch (or found it one-sided). 0 = open.
ALTER TABLE conversations ADD COLUMN closed_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX idx_conversations_open ON conversations (closed_at, last_message_at);
