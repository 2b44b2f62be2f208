-- Indaba project schema, version 1. Standard SQL where possible (the store may move to PostgreSQL);
-- JSON documents are kept as TEXT so no dialect-specific type is needed.

CREATE TABLE project_setting (
  name  VARCHAR(100) PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE project_language (
  tag  VARCHAR(64) PRIMARY KEY,
  role VARCHAR(10) NOT NULL CHECK (role IN ('source', 'target'))
);

CREATE TABLE guideline (
  version    INTEGER PRIMARY KEY,
  body       TEXT NOT NULL,
  created_at VARCHAR(40) NOT NULL
);

CREATE TABLE annotator (
  id           VARCHAR(100) PRIMARY KEY,
  display_name VARCHAR(200),
  created_at   VARCHAR(40) NOT NULL
);

CREATE TABLE annotator_language (
  annotator_id VARCHAR(100) NOT NULL REFERENCES annotator (id),
  lang         VARCHAR(64) NOT NULL,
  proficiency  VARCHAR(20) NOT NULL CHECK (proficiency IN ('native', 'fluent', 'working', 'basic')),
  PRIMARY KEY (annotator_id, lang)
);

CREATE TABLE audit_label (
  code        VARCHAR(100) PRIMARY KEY,
  description TEXT NOT NULL
);

CREATE TABLE item (
  id           INTEGER PRIMARY KEY,
  external_id  VARCHAR(300) NOT NULL UNIQUE,
  kind         VARCHAR(20) NOT NULL CHECK (kind IN ('mcq', 'winogrande', 'prompt', 'text')),
  source_lang  VARCHAR(64) NOT NULL,
  collection   VARCHAR(300) NOT NULL DEFAULT '',
  position     INTEGER NOT NULL DEFAULT 0,
  fields       TEXT NOT NULL,
  answer       VARCHAR(100),
  meta         TEXT NOT NULL DEFAULT '{}',
  source_hash  VARCHAR(64) NOT NULL,
  created_at   VARCHAR(40) NOT NULL,
  updated_at   VARCHAR(40) NOT NULL
);
CREATE INDEX item_collection ON item (collection, position);
CREATE INDEX item_kind ON item (kind);

CREATE TABLE item_link (
  item_id        INTEGER NOT NULL REFERENCES item (id),
  kind           VARCHAR(20) NOT NULL CHECK (kind IN ('twin', 'translation-of')),
  target_item_id INTEGER NOT NULL REFERENCES item (id),
  PRIMARY KEY (item_id, kind, target_item_id)
);

CREATE TABLE translation (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES item (id),
  field       VARCHAR(100) NOT NULL,
  lang        VARCHAR(64) NOT NULL,
  body        TEXT NOT NULL,
  status      VARCHAR(20) NOT NULL CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'approved', 'rejected', 'needs-adaptation')),
  source_hash VARCHAR(64) NOT NULL,
  source_changed INTEGER NOT NULL DEFAULT 0,
  updated_by  VARCHAR(100) NOT NULL,
  updated_at  VARCHAR(40) NOT NULL,
  UNIQUE (item_id, field, lang)
);
CREATE INDEX translation_lang ON translation (lang, status);

CREATE TABLE translation_revision (
  id             INTEGER PRIMARY KEY,
  translation_id INTEGER NOT NULL REFERENCES translation (id),
  body           TEXT NOT NULL,
  status         VARCHAR(20) NOT NULL,
  origin         VARCHAR(20) NOT NULL CHECK (origin IN ('human', 'tm', 'mt', 'imported', 'adaptation', 'verification')),
  author         VARCHAR(100) NOT NULL,
  created_at     VARCHAR(40) NOT NULL,
  note           TEXT
);
CREATE INDEX revision_translation ON translation_revision (translation_id);

CREATE TABLE tm_entry (
  id          INTEGER PRIMARY KEY,
  source_lang VARCHAR(64) NOT NULL,
  target_lang VARCHAR(64) NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  origin      VARCHAR(300) NOT NULL,
  meta        TEXT NOT NULL DEFAULT '{}',
  created_at  VARCHAR(40) NOT NULL
);
CREATE INDEX tm_entry_langs ON tm_entry (source_lang, target_lang);

CREATE TABLE glossary_term (
  id          INTEGER PRIMARY KEY,
  source_lang VARCHAR(64) NOT NULL,
  target_lang VARCHAR(64) NOT NULL,
  source_term TEXT NOT NULL,
  target_term TEXT NOT NULL,
  note        TEXT
);

CREATE TABLE candidate (
  id                  INTEGER PRIMARY KEY,
  item_id             INTEGER NOT NULL REFERENCES item (id),
  external_id         VARCHAR(300),
  body                TEXT NOT NULL,
  lang_requested      VARCHAR(64),
  lang_detected       VARCHAR(64),
  origin              VARCHAR(20) NOT NULL CHECK (origin IN ('imported', 'generated', 'human-edited')),
  parent_candidate_id INTEGER REFERENCES candidate (id),
  backend             VARCHAR(200),
  model               VARCHAR(300),
  params              TEXT NOT NULL DEFAULT '{}',
  seed                BIGINT,
  timing              TEXT NOT NULL DEFAULT '{}',
  usage_stats         TEXT NOT NULL DEFAULT '{}',
  meta                TEXT NOT NULL DEFAULT '{}',
  created_at          VARCHAR(40) NOT NULL
);
CREATE INDEX candidate_item ON candidate (item_id);

CREATE TABLE assignment (
  annotator_id VARCHAR(100) NOT NULL REFERENCES annotator (id),
  item_id      INTEGER NOT NULL REFERENCES item (id),
  lang         VARCHAR(64) NOT NULL,
  order_seed   BIGINT NOT NULL,
  created_at   VARCHAR(40) NOT NULL,
  PRIMARY KEY (annotator_id, item_id, lang)
);

CREATE TABLE gold (
  item_id  INTEGER NOT NULL REFERENCES item (id),
  lang     VARCHAR(64) NOT NULL,
  expected TEXT NOT NULL,
  PRIMARY KEY (item_id, lang)
);

CREATE TABLE judgement (
  id                INTEGER PRIMARY KEY,
  uid               VARCHAR(64) NOT NULL UNIQUE,
  item_id           INTEGER NOT NULL REFERENCES item (id),
  annotator_id      VARCHAR(100) NOT NULL,
  lang              VARCHAR(64) NOT NULL,
  kind              VARCHAR(20) NOT NULL CHECK (kind IN ('pairwise', 'ranking')),
  candidate_a       INTEGER REFERENCES candidate (id),
  candidate_b       INTEGER REFERENCES candidate (id),
  winner            VARCHAR(10) CHECK (winner IN ('A', 'B', 'tie', 'both-bad')),
  strength          INTEGER CHECK (strength BETWEEN -3 AND 3),
  ranking           TEXT,
  none_acceptable   INTEGER NOT NULL DEFAULT 0,
  display           TEXT NOT NULL DEFAULT '{}',
  ratings           TEXT NOT NULL DEFAULT '{}',
  flags             TEXT NOT NULL DEFAULT '[]',
  rationale         TEXT,
  aids              TEXT NOT NULL DEFAULT '[]',
  time_on_task_ms   BIGINT,
  guideline_version INTEGER,
  adjudication      INTEGER NOT NULL DEFAULT 0,
  created_at        VARCHAR(40) NOT NULL
);
CREATE INDEX judgement_item ON judgement (item_id, lang);
CREATE INDEX judgement_annotator ON judgement (annotator_id);

CREATE TABLE audit (
  id           INTEGER PRIMARY KEY,
  item_id      INTEGER NOT NULL REFERENCES item (id),
  lang         VARCHAR(64) NOT NULL,
  reviewer_id  VARCHAR(100) NOT NULL,
  labels       TEXT NOT NULL DEFAULT '[]',
  note         TEXT,
  resolution   TEXT,
  created_at   VARCHAR(40) NOT NULL
);
CREATE INDEX audit_item ON audit (item_id, lang);

-- Append-only history of every change: who, when, what. Undo, history and merge read it.
CREATE TABLE event (
  seq       INTEGER PRIMARY KEY,
  at        VARCHAR(40) NOT NULL,
  actor     VARCHAR(100) NOT NULL,
  kind      VARCHAR(60) NOT NULL,
  entity    VARCHAR(40) NOT NULL,
  entity_id VARCHAR(300),
  payload   TEXT NOT NULL DEFAULT '{}'
);
