package vn.thidua.events;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared language is plain messages: both sides use it, no framework may leak into it. */
@AnalyzeClasses(packages = "vn.thidua.events", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedLanguageArchitectureTest {

  @ArchTest
  static final ArchRule noSpring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule noPersistence =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..",
              "javax.persistence..",
              "java.sql..",
              "org.bson..",
              "com.mongodb..");

  @ArchTest
  static final ArchRule noServiceCode =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("vn.thidua.command..", "vn.thidua.query..", "vn.thidua.support..");

  @ArchTest
  static final ArchRule axonOnlyForMessageAnnotations =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.axonframework..")
                  .and(not(name("org.axonframework.modelling.command.TargetAggregateIdentifier"))));
}
