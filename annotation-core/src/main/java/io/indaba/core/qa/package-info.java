/**
 * Quality checks for translated benchmark items: each {@link io.indaba.core.qa.QaCheck} looks at a
 * {@link io.indaba.core.qa.QaItem} (source and target segments plus answer key and glossary) and reports
 * {@link io.indaba.core.qa.QaFinding}s, some with a safe automatic fix. Run them all with
 * {@link io.indaba.core.qa.QaRunner}; tune them per language with {@link io.indaba.core.qa.QaPolicy}.
 */
package io.indaba.core.qa;
