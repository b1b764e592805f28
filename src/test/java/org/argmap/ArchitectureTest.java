package org.argmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import org.argmap.fixtures.ArgmapClasses;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages depend one way (docs/architecture.md draws it):
 *
 * <pre>
 * text <- model <- diagnostic <- load, check, evaluate, render, report, export <- pipeline <- preview <- cli
 *                                 load <- load.interchange <- pipeline
 * </pre>
 *
 * <p>Every class of argmap belongs to a declared layer, and every dependency between argmap's
 * classes is considered: a new package, or a class that reaches past its layer, fails this test
 * rather than slipping past it (ArchitectureProbeTest shows each rule failing on a probe). The
 * stages do not use each other, except that checking, drawing, reporting and exporting read the
 * evaluation as data; the engines know nothing of argmap; only the pipeline strings the stages
 * together, and only the command line knows picocli.
 */
class ArchitectureTest {

    static final String[] LAYER_PACKAGES = {
        "org.argmap.text..", "org.argmap.model..", "org.argmap.diagnostic..", "org.argmap.load..",
        "org.argmap.load.interchange..",
        "org.argmap.check..", "org.argmap.evaluate..", "org.argmap.render..", "org.argmap.report..",
        "org.argmap.export..", "org.argmap.pipeline..", "org.argmap.preview..", "org.argmap.cli..",
    };

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.argmap..")
            .layer("text").definedBy("org.argmap.text..")
            .layer("model").definedBy("org.argmap.model..")
            .layer("diagnostic").definedBy("org.argmap.diagnostic..")
            .layer("load").definedBy("org.argmap.load")
            .layer("interchange").definedBy("org.argmap.load.interchange..")
            .layer("check").definedBy("org.argmap.check..")
            .layer("evaluate").definedBy("org.argmap.evaluate..")
            .layer("render").definedBy("org.argmap.render")
            .layer("engine").definedBy("org.argmap.render.engine..")
            .layer("report").definedBy("org.argmap.report..")
            .layer("export").definedBy("org.argmap.export..")
            .layer("pipeline").definedBy("org.argmap.pipeline..")
            .layer("preview").definedBy("org.argmap.preview..")
            .layer("cli").definedBy("org.argmap.cli..")
            .whereLayer("text").mayNotAccessAnyLayer()
            .whereLayer("engine").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("text")
            .whereLayer("diagnostic").mayOnlyAccessLayers("text", "model")
            .whereLayer("evaluate").mayOnlyAccessLayers("text", "model", "diagnostic")
            .whereLayer("load").mayOnlyAccessLayers("text", "model", "diagnostic")
            .whereLayer("interchange").mayOnlyAccessLayers("text", "model", "diagnostic", "load")
            .whereLayer("check").mayOnlyAccessLayers("text", "model", "diagnostic", "evaluate")
            .whereLayer("render").mayOnlyAccessLayers("text", "model", "evaluate")
            .whereLayer("report").mayOnlyAccessLayers("text", "model", "diagnostic", "evaluate")
            .whereLayer("export").mayOnlyAccessLayers("text", "model", "diagnostic", "evaluate")
            .whereLayer("pipeline").mayOnlyAccessLayers(
                    "text", "model", "diagnostic", "load", "interchange", "check", "evaluate", "render", "engine", "report",
                    "export")
            .whereLayer("preview").mayOnlyAccessLayers(
                    "text", "model", "diagnostic", "load", "interchange", "check", "evaluate", "render", "engine", "report",
                    "export", "pipeline")
            .whereLayer("cli").mayOnlyAccessLayers(
                    "text", "model", "diagnostic", "load", "interchange", "check", "evaluate", "render", "engine", "report",
                    "export", "pipeline", "preview");

    static final ArchRule EVERY_CLASS_IN_A_LAYER = classes().should().resideInAnyPackage(LAYER_PACKAGES)
            .because("a class outside every layer would escape the layer rules");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.argmap.(**)").should().beFreeOfCycles();

    @Test
    void packagesDependOneWay() {
        LAYERS.check(ArgmapClasses.production());
    }

    @Test
    void everyClassBelongsToALayer() {
        EVERY_CLASS_IN_A_LAYER.check(ArgmapClasses.production());
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        NO_PACKAGE_CYCLES.check(ArgmapClasses.production());
    }

    @Test
    void modelKnowsNothingOfYamlGraphvizOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.argmap.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml..", "org.yaml..", "guru.nidi..", "picocli..", "java.io..", "java.nio.file..")
                .check(ArgmapClasses.production());
    }

    @Test
    void onlyTheCommandLineKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("org.argmap.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(ArgmapClasses.production());
    }

    @Test
    void onlyTheLoaderReadsYaml() {
        noClasses().that().resideOutsideOfPackage("org.argmap.load..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "org.yaml..")
                .check(ArgmapClasses.production());
    }

    @Test
    void onlyTheExportersDrawWithBatikAndFop() {
        noClasses().that().resideOutsideOfPackage("org.argmap.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.batik..", "org.apache.fop..")
                .check(ArgmapClasses.production());
    }
}
