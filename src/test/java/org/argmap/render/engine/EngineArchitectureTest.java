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

    @Test
    void onlyTheEmbeddedEngineUsesGraphvizJava() {
        noClasses().that().resideInAPackage("org.argmap.render.engine..")
                .and().doNotHaveFullyQualifiedName(EmbeddedEngine.class.getName())
                .and().doNotHaveFullyQualifiedName(EmbeddedEngine.class.getName() + "$ResettableV8Engine")
                .should().dependOnClassesThat().resideInAPackage("guru.nidi..")
                .check(engineClasses);
    }

    @Test
    void graphvizJavasProcessWideEngineIsNeverTouched() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("guru.nidi.graphviz.engine.Graphviz")
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
