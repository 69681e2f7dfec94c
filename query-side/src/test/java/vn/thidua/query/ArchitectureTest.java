package vn.thidua.query;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

@AnalyzeClasses(packages = "vn.thidua.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * A replay must rebuild the same read models, so time comes from the event, not the clock. Only
   * the replay machinery itself (progress, rates, "not in the future") reads the clock.
   */
  @ArchTest
  static final ArchRule projectionsDoNotReadTheClock =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.thidua.query.replay..")
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Clock.class);

  /**
   * Each read model is fed by its own processor and can be replayed without the others. The
   * exceptions: {@code folding} and {@code replay} are infrastructure every read model may use, and
   * the scorecard, statistics, judge and live views are views of the ledger, read through the
   * public API of {@code leaderboard} (the ledger processor).
   */
  @ArchTest
  static final ArchRule readModelsAreIndependent =
      slices()
          .matching("vn.thidua.query.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              resideInAPackage("vn.thidua.query.."), resideInAPackage("vn.thidua.query.folding.."))
          .ignoreDependency(
              resideInAPackage("vn.thidua.query.."), resideInAPackage("vn.thidua.query.replay.."))
          .ignoreDependency(
              resideInAnyPackage(
                  "vn.thidua.query.scorecard..",
                  "vn.thidua.query.statistics..",
                  "vn.thidua.query.judges..",
                  "vn.thidua.query.live.."),
              resideInAPackage("vn.thidua.query.leaderboard.."))
          // live updates push the leaderboard and scorecard views as they are read
          .ignoreDependency(
              resideInAPackage("vn.thidua.query.live.."),
              resideInAPackage("vn.thidua.query.scorecard.."));
}
