package io.indaba.app.theme;

import java.util.List;
import java.util.Objects;

/**
 * The light and dark themes: one base stylesheet written against colour tokens ({@code -color-fg-default}…)
 * plus one token file per theme, so a theme switch swaps a single stylesheet.
 */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css");

    /** The stylesheet with every rule; it only names colours through tokens. */
    public static final String BASE = url("base.css");

    private final String tokens;

    Theme(String file) {
        this.tokens = url(file);
    }

    /** The token stylesheet of this theme. */
    public String tokens() {
        return tokens;
    }

    /** The stylesheets a scene or dialog pane carries under this theme, base first. */
    public List<String> stylesheets() {
        return List.of(BASE, tokens);
    }

    /** The theme for the "dark" setting. */
    public static Theme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private static String url(String file) {
        return Objects.requireNonNull(Theme.class.getResource(file), file + " missing from the build").toExternalForm();
    }
}
