package io.indaba.app.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.text.ScriptMapper;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Text areas and fields outside Markdown set up for the script they hold. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ComplexTextFxTest {

    private TextArea area;
    private TextField field;

    @Start
    void start(Stage stage) {
        // controls only once the toolkit runs: a Control made earlier fails its class initialisation for the JVM
        area = new TextArea();
        field = new TextField();
        stage.setScene(new Scene(new VBox(area, field), 400, 300));
        stage.show();
    }

    @Test
    void scriptsThatJavaFxWrapsWronglyAreKnown() {
        assertTrue(ComplexText.wrapsWrongly("مرحبا"));
        assertTrue(ComplexText.wrapsWrongly("Hello नमस्ते"));
        assertFalse(ComplexText.wrapsWrongly("ሰላም ነው"), "Ge'ez needs no shaping and wraps correctly");
        assertTrue(ComplexText.wrapsWrongly("Ọ̀rọ̀ Yorùbá"), "a combining grave is complex text for JavaFX");
        assertFalse(ComplexText.wrapsWrongly("Yorùbá abọ"), "precomposed letters are not");
        assertTrue(ComplexText.wrapsWrongly("ߒߞߏ ߞߊ߲"), "N'Ko is shaped in its own font");
        assertTrue(ComplexText.wrapsWrongly("q\u1DC4"), "a mark from the supplement block");
        assertFalse(ComplexText.wrapsWrongly(null));
    }

    @Test
    void everyCodePointJavaFxTreatsAsComplexIsKnown() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (ScriptMapper.isComplexCharCode(cp) != ComplexText.complexForJavaFx(cp)) {
                throw new AssertionError("JavaFX's complex-text table changed at U+" + Integer.toHexString(cp)
                        + ": update ComplexText");
            }
        }
    }

    @Test
    void fitSetsDirectionAndWrappingFromASample(FxRobot robot) {
        robot.interact(() -> {
            assertTrue(ComplexText.fit(area, "العربية"));
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, area.getNodeOrientation());
            assertFalse(area.isWrapText());

            assertFalse(ComplexText.fit(area, "አማርኛ"));
            assertEquals(NodeOrientation.LEFT_TO_RIGHT, area.getNodeOrientation());
            assertTrue(area.isWrapText());

            assertTrue(ComplexText.fit(area, "हिन्दी"));
            assertEquals(NodeOrientation.LEFT_TO_RIGHT, area.getNodeOrientation(), "Devanagari is left to right");
            assertFalse(area.isWrapText());
        });
    }

    @Test
    void freeTextControlsFollowWhatIsTyped(FxRobot robot) {
        robot.interact(() -> {
            ComplexText.follow(area);
            ComplexText.follow(field);
            assertTrue(area.isWrapText());

            area.setText("لأن الإجابة الثانية أدق");
            field.setText("لأن");
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, area.getNodeOrientation());
            assertFalse(area.isWrapText());
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, field.getNodeOrientation());

            area.setText("because B is right");
            field.setText("");
            assertEquals(NodeOrientation.LEFT_TO_RIGHT, area.getNodeOrientation());
            assertTrue(area.isWrapText());
            assertEquals(NodeOrientation.LEFT_TO_RIGHT, field.getNodeOrientation());
        });
    }

    @Test
    void plainTextKeepsMarkdownCharactersAsText() {
        MarkdownDocument document = MarkdownDocument.plainText("The _ is *here*\n\nمرحبا");
        assertEquals(2, document.blocks().size());
        Block.Paragraph first = assertInstanceOf(Block.Paragraph.class, document.blocks().get(0));
        assertEquals(List.of(new Inline.Run("The _ is *here*", java.util.Set.of())), first.text());
        Block.Paragraph second = assertInstanceOf(Block.Paragraph.class, document.blocks().get(1));
        assertEquals(Direction.RIGHT_TO_LEFT, second.direction());
    }

    @Test
    void styledRunsOfArabicAreBrokenIntoLinesKeepingTheirStyles(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.text.TextFlow arabic = new javafx.scene.text.TextFlow();
            javafx.scene.text.Text kept = new javafx.scene.text.Text("يزيل الصابون الجراثيم ");
            javafx.scene.text.Text inserted = new javafx.scene.text.Text("والأوساخ");
            inserted.getStyleClass().add("inserted");
            ComplexText.fill(arabic, List.of(kept, inserted));
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, arabic.getNodeOrientation());
            assertInstanceOf(javafx.scene.text.TextFlow.class, arabic.getChildren().getFirst(),
                    "lines of words, not JavaFX's own wrapping");
            assertTrue(words(arabic).stream().anyMatch(t -> t.getText().equals("والأوساخ")
                    && t.getStyleClass().contains("inserted")));

            javafx.scene.text.TextFlow english = new javafx.scene.text.TextFlow();
            javafx.scene.text.Text run = new javafx.scene.text.Text("soap removes germs");
            ComplexText.fill(english, List.of(run));
            assertEquals(List.of(run), english.getChildren());
            assertEquals(NodeOrientation.LEFT_TO_RIGHT, english.getNodeOrientation());
        });
    }

    @Test
    void readOnlyTextIsALabelUnlessItsScriptWrapsWrongly(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.Label amharic = assertInstanceOf(javafx.scene.control.Label.class,
                    ComplexText.wrapped("ሰላም ነው", "Noto Sans Ethiopic"));
            assertTrue(amharic.isWrapText());
            assertTrue(amharic.getStyle().contains("Noto Sans Ethiopic"));
            MarkdownView arabic = assertInstanceOf(MarkdownView.class, ComplexText.wrapped("مرحبا *بالعالم*", null));
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, arabic.getNodeOrientation());
            assertEquals("مرحبا *بالعالم*", String.join("", words(arabic).stream().map(javafx.scene.text.Text::getText)
                    .toList()).replace("\n", ""));
        });
    }

    @Test
    void changingTextSwitchesBetweenALabelAndAMeasuredView(FxRobot robot) {
        robot.interact(() -> {
            WrappedText text = new WrappedText("plain English", null);
            text.getStyleClass().add("text-muted");
            assertInstanceOf(javafx.scene.control.Label.class, text.getChildren().getFirst());
            text.textProperty().set("Ọ̀rọ̀ ẹ̀kọ́");
            MarkdownView view = assertInstanceOf(MarkdownView.class, text.getChildren().getFirst(),
                    "a tone mark: JavaFX would wrap it wrongly");
            assertTrue(view.getStyleClass().contains("text-muted"));
            assertEquals("Ọ̀rọ̀ ẹ̀kọ́", String.join("", words(view).stream().map(javafx.scene.text.Text::getText)
                    .toList()).replace("\n", ""));
            text.textProperty().set("again plain");
            assertEquals("again plain", ((javafx.scene.control.Label) text.getChildren().getFirst()).getText());
        });
    }

    private static List<javafx.scene.text.Text> words(javafx.scene.Parent parent) {
        List<javafx.scene.text.Text> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.text.Text t) {
                out.add(t);
            } else if (n instanceof javafx.scene.Parent p) {
                out.addAll(words(p));
            }
        }
        return out;
    }
}
