package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.app.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Shows {@link TeamViewModel}: annotators, judgements per item and progress, bulk assignment, gold items. */
public final class TeamView extends ScrollPane {

    private final TeamViewModel model;
    private final MemberTable members;
    private final GridPane progress = new GridPane();

    public TeamView(TeamViewModel model) {
        this.model = model;
        setId("team");
        setFitToWidth(true);
        Label title = new Label(Messages.get("team.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label error = line("team-error", Styles.ERROR);
        error.textProperty().bind(model.errorProperty());
        Label message = line("team-message", Styles.MUTED);
        message.textProperty().bind(model.messageProperty());
        members = new MemberTable(model.members());
        Button add = new Button(Messages.get("team.add"));
        add.setId("team-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> edit(new ProfileForm()));
        Button edit = new Button(Messages.get("team.edit"));
        edit.setId("team-edit");
        edit.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(ProfileForm.editing(members.getSelectionModel().getSelectedItem().annotator())));
        members.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && members.getSelectionModel().getSelectedItem() != null) {
                edit.fire();
            }
        });
        HBox tools = new HBox(8, add, edit);
        HBox middle = new HBox(12, card(Messages.get("team.progress"), kRow(), judgingRow(), progress), card(Messages.get("team.assign"),
                assignBox()));
        middle.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox page = new VBox(title, error, message, card(Messages.get("team.members"), tools, members), middle,
                card(Messages.get("team.gold"), new GoldPane(model.gold())));
        page.getStyleClass().add(Styles.PAGE);
        setContent(page);
        progress.setHgap(10);
        progress.setVgap(6);
        model.progress().addListener((ListChangeListener<ProgressRow>) c -> showProgress());
    }

    private void edit(ProfileForm form) {
        ProfileDialog.ask(getScene(), form).ifPresent(model::save);
    }

    private FlowPane kRow() {
        Spinner<Integer> k = new Spinner<>(1, 50, model.kProperty().get());
        k.setId("team-k");
        k.setEditable(true);
        k.setPrefWidth(90);
        k.setAccessibleText(Messages.get("team.k"));
        model.kProperty().addListener((o, was, now) -> k.getValueFactory().setValue(now.intValue()));
        k.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.kProperty().get()) {
                model.applyK(now);
            }
        });
        Label hint = new Label(Messages.get("team.kHint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setMinWidth(Region.USE_PREF_SIZE);
        // a flow, so the hint moves under the spinner instead of being cut off in a narrow card
        FlowPane row = new FlowPane(10, 4, whole(new Label(Messages.get("team.k"))), k, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The aspects rated beside each decision and whether a rationale is required: the project's judging rules. */
    private FlowPane judgingRow() {
        javafx.scene.control.TextField aspects = new javafx.scene.control.TextField();
        aspects.setId("team-aspects");
        aspects.setPrefColumnCount(32);
        aspects.setAccessibleText(Messages.get("team.aspects"));
        aspects.textProperty().bindBidirectional(model.aspectsProperty());
        javafx.scene.control.CheckBox required = new javafx.scene.control.CheckBox(Messages.get("team.rationaleRequired"));
        required.selectedProperty().bindBidirectional(model.rationaleRequiredProperty());
        javafx.scene.control.Button save = new javafx.scene.control.Button(Messages.get("team.judging.save"));
        save.setId("team-judging-save");
        save.setOnAction(e -> model.applyJudging());
        FlowPane row = new FlowPane(10, 4, whole(new Label(Messages.get("team.aspects"))), aspects, required, save);
        row.setAlignment(Pos.CENTER_LEFT);
        model.loadJudging();
        return row;
    }

    private void showProgress() {
        progress.getChildren().clear();
        int row = 0;
        for (ProgressRow p : model.progress()) {
            ProgressBar bar = new ProgressBar(p.share());
            bar.setPrefWidth(120);
            bar.setMinWidth(60);
            bar.setAccessibleText(p.language().label() + ": " + p.text());
            Label text = new Label(p.text());
            text.getStyleClass().add(Styles.MUTED);
            text.setWrapText(true); // a narrow card wraps the sentence rather than cutting it
            progress.addRow(row++, whole(new Label(p.language().label())), bar, text);
        }
        if (row == 0) {
            progress.add(new Label(Messages.get("team.progress.none")), 0, 0);
        }
    }

    private VBox assignBox() {
        ComboBox<LanguageChoice> language = new ComboBox<>(model.languages());
        language.setId("assign-language");
        language.setAccessibleText(Messages.get("team.assign.language"));
        language.valueProperty().bindBidirectional(model.assignLanguageProperty());
        language.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> who = new ComboBox<>(model.assignees());
        who.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return model.label(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        who.setId("assign-annotator");
        who.setAccessibleText(Messages.get("team.assign.annotator"));
        who.setPromptText(Messages.get("team.assign.annotator"));
        who.valueProperty().bindBidirectional(model.assigneeProperty());
        who.setMinWidth(180);
        Button assign = new Button(Messages.get("team.assign.run"));
        assign.setId("assign-run");
        assign.disableProperty().bind(model.assigningProperty().or(language.valueProperty().isNull())
                .or(who.valueProperty().isNull()));
        assign.setOnAction(e -> model.assign());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.assignProgressProperty());
        Button cancel = new Button(Messages.get("team.assign.cancel"));
        cancel.setOnAction(e -> model.cancelAssign());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.assigningProperty());
        running.managedProperty().bind(running.visibleProperty());
        // the sentence wraps as a flow in a narrow card; its words are never cut off
        FlowPane sentence = new FlowPane(8, 8, whole(new Label(Messages.get("team.assign.in"))), language,
                whole(new Label(Messages.get("team.assign.to"))), who);
        sentence.setAlignment(Pos.CENTER_LEFT);
        Label counts = new Label(Messages.get("team.assign.counts"));
        counts.getStyleClass().add(Styles.MUTED);
        counts.setWrapText(true);
        Label lead = new Label(Messages.get("team.assign.lead"));
        lead.setWrapText(true);
        return new VBox(8, lead, sentence, new HBox(8, assign, running), counts);
    }

    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label line(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static VBox card(String heading, Node... children) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.HEADING);
        VBox card = new VBox(title);
        card.getChildren().addAll(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }
}
