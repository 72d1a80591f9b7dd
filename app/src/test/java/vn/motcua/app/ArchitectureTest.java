package vn.motcua.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DEVELOPERS.md, checked over every module's production classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        // Not ImportOption.DO_NOT_INCLUDE_TESTS: it only knows target/test-classes, and builds here may use
        // another build directory (-DbuildDir=target-x).
        ImportOption productionOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(productionOnly).importPackages("vn.motcua");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(classes.contain("vn.motcua.core.account.LocalAccounts")).isTrue();
        assertThat(classes.contain("vn.motcua.store.OfflineStore")).isTrue();
        assertThat(classes.contain("vn.motcua.app.Main")).isTrue();
        assertThat(classes.contain("vn.motcua.app.TestDesk")).as("test classes are left out").isFalse();
    }

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAPackage("vn.motcua.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.net..",
                        "java.nio.file..", "org.sqlite..", "com.fazecast..", "org.apache.pdfbox..",
                        "vn.motcua.store..", "vn.motcua.devices..", "vn.motcua.app..")
                .because("core holds the domain rules: no I/O, no JavaFX, no SQL (DEVELOPERS.md)")
                .check(classes);
    }

    @Test
    void coreTouchesNoFiles() {
        noClasses().that().resideInAPackage("vn.motcua.core..")
                .should().dependOnClassesThat(fileClassesOfJavaIo())
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> fileClassesOfJavaIo() {
        return DescribedPredicate.describe("java.io.File*",
                c -> c.getPackageName().equals("java.io") && c.getSimpleName().startsWith("File"));
    }

    @Test
    void storeAndDevicesKnowNothingOfTheUserInterface() {
        noClasses().that().resideInAnyPackage("vn.motcua.store..", "vn.motcua.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.app..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theAppReachesDatabaseAndSerialPortsOnlyThroughTheOtherModules() {
        noClasses().that().resideInAPackage("vn.motcua.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fazecast..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .because("ViewModels hold state as properties; views bind to them (DEVELOPERS.md)")
                .check(classes);
    }
}
