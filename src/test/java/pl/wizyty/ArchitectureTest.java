package pl.wizyty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.wizyty");
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("pl.wizyty.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void views_never_use_a_repository_or_the_entity_manager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(production);
    }

    @Test
    void repositories_are_private_to_their_feature_so_services_are_the_only_entry() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(production);
    }

    @Test
    void domain_code_takes_time_from_the_injected_clock() {
        noClasses().should().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .check(production);
    }

    private static final Set<Class<? extends Annotation>> ACCESS = Set.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    @Test
    void every_view_has_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class).should(new ArchCondition<>("have exactly one access annotation") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                long count = ACCESS.stream().filter(view::isAnnotatedWith).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " has " + count));
                }
            }
        }).check(production);
    }

    @Test
    void services_and_entities_know_nothing_of_vaadin() {
        noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(production);
    }

    /**
     * The router instantiates package-private views, so only a view that another package must name stays public:
     * the home and sign-in views, which tests of other features open by class.
     */
    @Test
    void views_are_package_private() {
        classes().that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName("HomeView")
                .and().doNotHaveSimpleName("LoginView")
                .should().notBePublic().check(production);
    }

    /** Views reach visits through services; the write path is for services only. */
    @Test
    void only_the_visit_services_use_the_visit_write_path() {
        noClasses().that().resideOutsideOfPackage("pl.wizyty.visit")
                .should().dependOnClassesThat().haveSimpleName("VisitChanges")
                .check(production);
    }
}
