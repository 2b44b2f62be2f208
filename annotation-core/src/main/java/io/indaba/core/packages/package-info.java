/**
 * Annotator packages: a partial copy of a project handed to one annotator, and the merge of what comes back. A
 * workflow over whole project files, above the {@code Project} facade (decision 0015).
 */
package io.indaba.core.packages;
