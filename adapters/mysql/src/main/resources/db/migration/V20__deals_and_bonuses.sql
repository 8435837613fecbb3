-- R11 signed deals with their decision-chain evidence, the 待复核 review queue, and R21's inputs and ledger.
CREATE TABLE deals (
  id                    VARCHAR(64)  NOT NULL,
  customer_id           VARCHAR(64)  NOT NULL,
  rep_id                VARCHAR(64)  NOT NULL,
  opportunity_id        VARCHAR(64)  NULL,
  amount_fen            BIGINT       NOT NULL,
  signed_on             DATE         NOT NULL,
  product_line          VARCHAR(100) NULL,
  annex_name            VARCHAR(200) NULL,
  annex_signed_by_both  BOOLEAN      NOT NULL,
  implementation_week   DATE         NULL,
  csm_before_signing    BOOLEAN      NOT NULL,
  first_payment_fen     BIGINT       NOT NULL,
  first_payment_on      DATE         NULL,
  first_payment_receipt VARCHAR(100) NULL,
  pay_after_trial       BOOLEAN      NOT NULL,
  renewal_of            VARCHAR(64)  NULL,
  created_at            BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_deals_rep (rep_id, signed_on),
  KEY idx_deals_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE deal_roles (
  deal_id  VARCHAR(64)  NOT NULL,
  role     VARCHAR(32)  NOT NULL,
  evidence VARCHAR(500) NOT NULL,
  PRIMARY KEY (deal_id, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE deal_reviews (
  deal_id    VARCHAR(64)  NOT NULL,
  rep_id     VARCHAR(64)  NOT NULL,
  team_id    VARCHAR(64)  NULL,
  status     VARCHAR(16)  NOT NULL,
  reasons    VARCHAR(1000) NOT NULL,
  entered_at BIGINT       NOT NULL,
  decided_by VARCHAR(64)  NULL,
  decided_at BIGINT       NOT NULL,
  note       VARCHAR(200) NULL,
  PRIMARY KEY (deal_id),
  KEY idx_deal_reviews_team (team_id, status, entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE service_tickets (
  id                VARCHAR(64)  NOT NULL,
  customer_id       VARCHAR(64)  NOT NULL,
  rep_id            VARCHAR(64)  NULL,
  opened_at         BIGINT       NOT NULL,
  first_response_at BIGINT       NOT NULL,
  closed_at         BIGINT       NOT NULL,
  major             BOOLEAN      NOT NULL,
  summary           VARCHAR(200) NULL,
  PRIMARY KEY (id),
  KEY idx_service_tickets_customer (customer_id, opened_at),
  KEY idx_service_tickets_opened (opened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cs_sessions (
  id          VARCHAR(64)  NOT NULL,
  rep_id      VARCHAR(64)  NOT NULL,
  customer_id VARCHAR(64)  NULL,
  held_on     DATE         NOT NULL,
  minutes     INT          NOT NULL,
  topic       VARCHAR(100) NULL,
  PRIMARY KEY (id),
  KEY idx_cs_sessions_held (held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE nps_scores (
  customer_id  VARCHAR(64) NOT NULL,
  survey_month CHAR(7)     NOT NULL,
  nps          INT         NOT NULL,
  PRIMARY KEY (customer_id, survey_month),
  KEY idx_nps_month (survey_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE kb_adoption (
  rep_id         VARCHAR(64) NOT NULL,
  adoption_month CHAR(7)     NOT NULL,
  suggested      INT         NOT NULL,
  adopted        INT         NOT NULL,
  PRIMARY KEY (rep_id, adoption_month),
  KEY idx_kb_adoption_month (adoption_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE mentorships (
  mentee_id  VARCHAR(64) NOT NULL,
  mentor_id  VARCHAR(64) NOT NULL,
  since      DATE        NOT NULL,
  set_by     VARCHAR(64) NULL,
  created_at BIGINT      NOT NULL,
  PRIMARY KEY (mentee_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per settled part and beneficiary: the primary key is what stops a part being paid twice.
CREATE TABLE bonus_ledger (
  deal_id        VARCHAR(64)  NOT NULL,
  part           VARCHAR(16)  NOT NULL,
  beneficiary_id VARCHAR(64)  NOT NULL,
  mentor_share   BOOLEAN      NOT NULL,
  amount_fen     BIGINT       NOT NULL,
  state          VARCHAR(16)  NOT NULL,
  settled_on     DATE         NOT NULL,
  payout_month   CHAR(7)      NOT NULL,
  reason         VARCHAR(300) NOT NULL,
  recorded_at    BIGINT       NOT NULL,
  PRIMARY KEY (deal_id, part, beneficiary_id),
  KEY idx_bonus_ledger_month (payout_month, beneficiary_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
