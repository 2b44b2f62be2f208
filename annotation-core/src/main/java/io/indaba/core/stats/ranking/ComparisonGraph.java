package io.indaba.core.stats.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The graph whose nodes are models and whose edges join models that were compared at least once. */
public final class ComparisonGraph {

    private ComparisonGraph() {
    }

    /**
     * The connected components, each a sorted list of model names, largest first (then by first name).
     * Models in different components were never compared, directly or through others, so no data says how
     * their strengths relate.
     */
    public static List<List<String>> components(Collection<Comparison> comparisons) {
        Map<String, String> parent = new HashMap<>();
        for (Comparison c : comparisons) {
            union(parent, c.modelA(), c.modelB());
        }
        Map<String, TreeSet<String>> byRoot = new TreeMap<>();
        for (String model : parent.keySet()) {
            byRoot.computeIfAbsent(root(parent, model), r -> new TreeSet<>()).add(model);
        }
        List<List<String>> components = new ArrayList<>();
        byRoot.values().forEach(models -> components.add(List.copyOf(models)));
        components.sort(Comparator.<List<String>>comparingInt(List::size).reversed()
                .thenComparing(models -> models.get(0)));
        return components;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String rootA = root(parent, a);
        String rootB = root(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    private static String root(Map<String, String> parent, String model) {
        String node = model;
        while (!parent.get(node).equals(node)) {
            String grandparent = parent.get(parent.get(node));
            parent.put(node, grandparent); // path halving keeps later look-ups short
            node = grandparent;
        }
        return node;
    }
}
