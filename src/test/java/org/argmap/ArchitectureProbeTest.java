package org.argmap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.argmap.archprobe.OutsideEveryLayer;
import org.argmap.archprobe.a.CycleStart;
import org.argmap.archprobe.b.CycleEnd;
import org.argmap.cli.Main;
import org.argmap.model.ModelReachingCliProbe;
import org.junit.jupiter.api.Test;

/**
 * ArchitectureTest's rules fail on code that breaks them: each probe (a test class, never run)
 * breaks one rule, and the rule names it. Without this, a rule that matched nothing would pass
 * for ever, as the earlier rule did for a package outside every layer.
 */
class ArchitectureProbeTest {

    @Test
    void aModelClassCallingTheCommandLineBreaksTheLayers() {
        JavaClasses classes = new ClassFileImporter().importClasses(ModelReachingCliProbe.class, Main.class);

        AssertionError violation = assertThrows(AssertionError.class, () -> ArchitectureTest.LAYERS.check(classes));

        assertMentions(violation, "ModelReachingCliProbe", "org.argmap.cli.Main");
    }

    @Test
    void aClassOutsideEveryLayerIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(OutsideEveryLayer.class, Main.class);

        AssertionError violation = assertThrows(AssertionError.class,
                () -> ArchitectureTest.EVERY_CLASS_IN_A_LAYER.check(classes));

        assertMentions(violation, "org.argmap.archprobe.OutsideEveryLayer");
        assertFalse(violation.getMessage().contains("org.argmap.cli.Main does not reside"), violation.getMessage());
    }

    @Test
    void twoPackagesUsingEachOtherAreACycle() {
        JavaClasses classes = new ClassFileImporter().importClasses(CycleStart.class, CycleEnd.class);

        AssertionError violation = assertThrows(AssertionError.class,
                () -> ArchitectureTest.NO_PACKAGE_CYCLES.check(classes));

        assertMentions(violation, "Cycle detected", "CycleStart", "CycleEnd");
    }

    private static void assertMentions(AssertionError violation, String... words) {
        for (String word : words) {
            assertTrue(violation.getMessage().contains(word), () -> "no '" + word + "' in: " + violation.getMessage());
        }
    }
}
