package org.argmap;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages depend one way: model <- diagnostic <- load, check, render, report,
 * export <- pipeline <- cli. The pipeline package runs the stages for any front end (the command
 * line, a preview server), so it knows nothing of the command line. Stages never use each other, so each can be replaced or reused (a browser
 * preview) without dragging the rest along. The exporters (HTML page, PNG and PDF from the SVG)
 * take the map, its drawing and its findings as data: they need neither the loader nor the
 * renderer, so they stay usable for drawings made some other way. Evaluation (labels and
 * strengths) is pure computation on the model, like the model itself knowing nothing of files or
 * formats: the stages that show or test its result (check's expectation rule, render, report,
 * export) read its {@code Evaluation} as data, and it depends on the model alone.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.argmap");

    @Test
    void packagesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.argmap.model..")
                .layer("diagnostic").definedBy("org.argmap.diagnostic..")
                .layer("load").definedBy("org.argmap.load..")
                .layer("check").definedBy("org.argmap.check..")
                .layer("render").definedBy("org.argmap.render..")
                .layer("report").definedBy("org.argmap.report..")
                .layer("export").definedBy("org.argmap.export..")
                .layer("evaluate").definedBy("org.argmap.evaluate..")
                .layer("pipeline").definedBy("org.argmap.pipeline..")
                .layer("cli").definedBy("org.argmap.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("export").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("evaluate").mayOnlyBeAccessedByLayers("check", "render", "report", "export", "pipeline", "cli")
                .whereLayer("diagnostic").mayOnlyBeAccessedByLayers("load", "check", "report", "export", "pipeline", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers(
                        "diagnostic", "load", "check", "render", "report", "export", "evaluate", "pipeline", "cli")
                .check(CLASSES);
    }

    @Test
    void modelKnowsNothingOfYamlGraphvizOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.argmap.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml..", "org.yaml..", "guru.nidi..", "picocli..", "java.io..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void pipelineRunsWithoutTheCommandLine() {
        noClasses().that().resideInAPackage("org.argmap.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.argmap.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLoaderReadsYaml() {
        noClasses().that().resideOutsideOfPackage("org.argmap.load..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "org.yaml..")
                .check(CLASSES);
    }

    @Test
    void onlyTheExportersDrawWithBatikAndFop() {
        noClasses().that().resideOutsideOfPackage("org.argmap.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.batik..", "org.apache.fop..")
                .check(CLASSES);
    }
}
