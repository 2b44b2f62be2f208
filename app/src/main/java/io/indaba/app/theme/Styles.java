package io.indaba.app.theme;

/** Style-class names used by the views and defined in {@code base.css}; one place, so a rename cannot miss one. */
public final class Styles {

    /** Large page heading. */
    public static final String TITLE = "title";
    /** Section heading inside a page. */
    public static final String HEADING = "heading";
    /** Secondary, quieter text. */
    public static final String MUTED = "text-muted";
    /** Text that reports a problem. */
    public static final String ERROR = "text-error";
    /** A raised panel grouping related facts. */
    public static final String CARD = "card";
    /** The left navigation list. */
    public static final String NAV = "nav";
    /** The status bar along the bottom of the window. */
    public static final String STATUS_BAR = "status-bar";
    /** The start screen shown when no project is open. */
    public static final String START = "start-screen";
    /** The main call to action in a group of buttons. */
    public static final String ACCENT = "accent";
    /** A page of a workspace (padding, background). */
    public static final String PAGE = "page";
    /** A number shown large, e.g. an item count. */
    public static final String FIGURE = "figure";
    /** A language tag such as {@code am} or {@code yo-NG}. */
    public static final String TAG = "tag";

    /** Text that asks for attention without reporting a failure. */
    public static final String WARNING = "text-warning";
    /** A model's Elo bar on the leaderboard. */
    public static final String ELO_BAR = "elo-bar";
    /** The 95% interval whisker over an Elo bar. */
    public static final String ELO_WHISKER = "elo-whisker";
    /** The mark at Elo 1000, the mean of a group of models. */
    public static final String ELO_MEAN = "elo-mean";
    /** A table row a project lead should look at (an annotator with reliability warnings). */
    public static final String FLAGGED = "flagged";
    /** A language an annotator reads, with its name and proficiency, in proportional type. */
    public static final String CHIP = "chip";

    private Styles() {
    }
}
