package io.indaba.core.translate;

/**
 * Trigram key → postings, open addressing over primitive longs: a 100k-segment memory holds millions of postings,
 * and boxing every key on the way in doubled the index build time.
 */
final class PostingsTable {

    private long[] keys = new long[1 << 10];
    private Postings[] values = new Postings[1 << 10];
    private int size;

    /** The postings of {@code key}, or null. */
    Postings get(long key) {
        int mask = keys.length - 1;
        for (int s = slot(key, mask); values[s] != null; s = (s + 1) & mask) {
            if (keys[s] == key) {
                return values[s];
            }
        }
        return null;
    }

    /** The postings of {@code key}, created empty when absent. */
    Postings getOrCreate(long key) {
        int mask = keys.length - 1;
        int s = slot(key, mask);
        for (; values[s] != null; s = (s + 1) & mask) {
            if (keys[s] == key) {
                return values[s];
            }
        }
        Postings created = new Postings();
        keys[s] = key;
        values[s] = created;
        if (++size * 2 > keys.length) {
            grow();
        }
        return created;
    }

    private static int slot(long key, int mask) {
        // Keys are already well-mixed hashes; fold the high bits in anyway.
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Postings[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Postings[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int s = slot(oldKeys[i], mask);
                while (values[s] != null) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }
}
