package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Views of {@link SampleMaps#small()}: the thesis separate-fights; distrust (mutual-distrust)
 * supports it; shared-enemy (shared-threat) attacks it; old-news attacks shared-enemy; beslan and
 * protests (mutual-distrust) are the premises of precedent, which supports distrust; and
 * different-times undercuts precedent.
 */
class ViewTest {

    private final ArgumentMap small = SampleMaps.small();

    private static List<String> ids(Map<String, ?> byId) {
        return List.copyOf(byId.keySet());
    }

    private static List<String> refIds(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    // the whole map

    @Test
    void wholeViewShowsTheMapItselfAndLeavesNothingOut() {
        ViewResult result = View.WHOLE.apply(small);
        assertSame(small, result.shown());
        assertEquals(List.of(), result.omittedStatements());
        assertEquals(List.of(), result.omittedArguments());
        assertEquals(Map.of(), result.hiddenRelations());
        assertFalse(result.isPartial());
        assertEquals("", View.WHOLE.fileSuffix());
    }

    // perspectives

    @Test
    void perspectiveViewKeepsTheThesisTheSideAndTheArgumentsAmongThem() {
        ViewResult result = new View.OfPerspective("mutual-distrust").apply(small);
        assertEquals(List.of("separate-fights", "distrust", "beslan", "protests"), ids(result.shown().statements()));
        assertEquals(List.of("precedent"), ids(result.shown().arguments()));
        assertEquals(List.of("mutual-distrust"), ids(result.shown().perspectives()));
        assertEquals(List.of("shared-enemy", "old-news", "different-times"), result.omittedStatements());
        assertEquals(List.of(), result.omittedArguments());
        assertTrue(result.isPartial());
    }

    @Test
    void perspectiveViewCountsEachShownNodesRelationsToLeftOutOnes() {
        ViewResult result = new View.OfPerspective("mutual-distrust").apply(small);
        // separate-fights is attacked by shared-enemy; precedent is undercut by different-times
        assertEquals(Map.of("separate-fights", 1, "precedent", 1), result.hiddenRelations());
        assertEquals(List.of("separate-fights", "precedent"), ids(result.hiddenRelations()));
    }

    @Test
    void perspectiveViewOfTheOtherSideLeavesOutTheArgumentWhosePremisesAreNotInIt() {
        ViewResult result = new View.OfPerspective("shared-threat").apply(small);
        assertEquals(List.of("separate-fights", "shared-enemy"), ids(result.shown().statements()));
        assertEquals(List.of("distrust", "old-news", "beslan", "protests", "different-times"),
                result.omittedStatements());
        assertEquals(List.of("precedent"), result.omittedArguments());
        assertEquals(Map.of("separate-fights", 1, "shared-enemy", 1), result.hiddenRelations());
    }

    @Test
    void argumentWithAPremiseOutsideThePerspectiveIsLeftOutWholeAndCountedOnTheShownPremise() {
        ArgumentMap map = new MapBuilder()
                .perspective("left", "Left").perspective("right", "Right")
                .statement("t", Kind.THESIS, "T.").done()
                .statement("a", Kind.PREMISE, "A.").in("left").done()
                .statement("b", Kind.PREMISE, "B.").in("right").done()
                .statement("c", Kind.PREMISE, "C.").in("left").done()
                .argument("split", ArgumentKind.SUPPORT, List.of("a", "b"), "t", null)
                .argument("together", ArgumentKind.SUPPORT, List.of("a", "c"), "t", null)
                .build();
        ViewResult left = new View.OfPerspective("left").apply(map);
        assertEquals(List.of("together"), ids(left.shown().arguments()));
        assertEquals(List.of("split"), left.omittedArguments());
        assertEquals(Map.of("a", 1, "t", 1), left.hiddenRelations(), "a is a premise of split, split concludes t");
    }

    @Test
    void perspectiveViewKeepsAnArgumentWhoseConclusionIsLeftOutAndCountsThatRelation() {
        ArgumentMap map = new MapBuilder()
                .perspective("left", "Left").perspective("right", "Right")
                .statement("t", Kind.THESIS, "T.").done()
                .statement("r", Kind.PREMISE, "R.").in("right").done()
                .statement("a", Kind.COUNTERPOINT, "A.").in("left").done()
                .argument("theirs", ArgumentKind.SUPPORT, List.of("r"), "t", null)
                .argument("undercut", ArgumentKind.ATTACK, List.of("a"), "theirs", null)
                .build();
        ViewResult left = new View.OfPerspective("left").apply(map);
        assertEquals(List.of("undercut"), ids(left.shown().arguments()));
        assertEquals(Map.of("t", 1, "undercut", 1), left.hiddenRelations());
        assertEquals(List.of(new Relation("a", "undercut", EdgeStyle.PREMISE_OF)), Relation.of(left.shown()),
                "the undercut of a left-out argument is not drawn");
    }

    @Test
    void shownStatementsNameOnlyShownIdsInSupportsAndAttacks() {
        ViewResult result = new View.OfPerspective("shared-threat").apply(small);
        Statement sharedEnemy = result.shown().statements().get("shared-enemy");
        assertEquals(List.of("separate-fights"), refIds(sharedEnemy.attacks()));
        ViewResult alone = new View.Focus("distrust", 0).apply(small);
        assertEquals(List.of(), alone.shown().statements().get("distrust").supports());
    }

    @Test
    void perspectiveOfTheThesisIsKeptTooSoItIsStillDrawnInItsBand() {
        ArgumentMap map = new MapBuilder()
                .perspective("left", "Left").perspective("middle", "Middle")
                .statement("t", Kind.THESIS, "T.").in("middle").done()
                .statement("a", Kind.PREMISE, "A.").in("left").supports("t").done()
                .build();
        assertEquals(List.of("left", "middle"), ids(new View.OfPerspective("left").apply(map).shown().perspectives()));
    }

    // focus

    @Test
    void focusOfDepthZeroShowsTheClaimAloneAndCountsAllItsRelations() {
        ViewResult result = new View.Focus("distrust", 0).apply(small);
        assertEquals(List.of("distrust"), ids(result.shown().statements()));
        assertEquals(List.of(), ids(result.shown().arguments()));
        assertEquals(Map.of("distrust", 2), result.hiddenRelations(), "it supports the thesis and concludes precedent");
        assertEquals(List.of("mutual-distrust"), ids(result.shown().perspectives()));
    }

    @Test
    void focusOfDepthOneFollowsRelationsBothWaysAndShowsAnArgumentWithoutItsFartherPremises() {
        ViewResult result = new View.Focus("distrust", 1).apply(small);
        assertEquals(List.of("separate-fights", "distrust"), ids(result.shown().statements()));
        assertEquals(List.of("precedent"), ids(result.shown().arguments()));
        assertEquals(List.of(), result.shown().arguments().get("precedent").premises(),
                "beslan and protests are two steps away");
        assertEquals(Map.of("separate-fights", 1, "precedent", 3), result.hiddenRelations());
        assertEquals(List.of("shared-enemy", "old-news", "beslan", "protests", "different-times"),
                result.omittedStatements());
    }

    @Test
    void focusOfDepthTwoReachesThePremisesAndTheUndercut() {
        ViewResult result = new View.Focus("distrust", 2).apply(small);
        assertEquals(List.of("separate-fights", "distrust", "shared-enemy", "beslan", "protests", "different-times"),
                ids(result.shown().statements()));
        assertEquals(List.of("old-news"), result.omittedStatements());
        assertEquals(Map.of("shared-enemy", 1), result.hiddenRelations());
        assertTrue(Relation.of(result.shown()).contains(new Relation("different-times", "precedent", EdgeStyle.UNDERCUTS)));
    }

    @Test
    void focusDeepEnoughLeavesNothingOut() {
        ViewResult result = new View.Focus("old-news", 5).apply(small);
        assertTrue(new View.Focus("old-news", 4).apply(small).isPartial(), "the undercut and premises are five steps away");
        assertFalse(result.isPartial());
        assertEquals(ids(small.statements()), ids(result.shown().statements()));
        assertEquals(Map.of(), result.hiddenRelations());
    }

    @Test
    void focusOnAnArgumentReachesItsPremisesConclusionAndUndercutters() {
        ViewResult result = new View.Focus("precedent", 1).apply(small);
        assertEquals(List.of("distrust", "beslan", "protests", "different-times"), ids(result.shown().statements()));
        assertEquals(refIds(small.arguments().get("precedent").premises()),
                refIds(result.shown().arguments().get("precedent").premises()));
    }

    @Test
    void focusFromTheUndercutterReachesTheArgumentItUndercuts() {
        ViewResult result = new View.Focus("different-times", 1).apply(small);
        assertEquals(List.of("different-times"), ids(result.shown().statements()));
        assertEquals(List.of("precedent"), ids(result.shown().arguments()));
        assertEquals(List.of(new Relation("different-times", "precedent", EdgeStyle.UNDERCUTS)), Relation.of(result.shown()));
    }

    @Test
    void argumentWithPartlyShownPremisesKeepsTheShownOnesAndCountsTheOthers() {
        ViewResult result = new View.Focus("beslan", 1).apply(small);
        assertEquals(List.of("beslan"), refIds(result.shown().arguments().get("precedent").premises()));
        // protests (premise), distrust (conclusion), different-times (undercut)
        assertEquals(Map.of("precedent", 3), result.hiddenRelations());
    }

    @Test
    void focusWithANegativeDepthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new View.Focus("distrust", -1));
    }

    // what a view keeps besides statements and arguments

    @Test
    void everyViewKeepsTheMapsOwnDrawingSettings() {
        ArgumentMap drawnDark = new MapLoader().load("dark.yaml", """
                argmap: 1
                perspectives:
                  side:
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  reason:
                    perspective: side
                    text: R.
                    supports: thesis
                  other:
                    text: O.
                    attacks: thesis
                render:
                  direction: TB
                  theme: dark
                  wrap: 30
                  evaluate: true
                """).map().orElseThrow();
        for (View view : List.of(View.WHOLE, new View.OfPerspective("side"), new View.Focus("reason", 0))) {
            ArgumentMap shown = view.apply(drawnDark).shown();
            assertEquals(drawnDark.render(), shown.render(), view.describe());
            assertEquals(drawnDark.statementsLocation(), shown.statementsLocation(), view.describe());
        }
    }

    // nothing dropped silently, on a larger map

    @Test
    void everyRelationOfTheMapIsEitherDrawnOrCountedOnItsShownEnd() {
        ArgumentMap map = SampleMaps.large();
        List<View> views = new ArrayList<>();
        map.perspectives().keySet().forEach(id -> views.add(new View.OfPerspective(id)));
        Stream.concat(map.statements().keySet().stream(), map.arguments().keySet().stream())
                .forEach(id -> List.of(0, 1, 2, 3).forEach(depth -> views.add(new View.Focus(id, depth))));
        for (View view : views) {
            ViewResult result = view.apply(map);
            List<Relation> bothEndsShown = new ArrayList<>();
            Map<String, Integer> oneEndShown = new HashMap<>();
            for (Relation relation : Relation.of(map)) {
                boolean from = result.shown().hasNode(relation.from());
                boolean to = result.shown().hasNode(relation.to());
                if (from && to) {
                    bothEndsShown.add(relation);
                } else if (from || to) {
                    oneEndShown.merge(from ? relation.from() : relation.to(), 1, Integer::sum);
                }
            }
            assertEquals(bothEndsShown, Relation.of(result.shown()), view.toString());
            assertEquals(oneEndShown, result.hiddenRelations(), view.toString());
            assertEquals(map.statements().size(), result.statementCount(), view.toString());
            assertEquals(map.arguments().size(), result.argumentCount(), view.toString());
        }
    }

    // ids

    @Test
    void unknownPerspectiveIsReportedWithTheKnownOnesAndCannotBeApplied() {
        View view = new View.OfPerspective("shared-thret");
        assertEquals(Optional.of(new View.UnknownId("perspective", "shared-thret", List.of("shared-threat", "mutual-distrust"))),
                view.unknownIn(small));
        assertThrows(IllegalArgumentException.class, () -> view.apply(small));
    }

    @Test
    void unknownFocusIsReportedWithEveryStatementAndArgumentId() {
        View view = new View.Focus("distrst", 1);
        View.UnknownId unknown = view.unknownIn(small).orElseThrow();
        assertEquals("statement or argument", unknown.what());
        assertEquals(List.of("separate-fights", "distrust", "shared-enemy", "old-news", "beslan", "protests",
                "different-times", "precedent"), unknown.known());
        assertThrows(IllegalArgumentException.class, () -> view.apply(small));
        assertEquals(Optional.empty(), new View.Focus("precedent", 1).unknownIn(small));
    }

    @Test
    void fileSuffixNamesTheViewSoItNeverClashesWithTheWholeMap() {
        assertEquals("--perspective-shared-threat", new View.OfPerspective("shared-threat").fileSuffix());
        assertEquals("--focus-distrust-1", new View.Focus("distrust", 1).fileSuffix());
        assertEquals("--focus-precedent-0", new View.Focus("precedent", 0).fileSuffix());
    }

    @Test
    void describeNamesTheViewWithItsIds() {
        assertEquals("perspective 'shared-threat'", new View.OfPerspective("shared-threat").describe());
        assertEquals("focus on 'distrust', depth 2", new View.Focus("distrust", 2).describe());
    }
}
