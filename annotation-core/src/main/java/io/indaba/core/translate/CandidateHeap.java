package io.indaba.core.translate;

import java.util.Arrays;

/** A bounded min-heap of (score, position) packed into longs: keeps the best few of many without boxing. */
final class CandidateHeap {

    private final long[] heap;
    private int size;

    CandidateHeap(int capacity) {
        this.heap = new long[Math.max(1, capacity)];
    }

    /** Whether a candidate with this score would enter the heap now. */
    boolean wouldAccept(int score) {
        return size < heap.length || score > (int) (heap[0] >>> 32);
    }

    /** Offers a candidate; the worst one leaves when the heap is full. */
    void offer(int score, int position) {
        long packed = ((long) score << 32) | (position & 0xFFFFFFFFL);
        if (size < heap.length) {
            heap[size] = packed;
            siftUp(size++);
        } else if (packed > heap[0]) {
            heap[0] = packed;
            siftDown(0);
        }
    }

    /** The positions held, highest score first. */
    int[] bestFirst() {
        long[] sorted = Arrays.copyOf(heap, size);
        Arrays.sort(sorted);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) sorted[size - 1 - i];
        }
        return out;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= heap[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left + 1 < size && heap[left + 1] < heap[left] ? left + 1 : left;
            if (heap[i] <= heap[smallest]) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
