package org.argmap.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.argmap.fixtures.ArgmapClasses;
import org.junit.jupiter.api.Test;

class RenderDependenciesTest {

    @Test
    void renderingDotDependsOnTheModelOnlyAndRunsNoGraphvizEngine() {
        noClasses().that().resideInAPackage("org.argmap.render")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.argmap.load..", "org.argmap.check..", "org.argmap.cli..", "org.argmap.diagnostic..",
                        "org.argmap.render.engine..", "guru.nidi.graphviz.engine..")
                .check(ArgmapClasses.production());
    }
}
