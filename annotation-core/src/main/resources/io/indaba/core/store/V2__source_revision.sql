-- V2: the previous source of an item an import replaced, so a re-import never loses the English text.
CREATE TABLE source_revision (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES item (id),
  kind        VARCHAR(20) NOT NULL,
  collection  VARCHAR(300) NOT NULL,
  fields      TEXT NOT NULL,
  answer      VARCHAR(100),
  meta        TEXT NOT NULL,
  source_hash VARCHAR(64) NOT NULL,
  replaced_by VARCHAR(100) NOT NULL,
  replaced_at VARCHAR(40) NOT NULL,
  note        TEXT
);
CREATE INDEX source_revision_item ON source_revision (item_id);
