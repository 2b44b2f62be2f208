package io.indaba.app.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Makes every shortcut work under a non-Latin keyboard layout. Under GTK, JavaFX takes a key's code from the
 * layout's unshifted character on that key, and if that is not a Latin letter, digit or known symbol (Russian в,
 * Arabic ي, Amharic ደ or ፩) from the first layout's, which is the same one when only one layout is set: the code is
 * {@code UNDEFINED} and only the text tells which key it was (decision 0017). Such a key press is sent again with
 * the code of the US-layout key at the same place, so menu accelerators, {@link KeyMap} matches and text fields'
 * own Ctrl+A/C/V/Z see Ctrl+Shift+D where the user pressed Ctrl+Shift+D. Presses with a code, and typed characters,
 * are left alone: the text still types what the layout says.
 */
public final class PhysicalKeys {

    private static final String INSTALLED = PhysicalKeys.class.getName();

    /**
     * The characters the Russian (ru), Arabic (ara) and Amharic (et) layouts put on each US letter and digit key,
     * unshifted and shifted, as xkeyboard-config 2.35 defines them; characters the US layout also types with the
     * same Shift state are left out, as they come with a code of their own.
     */
    private static final Map<KeyCode, String> LAYOUTS = Map.ofEntries(
            Map.entry(KeyCode.DIGIT0, "\u137B\u137C"),
            Map.entry(KeyCode.DIGIT1, "\u1369\u1372"),
            Map.entry(KeyCode.DIGIT2, "\u136A\u1373"),
            Map.entry(KeyCode.DIGIT3, "\u136B\u1374\u2116"),
            Map.entry(KeyCode.DIGIT4, "\u003B\u136C\u1375"),
            Map.entry(KeyCode.DIGIT5, "\u136D\u1376"),
            Map.entry(KeyCode.DIGIT6, "\u136E\u1377"),
            Map.entry(KeyCode.DIGIT7, "\u136F\u1378"),
            Map.entry(KeyCode.DIGIT8, "\u1370\u1379"),
            Map.entry(KeyCode.DIGIT9, "\u1371\u137A"),
            Map.entry(KeyCode.A, "\u0424\u0444\u0634\u0650\uFE67\uFE68"),
            Map.entry(KeyCode.B, "\u0418\u0438\u1260\uFEF5\uFEFB"),
            Map.entry(KeyCode.C, "\u0421\u0441\u0624\u1278\uFE78"),
            Map.entry(KeyCode.D, "\u005D\u0412\u0432\u064A\u12F0\u12F8"),
            Map.entry(KeyCode.E, "\u0423\u0443\u062B\u064F\uFE69\uFE70"),
            Map.entry(KeyCode.F, "\u005B\u0410\u0430\u0628\u1348"),
            Map.entry(KeyCode.G, "\u041F\u043F\u0644\u1308\u1318\uFEF7"),
            Map.entry(KeyCode.H, "\u0420\u0440\u0623\u0627\u1200\u1210"),
            Map.entry(KeyCode.I, "\u00F7\u0428\u0448\u0647\uFE71\uFE72"),
            Map.entry(KeyCode.J, "\u041E\u043E\u062A\u0640\u1300"),
            Map.entry(KeyCode.K, "\u041B\u043B\u060C\u0646\u12A8\u12B8"),
            Map.entry(KeyCode.L, "\u002F\u0414\u0434\u0645\u1208"),
            Map.entry(KeyCode.M, "\u0027\u042C\u044C\u0629\u1218"),
            Map.entry(KeyCode.N, "\u0422\u0442\u0622\u0649\u1290\u1298"),
            Map.entry(KeyCode.O, "\u00D7\u0429\u0449\u062E\uFE73\uFE74"),
            Map.entry(KeyCode.P, "\u0417\u0437\u061B\u062D\u1330\u1350"),
            Map.entry(KeyCode.Q, "\u0419\u0439\u0636\u064E\u1240\u1250"),
            Map.entry(KeyCode.R, "\u041A\u043A\u0642\u064C\u1228"),
            Map.entry(KeyCode.S, "\u042B\u044B\u0633\u064D\u1220\u1230"),
            Map.entry(KeyCode.T, "\u0415\u0435\u0641\u1270\u1320\uFEF9"),
            Map.entry(KeyCode.U, "\u0060\u0413\u0433\u0639\uFE75\uFE76"),
            Map.entry(KeyCode.V, "\u041C\u043C\u0631\u1238\u1268"),
            Map.entry(KeyCode.W, "\u0426\u0446\u0635\u064B\u12C8"),
            Map.entry(KeyCode.X, "\u0427\u0447\u0621\u0652\u12A0\u12D0"),
            Map.entry(KeyCode.Y, "\u041D\u043D\u0625\u063A\u12E8"),
            Map.entry(KeyCode.Z, "\u042F\u044F\u0626\u12D8\u12E0")
    );

    private static final Map<Integer, KeyCode> BY_CHARACTER = new HashMap<>();

    static {
        LAYOUTS.forEach((code, characters) -> characters.codePoints().forEach(cp -> BY_CHARACTER.put(cp, code)));
    }

    private static boolean everywhere;

    private PhysicalKeys() {
    }

    /**
     * The US-layout key for a key press whose code JavaFX left undefined, found from the character it types; null
     * when the event has a code, is not a press or release, or types a character of no known layout.
     */
    public static KeyCode usKey(KeyEvent event) {
        if (event.getCode() != KeyCode.UNDEFINED || event.getEventType() == KeyEvent.KEY_TYPED) {
            return null;
        }
        String text = event.getText();
        if (text == null || text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            return null;
        }
        return BY_CHARACTER.get(text.codePointAt(0));
    }

    /** {@code event} with the US-layout key's code (see {@link #usKey}), or null when it needs none. */
    public static KeyEvent resolve(KeyEvent event) {
        KeyCode code = usKey(event);
        if (code == null) {
            return null;
        }
        return new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(), event.getCharacter(),
                event.getText(), code, event.isShiftDown(), event.isControlDown(), event.isAltDown(),
                event.isMetaDown());
    }

    /** Resolves key presses in every window the application opens, now and later; call on the FX thread. */
    public static void installEverywhere() {
        if (everywhere) {
            return;
        }
        everywhere = true;
        Window.getWindows().forEach(PhysicalKeys::install);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(PhysicalKeys::install);
            }
        });
    }

    /** Resolves key presses in {@code window}: before anything in it sees them, an undefined key is sent again. */
    public static void install(Window window) {
        if (window.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        EventHandler<KeyEvent> filter = event -> {
            KeyEvent resolved = resolve(event);
            if (resolved != null && event.getTarget() != null) {
                event.consume();
                Event.fireEvent(event.getTarget(), resolved);
            }
        };
        for (var type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            window.addEventFilter(type, filter);
        }
    }
}
