package org.argmap.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RenderDependenciesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.argmap");

    @Test
    void renderingDotDependsOnTheModelOnlyAndRunsNoGraphvizEngine() {
        noClasses().that().resideInAPackage("org.argmap.render")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.argmap.load..", "org.argmap.check..", "org.argmap.cli..", "org.argmap.diagnostic..",
                        "org.argmap.render.engine..", "guru.nidi.graphviz.engine..")
                .check(classes);
    }
}
