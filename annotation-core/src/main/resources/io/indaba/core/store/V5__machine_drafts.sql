-- V5: one shape for machine drafts (decision 0012, addendum). Machine translations imported from an _mt folder were
-- translations in the private-use language <lang>-x-mt; drafts from an imported MT file or an LLM were memory
-- entries of origin mt:<source>. Both are now memory entries: each x-mt translation moves to one, named after the
-- file of its last import ('imported from <file>' in its revisions), and the x-mt translations go.
-- A revision now also records the machine draft its text started from, so post-editing can be measured.
ALTER TABLE translation_revision ADD COLUMN draft_origin VARCHAR(300);
ALTER TABLE translation_revision ADD COLUMN draft_body TEXT;

INSERT INTO tm_entry (source_lang, target_lang, source_text, target_text, origin, meta, created_at)
SELECT i.source_lang,
       substr(t.lang, 1, length(t.lang) - 5),
       coalesce(json_extract(i.fields, '$."' || t.field || '"'), ''),
       t.body,
       'mt:' || coalesce((SELECT substr(r.note, 15) FROM translation_revision r
                          WHERE r.translation_id = t.id AND r.note LIKE 'imported from %'
                          ORDER BY r.id DESC LIMIT 1), 'imported'),
       json_object('item', i.external_id, 'field', t.field),
       t.updated_at
FROM translation t JOIN item i ON i.id = t.item_id
WHERE lower(t.lang) LIKE '%-x-mt' AND t.body <> ''
ORDER BY t.id;

DELETE FROM translation_revision
WHERE translation_id IN (SELECT id FROM translation WHERE lower(lang) LIKE '%-x-mt');

DELETE FROM translation WHERE lower(lang) LIKE '%-x-mt';
