/**
 * Untrusted model output (Markdown) rendered into JavaFX nodes: {@link io.indaba.app.markdown.MarkdownDocument}
 * parses into an FX-free block model, {@link io.indaba.app.markdown.MarkdownView} shows it.
 */
package io.indaba.app.markdown;
