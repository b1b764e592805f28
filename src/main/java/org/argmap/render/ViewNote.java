package org.argmap.render;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.SimpleLabel;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.List;
import org.argmap.model.Argument;
import org.argmap.model.Node;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.text.Plural;
import org.argmap.text.TextWrapper;

/** What a partial view's diagram says about what it left out. */
final class ViewNote {

    private ViewNote() {
    }

    /** A row for the title's table, in {@code color}: which view this is and how much is not shown. */
    static String row(ViewResult result, String color) {
        String first = "Partial view: " + name(result);
        List<String> notShown = new ArrayList<>();
        if (!result.omittedStatements().isEmpty()) {
            notShown.add(Plural.count(result.omittedStatements().size(), "statement"));
        }
        if (!result.omittedArguments().isEmpty()) {
            notShown.add(Plural.count(result.omittedArguments().size(), "argument"));
        }
        String second = "Not shown: " + String.join(", ", notShown) + " (see argmap render --help)";
        return "<TR><TD><FONT POINT-SIZE=\"12\" COLOR=\"" + color + "\"><I>" + DotText.html(first) + "<BR/>"
                + DotText.html(second) + "</I></FONT></TD></TR>";
    }

    /**
     * Adds a last line to a node's label, in {@code color}: "+3 links not shown". Inside the
     * node it cannot be taken for another node's, and it leaves the layout much as it was.
     */
    static void mark(MutableNode node, int hidden, String color) {
        String cue = "<FONT POINT-SIZE=\"9\" COLOR=\"" + color + "\"><I>+" + Plural.count(hidden, "link")
                + " not shown</I></FONT>";
        Object label = node.get("label");
        String content = label instanceof SimpleLabel simple && simple.isHtml()
                ? simple.value()
                : DotText.html(String.valueOf(label));
        node.add("label", Label.html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                + "<TR><TD>" + content + "</TD></TR><TR><TD ALIGN=\"RIGHT\">" + cue + "</TD></TR></TABLE>"));
    }

    private static String name(ViewResult result) {
        View view = result.view();
        if (view instanceof View.OfPerspective perspective) {
            return "perspective " + quoted(result.shown().perspectives().get(perspective.id()).displayName())
                    + " and the thesis";
        }
        if (view instanceof View.Focus focus) {
            String claim = quoted(claimName(result, focus.id()));
            return focus.depth() == 0
                    ? claim + " alone"
                    : claim + " and what lies within " + Plural.count(focus.depth(), "step") + " of it";
        }
        return "the whole map";
    }

    private static String quoted(String name) {
        return "\u201c" + TextWrapper.normalizeSpace(name) + "\u201d";
    }

    private static String claimName(ViewResult result, String id) {
        Node node = result.shown().node(id).orElseThrow();
        return node instanceof Statement statement
                ? statement.title().map(Text::value).orElse(id)
                : ((Argument) node).scheme().map(Text::value).orElse(id);
    }
}
