package io.indaba.app.project.export;

import io.indaba.app.common.Messages;
import io.indaba.app.project.TaskProgress;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The lower part of the export dialog: progress and Cancel while exporting, then the error or the report. */
final class ExportProgress extends VBox {

    ExportProgress(ExportViewModel model) {
        super(8);
        TaskProgress progress = new TaskProgress(model.taskProperty(), model::cancel, model.errorProperty());
        progress.setId("export-progress");
        TextArea report = new TextArea();
        report.setId("export-report");
        report.setEditable(false);
        report.setPrefRowCount(6);
        report.setWrapText(true);
        report.setAccessibleText(Messages.get("export.reportLabel"));
        report.textProperty().bind(model.reportProperty());
        Label label = new Label(Messages.get("export.reportLabel"));
        label.setLabelFor(report);
        getChildren().setAll(progress, label, report);
    }
}
