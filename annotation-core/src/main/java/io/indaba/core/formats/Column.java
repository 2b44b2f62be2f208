package io.indaba.core.formats;

/** One output column and what it holds, as the dataset card lists it. */
record Column(String name, String meaning) {
}
