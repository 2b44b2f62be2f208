-- V4: the cultural appropriateness audit.
-- Taxonomy and rule sets are versioned project settings; an audit names the guideline version it was made under;
-- an adjudication is its own record per item, language, field and guideline version, never written over an audit.
CREATE TABLE audit_guideline (
  version    INTEGER PRIMARY KEY,
  taxonomy   TEXT NOT NULL,
  created_at VARCHAR(40) NOT NULL,
  created_by VARCHAR(100) NOT NULL
);

CREATE TABLE audit_rule_set (
  version    INTEGER PRIMARY KEY,
  rules      TEXT NOT NULL,
  created_at VARCHAR(40) NOT NULL,
  created_by VARCHAR(100) NOT NULL
);

ALTER TABLE audit ADD COLUMN guideline_version INTEGER;
ALTER TABLE audit ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
CREATE INDEX audit_lang ON audit (lang, item_id);

CREATE TABLE audit_adjudication (
  id                INTEGER PRIMARY KEY,
  item_id           INTEGER NOT NULL REFERENCES item (id),
  lang              VARCHAR(64) NOT NULL,
  field             VARCHAR(100) NOT NULL,
  guideline_version INTEGER NOT NULL,
  answer            TEXT NOT NULL,
  reason            TEXT NOT NULL,
  adjudicator_id    VARCHAR(100) NOT NULL,
  created_at        VARCHAR(40) NOT NULL
);
CREATE INDEX audit_adjudication_item ON audit_adjudication (item_id, lang);
