package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.junit.jupiter.api.Test;

class TooltipTest {

    /** The lines of a tooltip value, as they read once Graphviz has unescaped it. */
    private static List<String> lines(String tooltip) {
        return Arrays.asList(tooltip.split(Tooltip.LINE_BREAK, -1));
    }

    @Test
    void statementTooltipGivesTitleFullTextEachQuoteAndTheNoteOneALine() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Russia and the United States share an enemy\n  but fight it alone.")
                .title("Separate fights")
                .quotes("they will continue to fight separately", "is not going to lead to any policy shifts")
                .note("Paraphrases the closing paragraph.").done()
                .build();
        assertEquals(List.of("Separate fights",
                        "Russia and the United States share an enemy but fight it alone.",
                        "Quote: \u201cthey will continue to fight separately\u201d",
                        "Quote: \u201cis not going to lead to any policy shifts\u201d",
                        "Note: Paraphrases the closing paragraph."),
                lines(Tooltip.of(map.statements().get("t"))));
    }

    @Test
    void qualifierAndReconstructionFollowTheText() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Measures will be read as a crackdown.").qualifier("almost certainly").done()
                .statement("w", Kind.PREMISE, "Measures after protests are read as aimed at them.").implicit().done()
                .build();
        assertEquals(List.of("Measures will be read as a crackdown.", "Qualifier: almost certainly"),
                lines(Tooltip.of(map.statements().get("t"))));
        assertEquals(List.of("Measures after protests are read as aimed at them.",
                        "Reconstructed: the source leaves this unstated"),
                lines(Tooltip.of(map.statements().get("w"))));
    }

    @Test
    void argumentTooltipEndsWithTheQuotesThatMakeTheInference() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("a", Kind.PREMISE, "A.").done()
                .argument("arg", ArgumentKind.ATTACK, List.of("a"), "t", null, null)
                .build();
        var argument = map.arguments().get("arg");
        var quoted = new org.argmap.model.Argument(argument.id(), argument.location(), argument.kind(), argument.kindLocation(),
                argument.premises(), argument.conclusion(), argument.scheme(), argument.note(),
                List.of(new org.argmap.model.Text("Yet that would be  insufficient", argument.location())), List.of());
        assertEquals(List.of("arg", "Attacks: T.", "Premises:", "\u2022 A.", "Quote: \u201cYet that would be insufficient\u201d"),
                lines(Tooltip.of(quoted, map)));
    }

    @Test
    void statementWithoutTitleQuotesOrNoteHasItsTextAlone() {
        ArgumentMap map = new MapBuilder().statement("t", Kind.THESIS, "Just the text.").done().build();
        assertEquals(List.of("Just the text."), lines(Tooltip.of(map.statements().get("t"))));
    }

    @Test
    void argumentTooltipGivesSchemeConclusionAndEachPremiseByTitleOrText() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Thesis text.").title("Thesis").done()
                .statement("a", Kind.PREMISE, "First premise, untitled.").done()
                .statement("b", Kind.PREMISE, "Second premise text.").title("Second").done()
                .argument("arg", ArgumentKind.SUPPORT, List.of("a", "b"), "t", "argument from precedent",
                        "Both premises are needed.")
                .build();
        assertEquals(List.of("argument from precedent", "Supports: Thesis", "Premises:",
                        "\u2022 First premise, untitled.", "\u2022 Second", "Note: Both premises are needed."),
                lines(Tooltip.of(map.arguments().get("arg"), map)));
    }

    @Test
    void attackOnAnArgumentNamesItBySchemeAndAnUnnamedArgumentByItsId() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Thesis.").done()
                .statement("a", Kind.PREMISE, "A.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").done()
                .argument("inference", ArgumentKind.SUPPORT, List.of("a"), "t", "argument from analogy")
                .argument("objection", ArgumentKind.ATTACK, List.of("c", "gone"), "inference", null)
                .build();
        assertEquals(List.of("objection", "Attacks: argument from analogy", "Premises:", "\u2022 C.", "\u2022 gone"),
                lines(Tooltip.of(map.arguments().get("objection"), map)));
    }

    @Test
    void eachLineIsEscapedForTheTooltipAttribute() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Fish & chips \\N <b>").quotes("say \"no\"").done().build();
        assertEquals(List.of("Fish &amp; chips \\\\\\\\N &lt;b&gt;", "Quote: \u201csay \"no\"\u201d"),
                lines(Tooltip.of(map.statements().get("t"))));
    }
}
