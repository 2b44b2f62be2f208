-- V3: generation jobs, so a rerun of the same `generate` resumes its job, and at most one generated candidate per
-- prompt, model, requested language and sample index (the external id), so a retried or resumed request can never
-- store a second copy.
CREATE TABLE generation_job (
  id         INTEGER PRIMARY KEY,
  settings   TEXT NOT NULL,
  status     VARCHAR(20) NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'cancelled')),
  runs       INTEGER NOT NULL DEFAULT 1,
  requested  INTEGER NOT NULL DEFAULT 0,
  generated  INTEGER NOT NULL DEFAULT 0,
  failed     INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_by VARCHAR(100) NOT NULL,
  started_at VARCHAR(40) NOT NULL,
  updated_at VARCHAR(40) NOT NULL
);
CREATE UNIQUE INDEX candidate_generated_sample ON candidate (item_id, external_id) WHERE origin = 'generated';
