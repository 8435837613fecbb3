-- R23 输单 in chat: a lead marked lost keeps its stage and gets the configured reason code and when (0 = open).
ALTER TABLE leads ADD COLUMN lost_reason VARCHAR(64) NULL;
ALTER TABLE leads ADD COLUMN lost_at BIGINT NOT NULL DEFAULT 0;
