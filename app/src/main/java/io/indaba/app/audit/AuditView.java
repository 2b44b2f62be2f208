package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.app.theme.Styles;
import io.indaba.core.audit.AuditTask;
import io.indaba.core.audit.Field;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.project.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The audit view: source and translation side by side, the taxonomy below as keyboard-operable rows, a note, and
 * submit. Number keys choose in the highlighted field, Tab moves between fields, Enter submits and shows the next
 * item, which the model has already loaded. Bare keys never act while a text field has focus.
 */
public final class AuditView extends BorderPane {

    private final ProjectAccess access;
    private final ComboBox<String> reviewers = new ComboBox<>();
    private final ComboBox<String> languages = new ComboBox<>();
    private final Label message = new Label();
    private final Label submitted = new Label();
    private final TextArea source = readOnly("audit-source");
    private final TextArea translation = readOnly("audit-translation");
    private final Label sourceTitle = new Label();
    private final Label translationTitle = new Label();
    private final TextArea note = new TextArea();
    private final VBox fields = new VBox(8);
    private final Map<String, FieldRow> rows = new LinkedHashMap<>();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final ToggleButton disagreements = new ToggleButton(Messages.get("audit.decide.open"));
    private final ToggleButton agreement = new ToggleButton(Messages.get("audit.agreement.open"));
    private final ToggleButton queues = new ToggleButton(Messages.get("audit.queues.open"));
    private final ToggleButton guidelines = new ToggleButton(Messages.get("audit.edit.open"));
    /** Set when the lead saved a guideline version or changed queues: the form starts again on return. */
    private boolean reload;
    private final ToggleGroup panes = new ToggleGroup();
    private Node auditBody;
    private String sourceLang = "en";
    private AuditViewModel model;
    private AuditContextViewModel context;
    private final AdaptationBox adaptation = new AdaptationBox();

    public AuditView(ProjectAccess access) {
        this.access = access;
        getStyleClass().add(Styles.PAGE);
        setId("audit-view");
        setPadding(new Insets(12));
        reviewers.setId("audit-reviewer");
        languages.setId("audit-language");
        message.setId("audit-message");
        submitted.setId("audit-submitted");
        message.getStyleClass().add(Styles.MUTED);
        reviewers.setAccessibleText(Messages.get("audit.reviewer.accessible"));
        languages.setAccessibleText(Messages.get("audit.language.accessible"));
        reviewers.valueProperty().addListener((o, was, now) -> start());
        languages.valueProperty().addListener((o, was, now) -> start());
        disagreements.setId("audit-open-decisions");
        agreement.setId("audit-open-agreement");
        disagreements.setToggleGroup(panes);
        agreement.setToggleGroup(panes);
        queues.setId("audit-open-queues");
        queues.setToggleGroup(panes);
        guidelines.setId("audit-open-guidelines");
        guidelines.setToggleGroup(panes);
        panes.selectedToggleProperty().addListener((o, was, now) -> showPane());
        HBox top = new HBox(10, new Label(Messages.get("audit.auditingAs")), reviewers, new Label(Messages.get("audit.in")),
                languages, disagreements, agreement, queues, guidelines, submitted, message);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
        note.setId("audit-note");
        note.setPromptText(Messages.get("audit.note.prompt"));
        note.setPrefRowCount(2);
        ComplexText.follow(note);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        load();
    }

    /** The model of the reviewer and language chosen, or null before both are. */
    public AuditViewModel model() {
        return model;
    }

    private void load() {
        access.run(Messages.get("audit.loading"), AuditView::choices, c -> {
            sourceLang = c.sourceLang();
            languages.getItems().setAll(c.languages());
            reviewers.getItems().setAll(c.reviewers());
            if (!c.languages().isEmpty()) {
                languages.setValue(c.languages().get(0));
            }
            if (!c.reviewers().isEmpty()) {
                reviewers.setValue(c.reviewers().get(0));
            }
        }, e -> message.setText(Messages.format("audit.loadFailed", e.getMessage())));
    }

    private record Choices(String sourceLang, List<String> languages, List<String> reviewers) {
    }

    private static Choices choices(Project p) {
        List<String> reviewers = new ArrayList<>();
        for (Annotator a : p.annotators().all()) {
            reviewers.add(a.id());
        }
        return new Choices(p.settings().sourceLang(), p.settings().targetLangs(), reviewers);
    }

    private void start() {
        if (reviewers.getValue() == null || languages.getValue() == null) {
            return;
        }
        panes.selectToggle(null);
        if (model != null) {
            note.textProperty().unbindBidirectional(model.noteProperty());
        }
        model = new AuditViewModel(access, reviewers.getValue(), languages.getValue());
        context = new AuditContextViewModel(access, languages.getValue());
        message.textProperty().bind(model.messageProperty());
        submitted.textProperty().bind(model.submittedProperty().asString(Messages.get("audit.submitted")
                .replace("{0}", "%d")));
        note.textProperty().bindBidirectional(model.noteProperty());
        adaptation.bind(model);
        // a model left behind by a change of reviewer or language may still finish loading: it is ignored
        AuditViewModel mine = model;
        model.taxonomyProperty().addListener((o, was, now) -> {
            if (mine == model) {
                buildFields();
            }
        });
        model.currentProperty().addListener((o, was, now) -> {
            if (mine == model) {
                show(now);
            }
        });
        model.answers().addListener((MapChangeListener<String, List<String>>) change -> {
            FieldRow row = rows.get(change.getKey());
            if (mine == model && row != null) {
                row.show();
            }
        });
        model.focusedFieldProperty().addListener((o, was, now) -> {
            if (mine == model) {
                highlight();
            }
        });
        model.start();
    }

    private void buildFields() {
        rows.clear();
        fields.getChildren().clear();
        for (Field f : model.taxonomyProperty().get().fields()) {
            FieldRow row = new FieldRow(f, model, model.keyedFields().contains(f));
            rows.put(f.key(), row);
            fields.getChildren().add(row);
        }
        Button submit = new Button(Messages.get("audit.submit"));
        submit.setId("audit-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        Button skip = new Button(Messages.get("audit.skip"));
        skip.setId("audit-skip");
        skip.setOnAction(e -> model.skip());
        Label hint = new Label(Messages.get("audit.keysHint"));
        hint.getStyleClass().add(Styles.MUTED);
        // the buttons keep their words; the hint wraps in the room that is left
        submit.setMinWidth(Region.USE_PREF_SIZE);
        skip.setMinWidth(Region.USE_PREF_SIZE);
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        sourceTitle.getStyleClass().add(Styles.HEADING);
        translationTitle.getStyleClass().add(Styles.HEADING);
        VBox left = new VBox(4, sourceTitle, source);
        VBox right = new VBox(4, translationTitle, translation);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox body = new VBox(12, new HBox(12, left, right), new AuditContextPane(context), fields, new Label(Messages.get("audit.note")), note,
                adaptation, new HBox(10, submit, skip, hint));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        auditBody = scroll;
        setCenter(panes.getSelectedToggle() != null ? getCenter() : scroll);
        BorderPane.setMargin(scroll, new Insets(10, 0, 0, 0));
        highlight();
        show(model.currentProperty().get());
    }

    /** Shows the audit form, or the language's disagreements (decided as the chosen profile), or its agreement. */
    private void showPane() {
        if (model == null) {
            return;
        }
        if (disagreements.isSelected()) {
            Tab fieldsTab = new Tab(Messages.get("audit.decide.fields"),
                    new DecisionsView(new DecisionsViewModel(access, model.lang(), model.reviewer())));
            fieldsTab.setId("audit-tab-fields");
            Tab adaptTab = new Tab(Messages.get("audit.adapt.tab"),
                    new AdaptationsView(new AdaptationsViewModel(access, model.lang(), model.reviewer())));
            adaptTab.setId("audit-tab-adaptations");
            TabPane decide = new TabPane(fieldsTab, adaptTab);
            decide.setId("audit-decide-tabs");
            decide.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            setCenter(decide);
        } else if (guidelines.isSelected()) {
            Tab taxonomy = new Tab(Messages.get("audit.edit.taxonomyTab"), new TaxonomyEditorView(
                    new TaxonomyEditorViewModel(access, model.reviewer(), () -> reload = true)));
            taxonomy.setId("audit-tab-taxonomy");
            RulesEditorViewModel rulesModel = new RulesEditorViewModel(access, model.reviewer());
            Tab rules = new Tab(Messages.get("audit.edit.rulesTab"), new RulesEditorView(rulesModel));
            rules.setId("audit-tab-rules");
            rules.setOnSelectionChanged(e -> {
                if (rules.isSelected() && !rulesModel.dirtyProperty().get()) {
                    rulesModel.load(); // conditions are checked against the taxonomy as just applied
                }
            });
            TabPane edit = new TabPane(taxonomy, rules);
            edit.setId("audit-guidelines-tabs");
            edit.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            setCenter(edit);
        } else if (queues.isSelected()) {
            setCenter(new QueuesView(new QueuesViewModel(access, model.lang(), model.reviewer(),
                    () -> reload = true)));
        } else if (agreement.isSelected()) {
            setCenter(new AgreementView(new AgreementViewModel(access, model.lang())));
        } else if (reload) {
            reload = false; // a new guideline version or new queues: the form is built again from them
            start();
        } else if (auditBody != null) {
            setCenter(auditBody);
        }
    }

    private void show(AuditTask task) {
        sourceTitle.setText(Messages.format("audit.source", sourceLang));
        translationTitle.setText(Messages.format("audit.translation", model.lang()));
        source.setText(task == null ? "" : text(task.item().fields()));
        translation.setText(task == null ? "" : text(inItemOrder(task)));
        context.show(task);
        rows.values().forEach(FieldRow::show);
        highlight();
    }

    private void highlight() {
        List<Field> keyed = model.keyedFields();
        int focused = model.focusedFieldProperty().get();
        rows.forEach((key, row) -> row.focus(focused < keyed.size() && keyed.get(focused).key().equals(key)));
    }

    private void onKey(KeyEvent e) {
        if (model == null || rows.isEmpty() || panes.getSelectedToggle() != null) {
            return;
        }
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (KeyMap.AUDIT_SUBMIT_TYPING.combination().match(e) || (!typing && KeyMap.AUDIT_SUBMIT.combination().match(e))) {
            model.submit();
        } else if (typing) {
            return;
        } else if (KeyMap.AUDIT_PREVIOUS_FIELD.combination().match(e)) {
            model.previousField();
        } else if (KeyMap.AUDIT_NEXT_FIELD.combination().match(e)) {
            model.nextField();
        } else if (KeyMap.AUDIT_SKIP.combination().match(e)) {
            model.skip();
        } else if (digit(e.getCode()) > 0 && !e.isShortcutDown() && !e.isAltDown()) {
            model.press(digit(e.getCode()));
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return 0;
    }

    /** The translated fields in the item's order (the task's map has none), so both sides read alike. */
    private static Map<String, String> inItemOrder(AuditTask task) {
        Map<String, String> out = new LinkedHashMap<>();
        task.item().fields().keySet().forEach(f -> {
            if (task.translation().containsKey(f)) {
                out.put(f, task.translation().get(f));
            }
        });
        task.translation().forEach(out::putIfAbsent);
        return out;
    }

    private static String text(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(k).append(": ").append(v).append('\n'));
        return s.toString().strip();
    }

    private static TextArea readOnly(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setPrefRowCount(6);
        ComplexText.follow(area); // unwrapped while it holds text JavaFX wraps wrongly (tone marks, Arabic)
        area.setFocusTraversable(false);
        return area;
    }
}
