/**
 * Shared exceptions and records that every other core package may use and that depend on nothing else in the core:
 * bad input named by file and line, project settings and BCP-47 tags (decision 0015).
 */
package io.indaba.core.base;
