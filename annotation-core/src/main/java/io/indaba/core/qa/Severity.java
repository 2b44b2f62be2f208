package io.indaba.core.qa;

/** How bad a finding is: errors break the item for evaluation, warnings ask a reviewer to look. */
public enum Severity {
    /** The item cannot be used as it is (lost blank, changed answer, empty translation). */
    ERROR,
    /** Probably wrong, but a person decides. */
    WARNING
}
