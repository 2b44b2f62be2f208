package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.AuditAssignments;
import io.indaba.core.audit.ReviewerQueue;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Audit queues of one language for the lead: k reviewers per item, drawn from the Team profiles that read the
 * language; each reviewer's assigned, audited and left counts. Assigning saves k as the project's setting.
 */
public final class QueuesViewModel {

    private final ProjectAccess access;
    private final String lang;
    private final String actor;
    private final Runnable changed;
    private final IntegerProperty k = new SimpleIntegerProperty(AuditAssignments.DEFAULT_K);
    private final ObservableList<ReviewerQueue> queues = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    /** {@code changed} runs on the UI thread after assignments changed, so the audit form reloads its queue. */
    public QueuesViewModel(ProjectAccess access, String lang, String actor, Runnable changed) {
        this.access = access;
        this.lang = lang;
        this.actor = actor;
        this.changed = changed;
    }

    private record Loaded(int k, List<ReviewerQueue> queues) {
    }

    /** Loads k and the queues. */
    public void load() {
        access.run(Messages.get("audit.queues.loading"), p -> new Loaded(new AuditAssignments(p.database()).k(),
                new AuditAssignments(p.database()).queues(lang)), loaded -> {
                    k.set(loaded.k());
                    queues.setAll(loaded.queues());
                }, this::failed);
    }

    /** Saves k and gives every translated item in the language k reviewers; the queues follow. */
    public void assign() {
        int wanted = k.get();
        access.run(Messages.get("audit.queues.assigning"), p -> {
            AuditAssignments a = new AuditAssignments(p.database());
            a.setK(wanted, actor);
            return a.assign(lang, wanted, actor);
        }, added -> {
            message.set(Messages.format("audit.queues.assigned", added, wanted, lang));
            load();
            changed.run();
        }, this::failed);
    }

    /** Removes the language's assignments: every profile sees every translated item again. */
    public void clear() {
        access.run(Messages.get("audit.queues.assigning"), p -> new AuditAssignments(p.database()).clear(lang, actor),
                removed -> {
                    message.set(Messages.format("audit.queues.cleared", removed, lang));
                    load();
                    changed.run();
                }, this::failed);
    }

    private void failed(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        message.set(Messages.format("audit.queues.failed", t.getMessage()));
    }

    /** Reviewers wanted per item. */
    public IntegerProperty kProperty() {
        return k;
    }

    public ObservableList<ReviewerQueue> queues() {
        return queues;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
