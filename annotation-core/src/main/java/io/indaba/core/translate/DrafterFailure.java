package io.indaba.core.translate;

/** A drafter that was disabled because it threw, with the one-line reason to show in the plugin list. */
public record DrafterFailure(String drafter, String reason) {
}
