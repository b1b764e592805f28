package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Statement;
import org.argmap.render.DiagramOptions.LabelMode;
import org.junit.jupiter.api.Test;

class StatementLabelTest {

    private static final ArgumentMap MAP = new MapBuilder()
            .statement("t", Kind.THESIS, "Russia and the United States face a common enemy but will keep fighting it separately.")
                    .title("Separate fights").done()
            .statement("p", Kind.PREMISE, "Distrust runs too deep.").supports("t").done()
            .build();
    private static final Statement WITH_TITLE = MAP.statements().get("t");
    private static final Statement WITHOUT_TITLE = MAP.statements().get("p");

    private static List<String> shown(Statement statement, LabelMode mode, int wrap) {
        return StatementLabel.lines(statement, DiagramOptions.DEFAULT.withLabels(mode).withWrapColumns(wrap)).stream()
                .map(line -> (line.bold() ? "*" : "") + line.text())
                .toList();
    }

    @Test
    void bothShowsTheTitleInBoldThenTheText() {
        assertEquals(List.of("*Separate fights", "Russia and the United States face a", "common enemy but will keep fighting",
                "it separately."), shown(WITH_TITLE, LabelMode.BOTH, 36));
        assertEquals(List.of("Distrust runs too deep."), shown(WITHOUT_TITLE, LabelMode.BOTH, 36));
    }

    @Test
    void textLeavesTheTitleOut() {
        assertEquals(List.of("Russia and the United States face a", "common enemy but will keep fighting", "it separately."),
                shown(WITH_TITLE, LabelMode.TEXT, 36));
    }

    @Test
    void titleShowsTheTitleAloneOrElseTheWrappedText() {
        assertEquals(List.of("*Separate fights"), shown(WITH_TITLE, LabelMode.TITLE, 36));
        assertEquals(List.of("*Separate", "*fights"), shown(WITH_TITLE, LabelMode.TITLE, 12));
        assertEquals(List.of("Distrust runs", "too deep."), shown(WITHOUT_TITLE, LabelMode.TITLE, 14));
    }

    @Test
    void aBoldTitleLineIsNoWiderThanALineOfText() {
        ArgumentMap longTitle = new MapBuilder()
                .statement("w", Kind.THESIS, "A blow claimed as revenge comes from the enemy both fight.")
                .title("Claimed revenge means a common enemy").done().build();
        List<String> titleLines = StatementLabel.lines(longTitle.statements().get("w"), DiagramOptions.DEFAULT).stream()
                .filter(StatementLabel.Line::bold).map(StatementLabel.Line::text).toList();
        assertEquals(List.of("Claimed revenge means a common", "enemy"), titleLines);
        for (String line : titleLines) {
            assertTrue(line.length() * StatementLabel.BOLD_WIDTH <= DiagramOptions.DEFAULT_WRAP, line);
        }
    }

    @Test
    void cellIsTheWrapWidthWhenTextIsShown() {
        for (LabelMode mode : List.of(LabelMode.BOTH, LabelMode.TEXT)) {
            for (int wrap : List.of(12, 36, 120)) {
                assertEquals(wrap, StatementLabel.cellColumns(MAP, DiagramOptions.DEFAULT.withLabels(mode).withWrapColumns(wrap)));
            }
        }
    }

    @Test
    void cellOfTitlesAloneIsTheWidestLineWithBoldCountedWider() {
        ArgumentMap titled = new MapBuilder()
                .statement("t", Kind.THESIS, "A long text that titles replace in the overview of the map.").title("Ten chars!").done()
                .statement("p", Kind.PREMISE, "Another long text.").title("Short").supports("t").done()
                .build();
        DiagramOptions titles = DiagramOptions.DEFAULT.withLabels(LabelMode.TITLE);
        assertEquals((int) Math.ceil(10 * StatementLabel.BOLD_WIDTH), StatementLabel.cellColumns(titled, titles));
        assertTrue(StatementLabel.cellColumns(titled, titles) < titles.wrapColumns());
    }

    @Test
    void cellOfTitlesAloneWidensForAStatementShownByItsText() {
        DiagramOptions titles = DiagramOptions.DEFAULT.withLabels(LabelMode.TITLE).withWrapColumns(14);
        assertEquals("Distrust runs".length(), StatementLabel.cellColumns(
                new MapBuilder().statement("p", Kind.THESIS, "Distrust runs too deep.").done().build(), titles));
        assertEquals(List.of("Distrust runs", "too deep."), shown(WITHOUT_TITLE, LabelMode.TITLE, 14));
    }
}
