package io.indaba.app.stats;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The leaderboard as a table with bars: per model a bar to its Elo and a whisker over its 95% interval, on one
 * scale per group of comparable models, with a mark at 1000 (the group mean).
 */
final class EloChart extends GridPane {

    private static final double PLOT_WIDTH = 320;
    private static final double ROW_HEIGHT = 18;

    EloChart() {
        setId("stats-models");
        setHgap(14);
        setVgap(6);
        ColumnConstraints plot = new ColumnConstraints(PLOT_WIDTH, PLOT_WIDTH, Double.MAX_VALUE);
        plot.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), plot);
    }

    void show(List<ModelRow> rows) {
        getChildren().clear();
        int line = 0;
        addRow(line++, header("#"), header(Messages.get("stats.model")), header(""), header(Messages.get("stats.elo")),
                header(Messages.get("stats.interval")), header(Messages.get("stats.record")));
        boolean grouped = rows.stream().anyMatch(r -> r.group() > 1);
        int group = 0;
        for (ModelRow row : rows) {
            if (grouped && row.group() != group) {
                group = row.group();
                Label heading = new Label(Messages.format("stats.group", group));
                heading.getStyleClass().add(Styles.MUTED);
                add(heading, 0, line++, 6, 1);
            }
            List<ModelRow> own = rows.stream().filter(r -> r.group() == row.group()).toList();
            Label elo = new Label(String.format(Locale.ROOT, "%.0f", row.elo()));
            elo.setId("elo-" + row.model());
            GridPane.setHalignment(elo, HPos.RIGHT);
            Label interval = new Label(row.interval());
            interval.setId("interval-" + row.model());
            Label record = new Label(row.record());
            record.setId("record-" + row.model());
            Label model = new Label(row.model());
            model.setId("model-" + row.model());
            addRow(line++, new Label(Integer.toString(row.rank())), model, bar(row, own), elo, interval, record);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    /** The bar and whisker of one model on its group's scale. */
    private static Pane bar(ModelRow row, List<ModelRow> group) {
        double low = Math.min(1000, group.stream().mapToDouble(r -> r.eloLow() == null ? r.elo() : r.eloLow())
                .min().orElse(1000));
        double high = Math.max(1000, group.stream().mapToDouble(r -> r.eloHigh() == null ? r.elo() : r.eloHigh())
                .max().orElse(1000));
        // a margin so the extreme whiskers do not touch the edges, and a floor so near-equal ratings keep a scale
        double span = Math.max(high - low, 50) * 1.1;
        double origin = (low + high) / 2 - span / 2;
        Pane pane = new Pane();
        pane.setPrefSize(PLOT_WIDTH, ROW_HEIGHT);
        pane.setMinHeight(ROW_HEIGHT);
        pane.setAccessibleText(Messages.format("stats.barAccessible", row.model(), Math.round(row.elo())));
        Rectangle bar = new Rectangle();
        bar.getStyleClass().add(Styles.ELO_BAR);
        bar.setY(3);
        bar.setHeight(ROW_HEIGHT - 6);
        bar.widthProperty().bind(pane.widthProperty().multiply((row.elo() - origin) / span));
        pane.getChildren().add(bar);
        Line mean = new Line();
        mean.getStyleClass().add(Styles.ELO_MEAN);
        mean.startXProperty().bind(pane.widthProperty().multiply((1000 - origin) / span));
        mean.endXProperty().bind(mean.startXProperty());
        mean.setStartY(0);
        mean.setEndY(ROW_HEIGHT);
        pane.getChildren().add(mean);
        if (row.eloLow() != null) {
            double mid = ROW_HEIGHT / 2;
            Line whisker = line(pane, (row.eloLow() - origin) / span, mid, (row.eloHigh() - origin) / span, mid);
            Line lowCap = line(pane, (row.eloLow() - origin) / span, mid - 5, (row.eloLow() - origin) / span, mid + 5);
            Line highCap = line(pane, (row.eloHigh() - origin) / span, mid - 5, (row.eloHigh() - origin) / span,
                    mid + 5);
            pane.getChildren().addAll(whisker, lowCap, highCap);
        }
        return pane;
    }

    private static Line line(Pane pane, double x1, double y1, double x2, double y2) {
        Line line = new Line();
        line.getStyleClass().add(Styles.ELO_WHISKER);
        line.startXProperty().bind(pane.widthProperty().multiply(x1));
        line.endXProperty().bind(pane.widthProperty().multiply(x2));
        line.setStartY(y1);
        line.setEndY(y2);
        return line;
    }
}
