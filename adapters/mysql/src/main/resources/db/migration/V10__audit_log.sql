-- Audit trail: every change made in chat or by API (who, what, before/after, channel, when). Append-only.
CREATE TABLE audit_log (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  actor_id     VARCHAR(64)  NOT NULL,
  action       VARCHAR(64)  NOT NULL,
  subject_type VARCHAR(32)  NOT NULL,
  subject_id   VARCHAR(128) NOT NULL,
  before_value TEXT         NULL,
  after_value  TEXT         NULL,
  channel      VARCHAR(32)  NOT NULL,
  recorded_at  BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_audit_at (recorded_at),
  KEY idx_audit_actor (actor_id, recorded_at),
  KEY idx_audit_subject (subject_type, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
