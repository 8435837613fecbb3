-- Quotes the bot issued (R12): number, customer, issuing rep, discount, total, and the registered hashes of the PDF
-- (SHA-256, and the MD5 the WeCom archive reports for files) so the compliance scan recognises exactly that file.
CREATE TABLE quotes (
  quote_no         VARCHAR(32)   NOT NULL,
  customer_id      VARCHAR(64)   NOT NULL,
  rep_id           VARCHAR(64)   NOT NULL,
  discount_percent INT           NOT NULL,
  total            DECIMAL(14,2) NOT NULL,
  issued_at        BIGINT        NOT NULL,
  file_name        VARCHAR(128)  NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  md5              CHAR(32)      NOT NULL,
  PRIMARY KEY (quote_no),
  KEY idx_quotes_customer (customer_id, issued_at),
  KEY idx_quotes_sha256 (sha256),
  KEY idx_quotes_md5 (md5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE quote_lines (
  quote_no   VARCHAR(32)   NOT NULL,
  line_no    INT           NOT NULL,
  item_code  VARCHAR(64)   NOT NULL,
  item_name  VARCHAR(128)  NOT NULL,
  unit       VARCHAR(32)   NOT NULL,
  quantity   INT           NOT NULL,
  list_price DECIMAL(14,2) NOT NULL,
  unit_price DECIMAL(14,2) NOT NULL,
  amount     DECIMAL(14,2) NOT NULL,
  PRIMARY KEY (quote_no, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
