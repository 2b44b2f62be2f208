package io.indaba.app.translate;

/** How far one target language is: finished fields of all translatable fields. */
public record LanguageProgress(String lang, long finished, long total) {

    /** Finished share in 0..1. */
    public double fraction() {
        return total == 0 ? 0 : Math.min(1.0, (double) finished / total);
    }
}
