package org.tokenscope.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the design: engine without JavaFX, views without ONNX Runtime or tokenizer libraries. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tokenscope");
    }

    @Test
    void engineNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("org.tokenscope.host..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewsReachTheModelOnlyThroughTheEngine() {
        noClasses().that().resideInAPackage("org.tokenscope.views..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "com.knuddels..")
                .check(classes);
    }

    @Test
    void layersPointDownwardOnly() {
        noClasses().that().resideInAPackage("org.tokenscope.host..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tokenscope.views..", "org.tokenscope.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.tokenscope.views..")
                .should().dependOnClassesThat().resideInAPackage("org.tokenscope.app..")
                .check(classes);
    }

    @Test
    void theRulesSeeEveryModule() {
        // A rule over an empty import passes vacuously; make sure all three layers were imported.
        for (String pkg : new String[] {"org.tokenscope.host.model", "org.tokenscope.views", "org.tokenscope.app.cli"}) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(pkg))) {
                throw new AssertionError("no classes imported from " + pkg);
            }
        }
    }
}
