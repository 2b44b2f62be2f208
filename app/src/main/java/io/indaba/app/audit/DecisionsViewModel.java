package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.AuditDecisions;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldDisagreement;
import io.indaba.core.audit.FieldType;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Adjudication of audits in one language: the fields reviewers disagree on, each with every vote and note, and the
 * lead's decision with a reason, stored as its own record. The list keeps decided fields, marked, so the lead can
 * revisit them; a newer decision replaces an older one in the rules.
 */
public final class DecisionsViewModel {

    private final ProjectAccess access;
    private final String lang;
    private final String adjudicator;
    private final ObservableList<FieldDisagreement> disagreements = FXCollections.observableArrayList();
    private final ObjectProperty<FieldDisagreement> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Taxonomy> taxonomy = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public DecisionsViewModel(ProjectAccess access, String lang, String adjudicator) {
        this.access = access;
        this.lang = lang;
        this.adjudicator = adjudicator;
    }

    /** Loads the taxonomy and the disagreements. */
    public void load() {
        access.run(Messages.get("audit.loading"), p -> new Object[] {new Taxonomies(p.database()).current(),
                new AuditDecisions(p.database()).disagreements(lang)}, loaded -> {
                    taxonomy.set((Taxonomy) loaded[0]);
                    @SuppressWarnings("unchecked")
                    List<FieldDisagreement> list = (List<FieldDisagreement>) loaded[1];
                    long keep = selected.get() == null ? -1 : selected.get().itemId();
                    String field = selected.get() == null ? null : selected.get().field();
                    disagreements.setAll(list);
                    selected.set(list.stream().filter(d -> d.itemId() == keep && d.field().equals(field)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                    message.set(list.isEmpty() ? Messages.get("audit.decide.none") : "");
                }, e -> message.set(Messages.format("audit.loadFailed", e.getMessage())));
    }

    /** The values the selected field offers (abstentions included; for region and country only the abstentions). */
    public List<String> options() {
        FieldDisagreement d = selected.get();
        if (d == null || taxonomy.get() == null) {
            return List.of();
        }
        // a place field would offer every region or country: the votes are the choices, with the abstentions
        return taxonomy.get().field(d.field()).map(f -> f.type() == FieldType.REGION || f.type() == FieldType.COUNTRY
                ? f.abstentions() : AuditViewModel.options(f)).orElse(List.of());
    }

    /** The words of the selected field's values in {@code answer}, as a reviewer saw them. */
    public String words(List<String> answer) {
        FieldDisagreement d = selected.get();
        Field f = d == null || taxonomy.get() == null ? null : taxonomy.get().field(d.field()).orElse(null);
        List<String> out = new ArrayList<>();
        for (String v : answer) {
            out.add(f == null ? v : f.valueLabel(v));
        }
        return String.join(", ", out);
    }

    /** The selected field's label, or its key when the taxonomy no longer has it. */
    public String fieldLabel(FieldDisagreement d) {
        return taxonomy.get() == null ? d.field() : taxonomy.get().field(d.field()).map(Field::label).orElse(d.field());
    }

    /** Decides the selected field as {@code answer}; a reason is required. */
    public boolean decide(List<String> answer) {
        FieldDisagreement d = selected.get();
        if (d == null) {
            return false;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            message.set(Messages.get("audit.decide.reasonRequired"));
            return false;
        }
        String why = reason.get();
        access.run(Messages.get("audit.decide.saving"), p -> new AuditDecisions(p.database()).decide(d.itemId(), lang,
                d.field(), answer, why, adjudicator), saved -> {
                    reason.set("");
                    message.set(Messages.format("audit.decide.saved", d.externalId(), fieldLabel(d),
                            words(saved.answer())));
                    load();
                }, e -> message.set(Messages.format("audit.decide.failed", e.getMessage())));
        return true;
    }

    public ObservableList<FieldDisagreement> disagreements() {
        return disagreements;
    }

    public ObjectProperty<FieldDisagreement> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
