package io.indaba.plugin;

/** A model a server offers: its id as requests name it, who owns it, and its context length where known (or null). */
public record ModelInfo(String id, String ownedBy, Integer contextLength) {
}
