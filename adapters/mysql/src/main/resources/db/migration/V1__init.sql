-- Portable schema: runs unchanged on MySQL 8, MariaDB 10.11 (Connector/J) and H2 2.3 MODE=MySQL.
-- Instants are epoch milliseconds (BIGINT), money is fen (BIGINT), JSON lives in TEXT columns,
-- and no column is named after a reserved word (key, value, user, day, month, ...).
-- Every table uses utf8mb4_bin: platform ids (DingTalk msgId, WeCom external_userid) are case-sensitive, and a
-- case-insensitive collation would make "msgAbc==" a duplicate of "msgabc==" on MySQL but not on H2.

CREATE TABLE teams (
  id   VARCHAR(64)  NOT NULL,
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE reps (
  id                VARCHAR(64)  NOT NULL,
  name              VARCHAR(255) NOT NULL,
  team_id           VARCHAR(64)  NULL,
  role              VARCHAR(16)  NOT NULL,
  wecom_user_id     VARCHAR(128) NULL,
  dingtalk_staff_id VARCHAR(128) NULL,
  joined_on         DATE         NULL,
  active            TINYINT(1)   NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY idx_reps_team (team_id),
  KEY idx_reps_wecom (wecom_user_id),
  KEY idx_reps_dingtalk (dingtalk_staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE absences (
  rep_id    VARCHAR(64) NOT NULL,
  start_day DATE        NOT NULL,
  end_day   DATE        NOT NULL,
  PRIMARY KEY (rep_id, start_day),
  KEY idx_absences_days (start_day, end_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE customers (
  id                     VARCHAR(64)  NOT NULL,
  name                   VARCHAR(255) NOT NULL,
  owner_rep_id           VARCHAR(64)  NULL,
  wecom_external_user_id VARCHAR(128) NULL,
  customer_type          VARCHAR(64)  NULL,
  grade                  VARCHAR(16)  NULL,
  grade_updated_at       BIGINT       NOT NULL DEFAULT 0,
  nda_signed             TINYINT(1)   NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_customers_owner (owner_rep_id),
  KEY idx_customers_wecom (wecom_external_user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE leads (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  customer_id             VARCHAR(64)   NOT NULL,
  owner_rep_id            VARCHAR(64)   NOT NULL,
  source_channel          VARCHAR(64)   NOT NULL,
  first_touch_at          BIGINT        NOT NULL,
  pain_point              VARCHAR(2000) NOT NULL,
  stage                   VARCHAR(64)   NOT NULL,
  stage_entered_at        BIGINT        NOT NULL DEFAULT 0,
  verified_source_channel VARCHAR(64)   NULL,
  PRIMARY KEY (id),
  KEY idx_leads_owner (owner_rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE opportunities (
  id                   VARCHAR(64)  NOT NULL,
  customer_id          VARCHAR(64)  NULL,
  owner_rep_id         VARCHAR(64)  NOT NULL,
  amount_fen           BIGINT       NOT NULL,
  stage                VARCHAR(64)  NULL,
  need_confirmed       TINYINT(1)   NOT NULL DEFAULT 0,
  budget_confirmed     TINYINT(1)   NOT NULL DEFAULT 0,
  decision_maker_known TINYINT(1)   NOT NULL DEFAULT 0,
  expected_close       DATE         NULL,
  status               VARCHAR(8)   NOT NULL,
  large_account        TINYINT(1)   NOT NULL DEFAULT 0,
  created_at           BIGINT       NOT NULL DEFAULT 0,
  closed_at            BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_opportunities_owner (owner_rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- source is '' when the caller gave none, so (source, external_id) dedupes every touch with an external id.
CREATE TABLE touches (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  rep_id           VARCHAR(64)  NOT NULL,
  customer_id      VARCHAR(64)  NULL,
  kind             VARCHAR(16)  NOT NULL,
  started_at       BIGINT       NOT NULL,
  duration_seconds INT          NOT NULL DEFAULT 0,
  result_tag       VARCHAR(64)  NULL,
  note             VARCHAR(64)  NULL,
  tagged_at        BIGINT       NOT NULL DEFAULT 0,
  source           VARCHAR(32)  NOT NULL DEFAULT '',
  external_id      VARCHAR(128) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_touches_external (source, external_id),
  KEY idx_touches_started (started_at),
  KEY idx_touches_rep_started (rep_id, started_at),
  KEY idx_touches_untagged (result_tag, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- target_month is yyyy-MM.
CREATE TABLE targets (
  rep_id       VARCHAR(64) NOT NULL,
  target_month CHAR(7)     NOT NULL,
  amount_fen   BIGINT      NOT NULL,
  PRIMARY KEY (rep_id, target_month),
  KEY idx_targets_month (target_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE payments (
  id             VARCHAR(64) NOT NULL,
  rep_id         VARCHAR(64) NOT NULL,
  customer_id    VARCHAR(64) NULL,
  opportunity_id VARCHAR(64) NULL,
  amount_fen     BIGINT      NOT NULL,
  paid_at        BIGINT      NOT NULL,
  PRIMARY KEY (id),
  KEY idx_payments_paid (paid_at),
  KEY idx_payments_rep_paid (rep_id, paid_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- tags: JSON array of tag assignments (tag, kind, confidence, evidence).
CREATE TABLE conversations (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  rep_id          VARCHAR(64) NOT NULL,
  customer_id     VARCHAR(64) NOT NULL,
  channel         VARCHAR(32) NULL,
  started_at      BIGINT      NOT NULL DEFAULT 0,
  last_message_at BIGINT      NOT NULL DEFAULT 0,
  message_count   INT         NOT NULL DEFAULT 0,
  tags            TEXT        NULL,
  PRIMARY KEY (id),
  KEY idx_conversations_pair (rep_id, customer_id, last_message_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE chat_messages (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  conversation_id BIGINT       NOT NULL DEFAULT 0,
  channel         VARCHAR(32)  NOT NULL,
  client_msg_id   VARCHAR(191) NOT NULL,
  rep_id          VARCHAR(64)  NOT NULL,
  customer_id     VARCHAR(64)  NOT NULL,
  direction       VARCHAR(3)   NOT NULL,
  sent_at         BIGINT       NOT NULL,
  body            TEXT         NOT NULL,
  tags            TEXT         NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_chat_messages_client (channel, client_msg_id),
  KEY idx_chat_messages_conversation (conversation_id, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A row is leased while lease_until > now; lease_token identifies one claim call.
CREATE TABLE inbox (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  channel     VARCHAR(32)   NOT NULL,
  event_id    VARCHAR(191)  NOT NULL,
  payload     MEDIUMTEXT    NOT NULL,
  received_at BIGINT        NOT NULL,
  status      VARCHAR(8)    NOT NULL,
  attempts    INT           NOT NULL DEFAULT 0,
  lease_owner VARCHAR(128)  NULL,
  lease_token VARCHAR(64)   NULL,
  lease_until BIGINT        NOT NULL DEFAULT 0,
  last_error  VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_inbox_event (channel, event_id),
  KEY idx_inbox_claim (status, lease_until),
  KEY idx_inbox_token (lease_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  channel         VARCHAR(32)   NOT NULL,
  recipient       VARCHAR(128)  NOT NULL,
  payload         MEDIUMTEXT    NOT NULL,
  dedupe_key      VARCHAR(191)  NULL,
  created_at      BIGINT        NOT NULL,
  next_attempt_at BIGINT        NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  status          VARCHAR(8)    NOT NULL,
  sent_at         BIGINT        NOT NULL DEFAULT 0,
  lease_owner     VARCHAR(128)  NULL,
  lease_token     VARCHAR(64)   NULL,
  lease_until     BIGINT        NOT NULL DEFAULT 0,
  last_error      VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_outbox_dedupe (dedupe_key),
  KEY idx_outbox_due (status, next_attempt_at),
  KEY idx_outbox_token (lease_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ShedLock's JDBC provider table (one runner per scheduled job across instances).
CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL,
  lock_until TIMESTAMP(3) NOT NULL,
  locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
