package org.argmap.render.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.argmap.fixtures.ArgmapClasses;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {

    @Test
    void engineLayerKnowsNothingElseOfArgmap() {
        noClasses().that().resideInAPackage("org.argmap.render.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.argmap.render", "org.argmap.model..", "org.argmap.diagnostic..",
                        "org.argmap.load..", "org.argmap.check..", "org.argmap.cli..")
                .check(ArgmapClasses.production());
    }

    /**
     * graphviz-java builds the diagram (its model, written out by argmap's DotWriter) and runs no
     * engine: the build leaves out what its engines need (J2V8, its viz.js, a command-line runner),
     * so calling one would fail at run time.
     */
    @Test
    void nothingInArgmapRunsGraphvizJavasEngines() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "guru.nidi.graphviz.engine..", "guru.nidi.graphviz.service..", "guru.nidi.graphviz.use..")
                .check(ArgmapClasses.production());
    }

    @Test
    void engineLayerDoesNotUseGraphvizJava() {
        noClasses().that().resideInAPackage("org.argmap.render.engine..")
                .should().dependOnClassesThat().resideInAPackage("guru.nidi..")
                .check(ArgmapClasses.production());
    }

    /** Chicory stays behind the WebAssembly engine and the classes the build generates for it. */
    @Test
    void onlyTheWebAssemblyEngineUsesChicory() {
        noClasses().that().resideInAPackage("org.argmap.render.engine")
                .and().haveNameNotMatching(".*\\.(WasmGraphvizEngine|GraphvizWasmInstance)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("com.dylibso..")
                .check(ArgmapClasses.production());
    }
}
