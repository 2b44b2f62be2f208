package io.indaba.app.prefer;

import com.ibm.icu.lang.UCharacter;
import io.indaba.app.keys.KeyMap;
import io.indaba.core.prefer.Decision;
import io.indaba.core.prefer.QueueEntry;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The comparison's keys ({@link KeyMap} scopes COMPARE and RANK), as a key-pressed filter on the scene. Shortcuts
 * use key codes, not typed characters, so they work on Amharic, Arabic or Hindi layouts, and apart from submit they
 * never fire while a text field has focus (which is also where an input method composes).
 */
final class ComparisonKeys implements EventHandler<KeyEvent> {

    private final Supplier<ComparisonViewModel> model;
    private final BooleanSupplier active;

    /** Keys acting on the current {@code model} while {@code active} says the view is the one on screen. */
    ComparisonKeys(Supplier<ComparisonViewModel> model, BooleanSupplier active) {
        this.model = model;
        this.active = active;
    }

    @Override
    public void handle(KeyEvent e) {
        ComparisonViewModel model = this.model.get();
        if (model == null || !active.getAsBoolean()) {
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (KeyMap.COMPARE_SUBMIT.combination().match(e)) {
            model.submit();
            e.consume();
            return;
        }
        if (typing) {
            return;
        }
        QueueEntry task = model.currentProperty().get();
        if (task != null && task.displayed().size() > 2) {
            if (rankKey(model, e)) {
                e.consume();
            } else if (KeyMap.COMPARE_SKIP.combination().match(e)) {
                model.skip();
                e.consume();
            }
            return;
        }
        Decision.Side side = null;
        if (KeyMap.COMPARE_LEFT.combination().match(e)) {
            side = Decision.Side.LEFT;
        } else if (KeyMap.COMPARE_RIGHT.combination().match(e)) {
            side = Decision.Side.RIGHT;
        } else if (KeyMap.COMPARE_BOTH_BAD.combination().match(e)) {
            side = Decision.Side.BOTH_BAD;
        } else if (KeyMap.COMPARE_TIE.combination().match(e)) {
            side = Decision.Side.TIE;
        }
        if (side != null) {
            model.sideProperty().set(side);
            e.consume();
            return;
        }
        int strength = strengthKey(e);
        if (strength > 0) {
            if (model.sideProperty().get() == null || model.decisive()) { // a tie takes no strength
                model.strengthProperty().set(strength);
            }
            e.consume();
        } else if (KeyMap.COMPARE_SKIP.combination().match(e)) {
            model.skip();
            e.consume();
        }
    }

    /** Runs a ranking key; false when {@code e} is none. */
    private static boolean rankKey(ComparisonViewModel model, KeyEvent e) {
        for (int i = 0; i < KeyMap.RANK_SELECT.size(); i++) {
            if (KeyMap.RANK_SELECT.get(i).combination().match(e)) {
                model.selectForRanking(i);
                return true;
            }
        }
        if (KeyMap.RANK_UP.combination().match(e)) {
            model.moveSelected(-1);
        } else if (KeyMap.RANK_DOWN.combination().match(e)) {
            model.moveSelected(1);
        } else if (KeyMap.RANK_TIE.combination().match(e)) {
            model.tieSelectedWithAbove();
        } else {
            return false;
        }
        return true;
    }

    /** 1..3 from the digit keys, also when the layout types Arabic-Indic or Devanagari digits; 0 otherwise. */
    private static int strengthKey(KeyEvent e) {
        if (KeyMap.COMPARE_STRENGTH_1.combination().match(e)) {
            return 1;
        }
        if (KeyMap.COMPARE_STRENGTH_2.combination().match(e)) {
            return 2;
        }
        if (KeyMap.COMPARE_STRENGTH_3.combination().match(e)) {
            return 3;
        }
        String text = e.getText();
        if (text != null && text.length() == 1 && !e.isShortcutDown() && !e.isAltDown()) {
            int digit = UCharacter.digit(text.codePointAt(0), 10);
            return digit >= 1 && digit <= 3 ? digit : 0;
        }
        return 0;
    }
}
