package io.indaba.core.generate;

/**
 * A batch request's {@code custom_id}: {@code indaba:JOB:ITEM:MODEL#LANG#I}. It names the job (whose settings give the
 * provenance), the prompt item and the sample key a live job uses, so a result imports as that very candidate.
 */
record BatchId(long job, long itemId, String model, String lang, int index) {

    private static final String PREFIX = "indaba:";

    static BatchId of(long job, Sample s) {
        return new BatchId(job, s.itemId(), s.model(), s.lang(), s.index());
    }

    String text() {
        return PREFIX + job + ":" + itemId + ":" + Sample.key(model, lang, index);
    }

    /** Parses a custom id; the model may hold ':' and '#' (Ollama's {@code llama3:8b}), so the key is cut from the end. */
    static BatchId parse(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            throw new IllegalArgumentException("custom_id '" + id + "' was not written by indaba generate --batch-out");
        }
        String[] parts = id.substring(PREFIX.length()).split(":", 3);
        String key = parts.length == 3 ? parts[2] : "";
        int last = key.lastIndexOf('#');
        int mid = last > 0 ? key.lastIndexOf('#', last - 1) : -1;
        if (mid <= 0) {
            throw new IllegalArgumentException("custom_id '" + id + "' has no MODEL#LANG#INDEX key");
        }
        try {
            return new BatchId(Long.parseLong(parts[0]), Long.parseLong(parts[1]), key.substring(0, mid),
                    key.substring(mid + 1, last), Integer.parseInt(key.substring(last + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("custom_id '" + id + "' has a damaged number: " + e.getMessage());
        }
    }
}
