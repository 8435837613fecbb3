-- Per-part progress of multi-part outbox messages (a card, then its image): a retry resends only the parts that
-- did not go out. Indexes for the retention purge of DONE rows by age.
ALTER TABLE outbox ADD COLUMN parts_done INT NOT NULL DEFAULT 0;
CREATE INDEX idx_inbox_done ON inbox (status, received_at);
CREATE INDEX idx_outbox_done ON outbox (status, sent_at);
