package io.indaba.core.translate;

import java.util.Arrays;

/** The growing list of segment numbers that contain one trigram. */
final class Postings {

    int[] ids = new int[4];
    int size;

    void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }
}
