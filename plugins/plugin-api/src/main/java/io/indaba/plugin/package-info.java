/** The plugin SPI: drafting ({@link io.indaba.plugin.Drafter}) and inference back-ends ({@link io.indaba.plugin.InferenceBackend}), with no third-party dependencies. */
package io.indaba.plugin;
