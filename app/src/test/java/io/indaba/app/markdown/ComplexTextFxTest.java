package io.indaba.app.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertFalse(ComplexText.wrapsWrongly("Ọ̀rọ̀ Yorùbá"));
        assertFalse(ComplexText.wrapsWrongly(null));
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
}
