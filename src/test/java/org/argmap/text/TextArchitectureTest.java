package org.argmap.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every stage may use the text package (plural, display width, wrapping, unsafe characters), so it
 * must use none of them, nor any library: otherwise a stage using it would depend on another
 * stage through it.
 */
class TextArchitectureTest {

    @Test
    void textUsesOnlyTheJdkAndItself() {
        classes().that().resideInAPackage("org.argmap.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.argmap.text..", "java..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.argmap.text"));
    }
}
