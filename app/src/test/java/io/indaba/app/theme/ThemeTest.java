package io.indaba.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static final Pattern DEFINED = Pattern.compile("(-color-[a-z-]+)\\s*:");
    private static final Pattern USED = Pattern.compile(":[^;]*?(-color-[a-z-]+)|,\\s*(-color-[a-z-]+)");

    private static String css(String file) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g));
                }
            }
        }
        return out;
    }

    @Test
    void bothThemesDefineTheSameTokens() throws IOException {
        assertEquals(all(DEFINED, css("light.css")), all(DEFINED, css("dark.css")));
    }

    @Test
    void everyTokenTheBaseUsesIsDefined() throws IOException {
        Set<String> used = all(USED, css("base.css"));
        assertTrue(used.size() > 5, "the base stylesheet reads its colours from tokens: " + used);
        Set<String> undefined = new TreeSet<>(used);
        undefined.removeAll(all(DEFINED, css("light.css")));
        assertEquals(Set.of(), undefined);
        assertTrue(all(DEFINED, css("base.css")).isEmpty(), "the base stylesheet must not define colours itself");
    }

    @Test
    void everyStyleClassConstantHasARule() throws Exception {
        String base = css("base.css");
        for (Field field : Styles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                String name = (String) field.get(null);
                assertTrue(Pattern.compile("\\." + Pattern.quote(name) + "\\b").matcher(base).find(),
                        "no rule for ." + name);
            }
        }
    }

    @Test
    void themesDifferOnlyInTheirTokenSheet() {
        assertEquals(Theme.BASE, Theme.LIGHT.stylesheets().get(0));
        assertEquals(Theme.BASE, Theme.DARK.stylesheets().get(0));
        assertTrue(Theme.DARK.tokens().endsWith("dark.css"));
        assertEquals(Theme.DARK, Theme.of(true));
    }
}
