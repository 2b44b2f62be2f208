package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.AuditReports;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cultural audit in the Statistics workspace: the audited languages, and for the chosen one the agreement
 * figures the audit workspace shows ({@link AgreementViewModel}, computed by the core's audit report).
 */
public final class AuditStatisticsViewModel {

    private final ProjectAccess access;
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final StringProperty language = new SimpleStringProperty();
    private final ObjectProperty<AgreementViewModel> agreement = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public AuditStatisticsViewModel(ProjectAccess access) {
        this.access = access;
        language.addListener((o, was, now) -> {
            AgreementViewModel model = now == null ? null : new AgreementViewModel(access, now);
            agreement.set(model);
        });
    }

    /** Loads the audited languages and chooses the first. */
    public void load() {
        access.run(Messages.get("audit.agreement.loading"), p -> new AuditReports(p.database()).languages(),
                (List<String> tags) -> {
                    languages.setAll(tags);
                    message.set(tags.isEmpty() ? Messages.get("stats.audit.none") : "");
                    language.set(tags.contains(language.get()) ? language.get() : tags.isEmpty() ? null : tags.get(0));
                }, e -> message.set(Messages.format("audit.loadFailed", e.getMessage())));
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** The figures of the chosen language; a view loads them when it shows them. */
    public ObjectProperty<AgreementViewModel> agreementProperty() {
        return agreement;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
