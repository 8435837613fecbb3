-- R19 application notes (应用笔记): what a rep wrote after a micro-lesson. Kept for the manager; never deleted.
CREATE TABLE application_notes (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  rep_id       VARCHAR(64)  NOT NULL,
  lesson_id    VARCHAR(64)  NOT NULL,
  lesson_title VARCHAR(200) NULL,
  note_text    TEXT         NOT NULL,
  written_at   BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_application_notes_rep (rep_id, written_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
