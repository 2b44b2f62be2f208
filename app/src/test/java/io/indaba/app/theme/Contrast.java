package io.indaba.app.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * WCAG contrast of every visible text node of a scene graph against what is behind it: the text's fill (with the
 * opacity of it and its ancestors) over the top background fill of the nearest ancestor Region that paints one.
 */
public final class Contrast {

    /** WCAG AA for body text. */
    public static final double AA = 4.5;

    /** One text node whose contrast is below the threshold, described for a failure message. */
    public record Shortfall(String text, String where, Color fill, Color background, double ratio) {
        @Override
        public String toString() {
            return String.format("%.2f:1 \"%s\" %s on %s at %s", ratio, text, hex(fill), hex(background), where);
        }
    }

    private Contrast() {
    }

    /** The text nodes under {@code root} that are shown, enabled and below {@code threshold}. */
    public static List<Shortfall> below(Node root, double threshold) {
        List<Shortfall> out = new ArrayList<>();
        walk(root, threshold, out);
        return out;
    }

    private static void walk(Node node, double threshold, List<Shortfall> out) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.isDisabled()) {
            return; // hidden, or disabled, which WCAG does not require to contrast
        }
        if (node instanceof Text text && !text.getText().isBlank() && text.getFill() instanceof Color fill) {
            Color background = behind(text.getParent());
            Color shown = over(withOpacity(fill, opacity(text)), background);
            double ratio = ratio(shown, background);
            if (ratio < threshold) {
                out.add(new Shortfall(shorten(text.getText()), path(text), shown, background, ratio));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, threshold, out);
            }
        }
    }

    /** The colour painted behind {@code node}: its top opaque-enough fill over whatever is behind its parent. */
    public static Color behind(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region) {
                Color top = topFill(region.getBackground());
                if (top != null) {
                    return top.getOpacity() >= 1 ? top : over(top, behind(region.getParent()));
                }
            }
        }
        return Color.WHITE;
    }

    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0) {
                return c;
            }
        }
        return null;
    }

    private static double opacity(Node node) {
        double o = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            o *= at.getOpacity();
        }
        return o;
    }

    private static Color withOpacity(Color c, double factor) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * factor);
    }

    /** {@code top} composited over the opaque {@code bottom}. */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    /** The WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String path(Node node) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Node at = node.getParent(); at != null && depth < 4; at = at.getParent(), depth++) {
            out.append(depth == 0 ? "" : " < ").append(at.getClass().getSimpleName());
            if (at.getId() != null) {
                out.append('#').append(at.getId());
            }
            if (!at.getStyleClass().isEmpty()) {
                out.append(at.getStyleClass());
            }
        }
        return out.toString();
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
