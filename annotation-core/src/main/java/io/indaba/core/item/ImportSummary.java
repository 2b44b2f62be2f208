package io.indaba.core.item;

/** What an import did: items added, updated because their source changed, and left as they were. */
public record ImportSummary(long added, long changed, long unchanged) {

    /** Items read in all. */
    public long total() {
        return added + changed + unchanged;
    }
}
