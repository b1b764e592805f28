package org.argmap.render.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {

    private static JavaClasses engineClasses;

    @BeforeAll
    static void importEngineClasses() {
        engineClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.argmap.render.engine");
    }

    @Test
    void engineLayerKnowsNothingElseOfArgmap() {
        noClasses().that().resideInAPackage("org.argmap.render.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.argmap.render", "org.argmap.model..", "org.argmap.diagnostic..",
                        "org.argmap.load..", "org.argmap.check..", "org.argmap.cli..")
                .check(engineClasses);
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
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.argmap"));
    }

    @Test
    void engineLayerDoesNotUseGraphvizJava() {
        noClasses().that().resideInAPackage("org.argmap.render.engine..")
                .should().dependOnClassesThat().resideInAPackage("guru.nidi..")
                .check(engineClasses);
    }

    /** Chicory stays behind the WebAssembly engine and the classes the build generates for it. */
    @Test
    void onlyTheWebAssemblyEngineUsesChicory() {
        noClasses().that().resideInAPackage("org.argmap.render.engine")
                .and().haveNameNotMatching(".*\\.(WasmGraphvizEngine|GraphvizWasmInstance)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("com.dylibso..")
                .check(engineClasses);
    }
}
