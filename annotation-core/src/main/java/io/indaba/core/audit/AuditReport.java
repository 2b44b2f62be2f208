package io.indaba.core.audit;

import java.util.List;

/** What {@code indaba stats --audit} reports: the versions it read and the statistics per language. */
public record AuditReport(int guidelineVersion, int ruleVersion, int bootstrap, long seed,
                          List<LanguageAudit> languages) {
}
