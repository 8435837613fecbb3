-- Targets that grow from data and the capability picture (R7, R8, R13-R15, R17). Portable like V1.

-- Target sandbox (目标推演): one session per run for a team's quarter; its three plans and per-rep split; the vote.
CREATE TABLE target_plan_sessions (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  team_id        VARCHAR(64)  NOT NULL,
  quarter        VARCHAR(8)   NOT NULL,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     BIGINT       NOT NULL,
  confirmed_kind VARCHAR(16)  NULL,
  confirmed_by   VARCHAR(64)  NULL,
  confirmed_at   BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_target_plan_sessions_team (team_id, quarter)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE target_plan_options (
  session_id  BIGINT      NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  total_fen   BIGINT      NOT NULL,
  assumptions TEXT        NOT NULL,
  PRIMARY KEY (session_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE target_plan_shares (
  session_id BIGINT      NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  rep_id     VARCHAR(64) NOT NULL,
  amount_fen BIGINT      NOT NULL,
  weight     DOUBLE      NOT NULL,
  quadrant   VARCHAR(16) NOT NULL,
  PRIMARY KEY (session_id, kind, rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE target_plan_votes (
  session_id BIGINT      NOT NULL,
  voter_id   VARCHAR(64) NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  voted_at   BIGINT      NOT NULL,
  PRIMARY KEY (session_id, voter_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Market source: growth factor per industry and quarter with its source note.
CREATE TABLE market_factors (
  industry VARCHAR(64)  NOT NULL,
  quarter  VARCHAR(8)   NOT NULL,
  factor   DOUBLE       NOT NULL,
  note     VARCHAR(500) NULL,
  PRIMARY KEY (industry, quarter)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The region level of the org (company -> region -> team -> rep) and the target each level states.
CREATE TABLE regions (
  id   VARCHAR(64)  NOT NULL,
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE region_teams (
  region_id VARCHAR(64) NOT NULL,
  team_id   VARCHAR(64) NOT NULL,
  PRIMARY KEY (team_id),
  KEY idx_region_teams_region (region_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE level_targets (
  org_level  VARCHAR(16) NOT NULL,
  scope_id   VARCHAR(64) NOT NULL,
  quarter    VARCHAR(8)  NOT NULL,
  amount_fen BIGINT      NOT NULL,
  PRIMARY KEY (org_level, scope_id, quarter)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 目标共识度: the voter id only keeps one answer per person; results never show it.
CREATE TABLE consensus_answers (
  team_id    VARCHAR(64) NOT NULL,
  quarter    VARCHAR(8)  NOT NULL,
  voter_id   VARCHAR(64) NOT NULL,
  amount_fen BIGINT      NOT NULL,
  answered_at BIGINT     NOT NULL,
  PRIMARY KEY (team_id, quarter, voter_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R13 customer voice answers, one per customer and quarter; actions are newline-separated.
CREATE TABLE voice_answers (
  quarter     VARCHAR(8)   NOT NULL,
  customer_id VARCHAR(64)  NOT NULL,
  rep_id      VARCHAR(64)  NOT NULL,
  actions     VARCHAR(600) NOT NULL,
  score       INT          NOT NULL,
  PRIMARY KEY (quarter, customer_id),
  KEY idx_voice_answers_rep (rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R14 growth account ledger: earned (positive) and redeemed (negative) points.
CREATE TABLE growth_entries (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  rep_id     VARCHAR(64)  NOT NULL,
  kind       VARCHAR(32)  NOT NULL,
  item       VARCHAR(200) NOT NULL,
  points     INT          NOT NULL,
  status     VARCHAR(16)  NOT NULL,
  entry_at   BIGINT       NOT NULL,
  decided_by VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  KEY idx_growth_entries_rep (rep_id, entry_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R17 snapshot sources: ERP orders and knowledge-base searches per customer.
CREATE TABLE customer_orders (
  id          VARCHAR(64)  NOT NULL,
  customer_id VARCHAR(64)  NOT NULL,
  amount_fen  BIGINT       NOT NULL,
  status      VARCHAR(64)  NOT NULL,
  fulfilled   TINYINT(1)   NOT NULL,
  ordered_at  BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_customer_orders_customer (customer_id, ordered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE kb_searches (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id VARCHAR(64)  NOT NULL,
  keyword     VARCHAR(200) NOT NULL,
  searched_at BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_kb_searches_customer (customer_id, searched_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
