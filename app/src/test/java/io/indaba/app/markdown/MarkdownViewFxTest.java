package io.indaba.app.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Renders responses on a real (headless Monocle) stage and checks node kinds, directions, fonts and links. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class MarkdownViewFxTest {

    private static final double WIDTH = 600;

    private MarkdownView view;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        view = new MarkdownView();
        scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, WIDTH, 800));
        stage.show();
    }

    private void show(FxRobot robot, String markdown) {
        robot.interact(() -> {
            view.setMarkdown(markdown);
            view.applyCss();
            view.layout();
        });
    }

    @Test
    void mixedArabicEnglishAndCodeAreLaidOutInTheirOwnDirections(FxRobot robot) {
        show(robot, "# عنوان\n\nمرحبا بالعالم، هذا نص عربي.\n\nAn English paragraph.\n\n"
                + "```python\nprint('مرحبا')\n```\n");
        List<Node> blocks = view.getChildren();
        assertEquals(4, blocks.size());
        TextFlow heading = assertInstanceOf(TextFlow.class, blocks.get(0));
        assertTrue(heading.getStyleClass().containsAll(List.of(MarkdownStyles.HEADING, "md-heading-1")));
        TextFlow arabic = assertInstanceOf(TextFlow.class, blocks.get(1));
        TextFlow english = assertInstanceOf(TextFlow.class, blocks.get(2));
        TextFlow code = assertInstanceOf(TextFlow.class, blocks.get(3));
        // Arabic lines are broken by the app (MeasuredLines): each line flow is right to left, placed at the right
        TextFlow firstLine = assertInstanceOf(TextFlow.class, arabic.getChildren().getFirst());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, firstLine.getNodeOrientation());
        assertTrue(arabic.getStyleClass().contains(MarkdownStyles.RIGHT_TO_LEFT));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, english.getNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, code.getNodeOrientation());
        assertTrue(code.getStyleClass().contains(MarkdownStyles.CODE));
        assertEquals("print('مرحبا')", ((Text) code.getChildren().getFirst()).getText());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, view.getNodeOrientation(), "the response as a whole is Arabic");
    }

    @Test
    void arabicIsRightAlignedAndEnglishLeftAligned(FxRobot robot) {
        show(robot, "مرحبا\n\nHello\n\n```\nx = 1\n```");
        Bounds viewBounds = view.localToScene(view.getLayoutBounds());
        Bounds arabic = onScreen(view.getChildren().get(0));
        Bounds english = onScreen(view.getChildren().get(1));
        Bounds code = onScreen(view.getChildren().get(2));
        assertTrue(viewBounds.getMaxX() - arabic.getMaxX() < 2, "Arabic ends at the right edge: " + arabic);
        assertTrue(arabic.getMinX() > viewBounds.getCenterX(), "short Arabic stays on the right: " + arabic);
        assertTrue(english.getMinX() - viewBounds.getMinX() < 2, "English starts at the left edge: " + english);
        assertTrue(code.getMaxX() < viewBounds.getCenterX(), "code stays on the left: " + code);
    }

    @Test
    void htmlAndScriptsAppearAsLiteralText(FxRobot robot) {
        show(robot, "<script>alert('x')</script>\n\nInline <script>steal()</script> and <img src=x onerror=y>.");
        assertEquals("<script>alert('x')</script>", textOf(view.getChildren().get(0)));
        assertTrue(view.getChildren().get(0).getStyleClass().contains(MarkdownStyles.RAW_HTML));
        assertEquals("Inline <script>steal()</script> and <img src=x onerror=y>.", textOf(view.getChildren().get(1)));
    }

    @Test
    void linkShowsItsAddressAndOpensOnlyOnClick(FxRobot robot) {
        List<String> opened = new ArrayList<>();
        robot.interact(() -> view.setOnLinkClicked(opened::add));
        show(robot, "اقرأ [الوثائق](https://example.org/docs?a=1) الآن");
        TextFlow paragraph = (TextFlow) view.getChildren().getFirst();
        LinkText link = (LinkText) leaves(paragraph).stream().filter(LinkText.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals("الوثائق", link.getText());
        assertTrue(textOf(paragraph).contains("\u200Ehttps://example.org/docs?a=1\u200E"),
                "the address is shown, kept left to right inside the Arabic sentence");
        assertEquals(List.of(), opened, "nothing opens by itself");

        robot.clickOn(link);
        assertEquals(List.of("https://example.org/docs?a=1"), opened);

        robot.interact(link::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(2, opened.size(), "Enter on a focused link opens it too");
    }

    @Test
    void addressAndCodeKeepTheirOrderInsideArabic(FxRobot robot) {
        show(robot, "انظر <https://x.org/> الآن\n\nاستخدم `f(x)` هنا");
        TextFlow link = line((TextFlow) view.getChildren().get(0));
        String linkText = textOf(link);
        assertTrue(nearerToStart(link, linkText.lastIndexOf('/'), linkText.indexOf('h')),
                "the final slash stays at the right end of the address, next to the preceding Arabic word");
        TextFlow code = line((TextFlow) view.getChildren().get(1));
        String codeText = textOf(code);
        assertTrue(nearerToStart(code, codeText.indexOf(')'), codeText.indexOf('f')),
                "the closing parenthesis stays after f(x, next to the preceding Arabic word");
    }

    @Test
    void linkWithoutHandlerDoesNothingAndALaterHandlerIsUsed(FxRobot robot) {
        show(robot, "<https://example.org>");
        LinkText link = (LinkText) ((TextFlow) view.getChildren().getFirst()).getChildren().getFirst();
        assertEquals("\u200Ehttps://example.org\u200E", link.getText());
        robot.clickOn(link);

        List<String> opened = new ArrayList<>();
        robot.interact(() -> view.setOnLinkClicked(opened::add));
        robot.clickOn(link);
        assertEquals(List.of("https://example.org"), opened);
    }

    @Test
    void imageShowsAltTextAndAddressOnly(FxRobot robot) {
        show(robot, "![قطة](http://tracker.example/pixel.png)");
        TextFlow paragraph = (TextFlow) view.getChildren().getFirst();
        assertTrue(leaves(paragraph).stream().allMatch(Text.class::isInstance), "no ImageView");
        assertEquals("قطة \u200Ehttp://tracker.example/pixel.png\u200E", textOf(paragraph));
    }

    @Test
    void inlineMarksGetTheirFonts(FxRobot robot) {
        show(robot, "*it* **bold** `code`");
        List<Text> texts = texts(view);
        Text italic = texts.stream().filter(t -> t.getText().equals("it")).findFirst().orElseThrow();
        Text bold = texts.stream().filter(t -> t.getText().equals("bold")).findFirst().orElseThrow();
        Text code = texts.stream().filter(t -> t.getText().contains("code")).findFirst().orElseThrow();
        assertTrue(italic.getFont().getStyle().contains("Italic"), italic.getFont().toString());
        assertTrue(bold.getFont().getStyle().contains("Bold"), bold.getFont().toString());
        assertEquals("Monospaced", code.getFont().getFamily());
    }

    @Test
    void nestedListsAndQuotesBuildNestedBoxes(FxRobot robot) {
        show(robot, "3. three\n4. four\n   - inner\n\n> quoted\n> > deeper");
        VBox list = (VBox) view.getChildren().get(0);
        assertTrue(list.getStyleClass().contains(MarkdownStyles.LIST));
        HBox second = (HBox) list.getChildren().get(1);
        assertEquals("4.", ((Label) second.getChildren().get(0)).getText());
        VBox content = (VBox) second.getChildren().get(1);
        VBox inner = (VBox) content.getChildren().get(1);
        assertEquals("◦", ((Label) ((HBox) inner.getChildren().getFirst()).getChildren().getFirst()).getText());
        HBox quote = (HBox) view.getChildren().get(1);
        assertTrue(quote.getStyleClass().contains(MarkdownStyles.QUOTE));
        VBox quoted = (VBox) quote.getChildren().get(1);
        assertTrue(quoted.getChildren().get(1).getStyleClass().contains(MarkdownStyles.QUOTE));
    }

    @Test
    void tableBecomesAGridWithAHeaderRow(FxRobot robot) {
        show(robot, "| الاسم | Score |\n|---|--:|\n| أحمد | 9 |\n| Ada | 10 |");
        GridPane grid = assertInstanceOf(GridPane.class, view.getChildren().getFirst());
        assertEquals(6, grid.getChildren().size());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, grid.getNodeOrientation());
        long headers = grid.getChildren().stream()
                .filter(n -> n.getStyleClass().contains(MarkdownStyles.TABLE_HEADER)).count();
        assertEquals(2, headers);
    }

    @Test
    void longTableCellsWrapInsideTheView(FxRobot robot) {
        show(robot, "| a | b |\n|---|---|\n| " + "long words ".repeat(200) + " | " + "more words ".repeat(200) + " |");
        GridPane grid = (GridPane) view.getChildren().getFirst();
        assertTrue(grid.getWidth() <= view.getWidth() + 1, grid.getWidth() + " > " + view.getWidth());
        assertTrue(grid.getHeight() > 100, "cells wrapped onto several lines: " + grid.getHeight());
    }

    @Test
    void hugeResponseShowsOnePageThenMoreOnDemand(FxRobot robot) {
        StringBuilder markdown = new StringBuilder();
        while (markdown.length() < 200_000) markdown.append("Paragraph with **bold** and مرحبا بالعالم.\n\n");
        long start = System.nanoTime();
        show(robot, markdown.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, "first page took " + millis + " ms");
        int shownChars = texts(view).stream().mapToInt(t -> t.getText().length()).sum();
        assertTrue(shownChars <= MarkdownView.PAGE_CHARS + 500, "shown " + shownChars);
        Button more = (Button) view.getChildren().getLast();
        assertTrue(more.getStyleClass().contains(MarkdownStyles.SHOW_MORE));
        int before = view.getChildren().size();
        robot.interact(() -> {
            scroll.setVvalue(scroll.getVmax());
            scroll.layout();
        });

        robot.clickOn(more);
        assertTrue(view.getChildren().size() > before);
    }

    @Test
    void showMoreReachesEveryCharacter(FxRobot robot) {
        String markdown = "Paragraph with **bold** and مرحبا بالعالم.\n\n".repeat(1_500);
        show(robot, markdown);
        int pages = 1;
        while (view.hasMore()) {
            robot.interact(view::showNextPage);
            pages++;
        }
        assertTrue(pages >= 3, "pages: " + pages);
        assertFalse(view.getChildren().getLast() instanceof Button);
        int allChars = texts(view).stream().mapToInt(t -> t.getText().length()).sum();
        int expected = MarkdownDocument.parse(markdown).blocks().stream().mapToInt(Block::shownLength).sum();
        assertEquals(expected, allChars);
    }

    @Test
    void mutatedMarkdownRendersWithoutThrowing(FxRobot robot) {
        Random random = new Random(99L);
        robot.interact(() -> {
            for (int i = 0; i < 150; i++) {
                view.setMarkdown(MarkdownFuzzTest.mutate(MarkdownFuzzTest.SEEDS.get(i % MarkdownFuzzTest.SEEDS.size()), random));
                view.applyCss();
                view.layout();
            }
        });
        show(robot, ">".repeat(5_000) + " deep\n\n" + "- x\n".repeat(3) + "  ".repeat(200) + "- y");
        assertTrue(texts(view).stream().anyMatch(t -> t.getText().contains("deep")));
    }

    /**
     * Whether character {@code a} is drawn nearer than {@code b} to the flow's first character, which starts
     * an Arabic line at its right end. Measured against that character because in JavaFX 21 rangeShape of a
     * right-to-left flow does not agree with localToScene on which way is right.
     */
    private static boolean nearerToStart(TextFlow flow, int a, int b) {
        double start = centreX(flow, 0);
        return Math.abs(centreX(flow, a) - start) < Math.abs(centreX(flow, b) - start);
    }

    private static double centreX(TextFlow flow, int index) {
        return new Path(flow.rangeShape(index, index + 1)).getBoundsInLocal().getCenterX();
    }

    private static Bounds onScreen(Node flow) {
        Text first = (Text) leaves((TextFlow) flow).getFirst();
        return first.localToScene(first.getBoundsInLocal());
    }

    private static String textOf(Node flow) {
        return leaves((TextFlow) flow).stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    /**
     * The inline nodes of a paragraph. Right-to-left and complex-script paragraphs are broken into line flows by
     * {@code MeasuredLines}; their line separators are not content.
     */
    private static List<Node> leaves(TextFlow flow) {
        if (flow.getChildren().stream().noneMatch(TextFlow.class::isInstance)) {
            return List.copyOf(flow.getChildren());
        }
        List<Node> out = new ArrayList<>();
        for (Node child : flow.getChildren()) {
            if (child instanceof TextFlow line) {
                out.addAll(line.getChildren());
            }
        }
        return out;
    }

    /** The single line flow of a short right-to-left paragraph, or the paragraph itself. */
    private static TextFlow line(TextFlow flow) {
        return flow.getChildren().size() == 1 && flow.getChildren().getFirst() instanceof TextFlow inner ? inner : flow;
    }

    private static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (node instanceof Text text) found.add(text);
        if (node instanceof Parent parent) parent.getChildrenUnmodifiable().forEach(child -> found.addAll(texts(child)));
        return found;
    }
}
