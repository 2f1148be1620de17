package cn.org.smeie.competition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The lines the domain module holds: no presentation, and entities that know nothing of services. */
@AnalyzeClasses(packages = "cn.org.smeie.competition", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule noFacesInTheDomain = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..");

    @ArchTest
    static final ArchRule entitiesDoNotCallServices = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..");

    @ArchTest
    static final ArchRule controlDoesNotCallBoundaries = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");
}
