package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.render.View;
import org.junit.jupiter.api.Test;

class ViewOptionsTest {

    private static ViewOptions options(String perspective, String focus, Integer depth) {
        ViewOptions options = new ViewOptions();
        options.perspective = Optional.ofNullable(perspective);
        options.focus = Optional.ofNullable(focus);
        options.depth = Optional.ofNullable(depth);
        return options;
    }

    @Test
    void noViewOptionMeansTheWholeMap() {
        assertEquals(View.WHOLE, options(null, null, null).view());
    }

    @Test
    void focusWithoutDepthReachesOneStep() {
        assertEquals(new View.Focus("distrust", 1), options(null, "distrust", null).view());
        assertEquals(new View.Focus("distrust", 0), options(null, "distrust", 0).view());
        assertEquals(new View.OfPerspective("left"), options("left", null, null).view());
    }

    @Test
    void perspectiveAndFocusTogetherAreRefusedWithAHint() {
        CommandFailure failure = assertThrows(CommandFailure.class, () -> options("left", "distrust", null).view());
        assertEquals("--perspective and --focus cannot be combined", failure.getMessage());
        assertTrue(failure.hint().isPresent());
    }

    @Test
    void depthWithoutFocusOrBelowZeroIsRefused() {
        assertEquals("--depth needs --focus",
                assertThrows(CommandFailure.class, () -> options("left", null, 2).view()).getMessage());
        assertEquals("--depth must be 0 or more, not -1",
                assertThrows(CommandFailure.class, () -> options(null, "distrust", -1).view()).getMessage());
    }

    @Test
    void viewIsSpelledBackAsTheOptionsThatAskForIt() {
        assertEquals("", ViewOptions.asArguments(View.WHOLE));
        assertEquals(" --perspective left", ViewOptions.asArguments(new View.OfPerspective("left")));
        assertEquals(" --focus distrust --depth 1", ViewOptions.asArguments(new View.Focus("distrust", 1)));
    }

    @Test
    void applyingAViewWithAnUnknownIdFailsNamingTheMapAndTheClosestId() {
        ArgumentMap map = new MapLoader().load("m.yaml", CheckCommandTest.VALID).map().orElseThrow();
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> ViewOptions.apply(new View.Focus("distrst", 1), Path.of("maps/m.yaml"), map));
        assertEquals("maps/m.yaml has no statement or argument 'distrst'", failure.getMessage());
        assertEquals(Optional.of("did you mean 'distrust'?"), failure.hint());
        assertEquals(2, ViewOptions.apply(new View.Focus("distrust", 1), Path.of("maps/m.yaml"), map)
                .shown().statements().size());
    }
}
