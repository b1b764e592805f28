package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Polarity;
import org.argmap.model.Side;
import org.argmap.render.DiagramOptions.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two sides in the diagram: a node's fill says which side it is on, its outline what kind it
 * is, so a premise that supports an objection looks con and an argument takes its side too, in
 * every theme; in print, con fills are clearly darker greys than pro ones.
 */
class SidesDrawingTest {

    /**
     * A pro and a con premise, a con argument with an implicit premise and a qualified one, an
     * undercut of it (a rebuttal by inference), a declared counterpoint on the pro side, and two
     * statements nothing links to the thesis.
     */
    static final String SIDES = """
            argmap: 1
            statements:
              t: {kind: thesis, text: The thesis holds.}
              pro: {text: A reason for it., supports: t}
              c: {kind: counterpoint, text: An objection to it., attacks: t}
              con: {text: A reason for the objection., supports: c}
              hedged: {text: Another reason for the objection., qualifier: may}
              warrant: {text: What links the two., implicit: true}
              undercut: {text: The two do not add up., attacks: objection-argument}
              answer: {kind: counterpoint, text: An objection to the objection., attacks: c}
              island: {text: Linked to nothing that reaches the thesis., supports: shore}
              shore: {kind: counterpoint, text: Attacked by nothing., attacks: island}
            arguments:
              objection-argument: {kind: support, premises: [hedged, warrant], conclusion: c}
              reason-argument: {kind: support, premises: [pro], conclusion: t}
            """;

    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})");

    private static ParsedDot render(Theme theme) {
        return ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withTheme(theme))
                .render(DotRendererEvaluationTest.load(SIDES)));
    }

    private static String fill(ParsedDot dot, String id) {
        return dot.node(id).attribute("fillcolor");
    }

    @Test
    void theMapHasTheSidesTheseTestsAreAbout() {
        Polarity sides = Polarity.of(DotRendererEvaluationTest.load(SIDES));
        assertEquals(List.of(Side.PRO, Side.CON, Side.CON, Side.CON, Side.PRO, Side.PRO, Side.PRO, Side.CON),
                List.of("pro", "con", "hedged", "objection-argument", "reason-argument", "undercut", "answer", "c")
                        .stream().map(id -> sides.side(id).orElseThrow()).toList());
        assertTrue(sides.side("island").isEmpty() && sides.side("shore").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aConPremiseIsFilledUnlikeAProPremiseButOutlinedAlike(Theme theme) {
        ParsedDot dot = render(theme);
        Palette palette = Palette.of(theme);
        assertEquals(palette.fill(Tint.PRO_PREMISE), fill(dot, "pro"));
        assertEquals(palette.fill(Tint.CON_PREMISE), fill(dot, "con"));
        assertNotEquals(fill(dot, "pro"), fill(dot, "con"));
        assertEquals(fill(dot, "con"), fill(dot, "hedged"));
        assertEquals(dot.node("pro").attribute("style"), dot.node("con").attribute("style"), "the outline says the kind");
        assertEquals(dot.node("pro").attribute("shape"), dot.node("con").attribute("shape"));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void argumentsAreFilledByTheirSide(Theme theme) {
        ParsedDot dot = render(theme);
        assertNotEquals(fill(dot, "reason-argument"), fill(dot, "objection-argument"));
        assertEquals(Palette.of(theme).fill(Tint.CON_ARGUMENT), fill(dot, "objection-argument"));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void anAttackerOnTheProSideIsFilledAsARebuttalWhateverItsDeclaredKind(Theme theme) {
        ParsedDot dot = render(theme);
        assertEquals(fill(dot, "undercut"), fill(dot, "answer"));
        assertEquals(Palette.of(theme).fill(Tint.PRO_ATTACK), fill(dot, "answer"));
        assertNotEquals(fill(dot, "c"), fill(dot, "answer"));
        assertEquals(dot.node("c").attribute("style"), dot.node("answer").attribute("style"), "still outlined as a counterpoint");
        assertEquals(NodeStyle.REBUTTAL.style, dot.node("undercut").attribute("style"), "the undercut is inferred a rebuttal");
    }

    /** In print there is no grey left between the two sides: no side is white, as pro is, but outlined in grey. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void whatHasNoSideIsDrawnInNeitherSidesColours(Theme theme) {
        ParsedDot dot = render(theme);
        Palette palette = Palette.of(theme);
        for (String id : List.of("island", "shore")) {
            assertEquals(palette.fill(Tint.NO_SIDE), fill(dot, id), id);
            assertEquals(palette.border(Tint.NO_SIDE), dot.node(id).attribute("color"), id);
        }
        assertNotEquals(fill(dot, "pro") + dot.node("pro").attribute("color"),
                fill(dot, "island") + dot.node("island").attribute("color"));
        assertNotEquals(fill(dot, "con"), fill(dot, "island"));
    }

    @Test
    void inPrintEveryFillIsAGreyAndConFillsAreClearlyDarkerThanProOnes() {
        ParsedDot dot = render(Theme.PRINT);
        for (ParsedDot.Node node : dot.nodes.values()) {
            if (node.attributes().containsKey("fillcolor")) {
                Matcher hex = HEX.matcher(node.attribute("fillcolor"));
                assertTrue(hex.matches() && hex.group(1).equals(hex.group(2)) && hex.group(2).equals(hex.group(3)),
                        node.name() + ": " + node.attribute("fillcolor"));
            }
        }
        Palette print = Palette.PRINT;
        for (Tint pro : List.of(Tint.THESIS, Tint.PRO_PREMISE, Tint.PRO_ATTACK, Tint.PRO_ARGUMENT, Tint.NO_SIDE)) {
            for (Tint con : List.of(Tint.CON_PREMISE, Tint.CON_ATTACK, Tint.CON_ARGUMENT)) {
                assertTrue(PaletteTest.luminance(print.fill(pro)) - PaletteTest.luminance(print.fill(con)) > 0.2,
                        pro + " against " + con);
            }
        }
    }

    @Test
    void aViewDrawsEachClaimOnItsSideInTheWholeMapEvenWithoutTheThesis() {
        ArgumentMap map = DotRendererEvaluationTest.load(SIDES);
        ViewResult view = new View.Focus("con", 0).apply(map);
        assertTrue(view.shown().statements().keySet().equals(java.util.Set.of("con")), view.shown().statements().keySet().toString());
        ParsedDot dot = ParsedDot.parse(new DotRenderer().render(view));
        assertEquals(Palette.LIGHT.fill(Tint.CON_PREMISE), fill(dot, "con"));
    }
}
