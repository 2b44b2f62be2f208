package io.indaba.app.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The UI text of the workbench, from {@code messages.properties}; every visible string goes through here. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.indaba.app.messages");

    private Messages() {
    }

    /** The text for {@code key}. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… filled in (MessageFormat rules). */
    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
    }

    /** Whether the bundle has {@code key} (for keys that come from enums rather than literals). */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
