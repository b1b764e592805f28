package org.argmap.render;

import static guru.nidi.graphviz.model.Factory.mutNode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.SimpleLabel;
import guru.nidi.graphviz.model.MutableNode;
import java.util.List;
import java.util.Map;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.junit.jupiter.api.Test;

class ViewNoteTest {

    private final ArgumentMap small = SampleMaps.small();

    private static List<String> noteLines(ViewResult result) {
        return HtmlLabel.lines("<TABLE>" + ViewNote.row(result, Palette.LIGHT.note()) + "</TABLE>");
    }

    @Test
    void noteOfAPerspectiveViewNamesItsLabelAndCountsWhatIsNotShown() {
        assertEquals(List.of("Partial view: perspective \u201cShared threat\u201d and the thesis",
                        "Not shown: 5 statements, 1 argument (see argmap render --help)"),
                noteLines(new View.OfPerspective("shared-threat").apply(small)));
    }

    @Test
    void noteOfAFocusViewNamesTheClaimByItsTitleAndSaysHowFarItReaches() {
        assertEquals(List.of("Partial view: \u201cSeparate fights\u201d and what lies within 2 steps of it",
                        "Not shown: 3 statements (see argmap render --help)"),
                noteLines(new View.Focus("separate-fights", 2).apply(small)));
    }

    @Test
    void noteOfAFocusOfDepthZeroOnAClaimWithoutTitleNamesItsId() {
        assertEquals("Partial view: \u201cdistrust\u201d alone",
                noteLines(new View.Focus("distrust", 0).apply(small)).get(0));
        assertEquals("Partial view: \u201cargument from precedent\u201d and what lies within 1 step of it",
                noteLines(new View.Focus("precedent", 1).apply(small)).get(0));
    }

    @Test
    void noteCountsOnlyTheSortsThatWereLeftOut() {
        ArgumentMap shown = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("a", Kind.PREMISE, "A.").done()
                .argument("from-a", ArgumentKind.SUPPORT, List.of("a"), "t", null)
                .build();
        ViewResult withoutOneArgument = new ViewResult(new View.Focus("t", 1), shown, List.of(), List.of("from-b"), Map.of());
        assertEquals("Not shown: 1 argument (see argmap render --help)", noteLines(withoutOneArgument).get(1));
    }

    @Test
    void markKeepsTheLabelAndAddsALastLineCountingTheLinks() {
        MutableNode node = mutNode("n").add("label", Label.html("<B>Claim</B>"));
        ViewNote.mark(node, 3, Palette.LIGHT.note());
        String label = ((SimpleLabel) node.get("label")).value();
        assertEquals(List.of("Claim", "+3 links not shown"), HtmlLabel.lines(label));

        MutableNode single = mutNode("m").add("label", Label.html("<I>argument</I>"));
        ViewNote.mark(single, 1, Palette.LIGHT.note());
        assertEquals(List.of("argument", "+1 link not shown"), HtmlLabel.lines(((SimpleLabel) single.get("label")).value()));
    }
}
