-- V6: audit queues from assignments, and suggested adaptations.
-- Audit assignments are their own table: a row in `assignment` restricts a profile's comparison queue, so audit
-- work must not land there (decision 0018).
CREATE TABLE audit_assignment (
  reviewer_id VARCHAR(100) NOT NULL REFERENCES annotator (id),
  item_id     INTEGER NOT NULL REFERENCES item (id),
  lang        VARCHAR(64) NOT NULL,
  created_at  VARCHAR(40) NOT NULL,
  PRIMARY KEY (reviewer_id, item_id, lang)
);
CREATE INDEX audit_assignment_lang ON audit_assignment (lang, item_id);

-- A reviewer's suggested text for one translated field; the lead accepts it (it becomes a translation revision
-- with origin 'adaptation') or rejects it, with a reason.
CREATE TABLE audit_suggestion (
  id             INTEGER PRIMARY KEY,
  item_id        INTEGER NOT NULL REFERENCES item (id),
  lang           VARCHAR(64) NOT NULL,
  field          VARCHAR(100) NOT NULL,
  text           TEXT NOT NULL,
  reviewer_id    VARCHAR(100) NOT NULL,
  audit_id       INTEGER REFERENCES audit (id),
  created_at     VARCHAR(40) NOT NULL,
  decision       VARCHAR(20) CHECK (decision IN ('accepted', 'rejected')),
  decided_by     VARCHAR(100),
  decided_at     VARCHAR(40),
  reason         TEXT,
  translation_id INTEGER REFERENCES translation (id)
);
CREATE INDEX audit_suggestion_lang ON audit_suggestion (lang, decision);
