package io.indaba.app.markdown;

import io.indaba.app.markdown.Inline.Mark;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Turns the inline children of a parsed block into flat {@link Inline} runs. */
final class InlineFlattener {

    private record Pending(Node node, Set<Mark> marks) { }

    private final List<Inline> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Set<Mark> textMarks = Set.of();

    private InlineFlattener() { }

    /** The runs under {@code block}; walks with an explicit stack because model output can nest emphasis deeply. */
    static List<Inline> of(Node block) {
        InlineFlattener flattener = new InlineFlattener();
        flattener.walk(block);
        flattener.flushText();
        return flattener.runs;
    }

    /** The plain text under {@code node}, as a link label or an image's alt text; images may nest, so no recursion. */
    static String plainText(Node node) {
        StringBuilder plain = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) stack.push(child);
        while (!stack.isEmpty()) {
            Node next = stack.pop();
            switch (next) {
                case Text t -> plain.append(t.getLiteral());
                case Code c -> plain.append(c.getLiteral());
                case HtmlInline html -> plain.append(html.getLiteral());
                case SoftLineBreak ignored -> plain.append(' ');
                case HardLineBreak ignored -> plain.append(' ');
                default -> {
                    for (Node child = next.getLastChild(); child != null; child = child.getPrevious()) stack.push(child);
                }
            }
        }
        return plain.toString();
    }

    private void walk(Node root) {
        Deque<Pending> stack = new ArrayDeque<>();
        pushChildren(stack, root, Set.of());
        while (!stack.isEmpty()) {
            Pending next = stack.pop();
            Node node = next.node();
            Set<Mark> marks = next.marks();
            switch (node) {
                case Text t -> appendText(t.getLiteral(), marks);
                case Code c -> appendText(c.getLiteral(), with(marks, Mark.CODE));
                // HTML from a model is data, shown as typed; nothing interprets it
                case HtmlInline html -> appendText(html.getLiteral(), with(marks, Mark.RAW_HTML));
                case SoftLineBreak ignored -> appendText(" ", marks);
                case HardLineBreak ignored -> add(new Inline.LineBreak());
                case Emphasis ignored -> pushChildren(stack, node, with(marks, Mark.EMPHASIS));
                case StrongEmphasis ignored -> pushChildren(stack, node, with(marks, Mark.STRONG));
                case Link link -> add(new Inline.Link(plainText(link), orEmpty(link.getDestination())));
                case Image image -> add(new Inline.Image(plainText(image), orEmpty(image.getDestination())));
                default -> pushChildren(stack, node, marks);
            }
        }
    }

    private static void pushChildren(Deque<Pending> stack, Node parent, Set<Mark> marks) {
        // pushed last child first so that children pop in document order
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(new Pending(child, marks));
        }
    }

    private void appendText(String literal, Set<Mark> marks) {
        if (literal == null || literal.isEmpty()) return;
        // commonmark splits text at every delimiter it considered; merging keeps one Text node per style change
        if (!marks.equals(textMarks)) flushText();
        textMarks = marks;
        text.append(literal);
    }

    private void add(Inline inline) {
        flushText();
        runs.add(inline);
    }

    private void flushText() {
        if (text.isEmpty()) return;
        runs.add(new Inline.Run(text.toString(), textMarks));
        text.setLength(0);
    }

    private static Set<Mark> with(Set<Mark> marks, Mark mark) {
        EnumSet<Mark> more = EnumSet.of(mark);
        more.addAll(marks);
        return Set.copyOf(more);
    }

    private static String orEmpty(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
