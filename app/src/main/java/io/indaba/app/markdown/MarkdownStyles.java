package io.indaba.app.markdown;

/** The style classes a theme stylesheet can target in a rendered response; the view itself sets no colours. */
public final class MarkdownStyles {

    public static final String VIEW = "md-view";
    public static final String PARAGRAPH = "md-paragraph";
    public static final String HEADING = "md-heading";
    /** Followed by the level, 1 to 6: {@code md-heading-1}. */
    public static final String HEADING_LEVEL = "md-heading-";
    /** On every block laid out right to left, so a theme can pick a font for Arabic-script text. */
    public static final String RIGHT_TO_LEFT = "md-rtl";

    public static final String TEXT = "md-text";
    public static final String EMPHASIS = "md-emphasis";
    public static final String STRONG = "md-strong";
    public static final String CODE_SPAN = "md-code-span";
    public static final String RAW_HTML = "md-raw-html";
    public static final String LINK = "md-link";
    public static final String URL = "md-url";
    public static final String IMAGE = "md-image";

    /** A column of blocks inside a list item or a quote. */
    public static final String BLOCKS = "md-blocks";
    public static final String LIST = "md-list";
    public static final String LIST_ITEM = "md-list-item";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String QUOTE = "md-quote";
    public static final String QUOTE_BAR = "md-quote-bar";
    public static final String CODE = "md-code";
    public static final String CODE_TEXT = "md-code-text";
    public static final String RULE = "md-rule";
    public static final String TABLE = "md-table";
    public static final String TABLE_CELL = "md-table-cell";
    public static final String TABLE_HEADER = "md-table-header";
    public static final String OMITTED = "md-omitted";
    public static final String SHOW_MORE = "md-show-more";

    private MarkdownStyles() { }
}
