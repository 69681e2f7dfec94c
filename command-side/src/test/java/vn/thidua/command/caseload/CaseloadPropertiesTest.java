package vn.thidua.command.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.thidua.events.caseload.CaseType;

class CaseloadPropertiesTest {
  private static final LocalDate ACCEPTED_ON = LocalDate.of(2023, 1, 5);

  @Test
  void everyCaseTypeHasADefaultStatutoryDeadline() {
    CaseloadProperties defaults = CaseloadProperties.defaults();
    for (CaseType type : CaseType.values()) {
      assertThat(defaults.statutoryDeadline(type, ACCEPTED_ON)).isAfter(ACCEPTED_ON);
    }
  }

  @Test
  void configuringOneCaseTypeKeepsTheDefaultsOfTheOthers() {
    CaseloadProperties configured =
        new CaseloadProperties(Map.of(CaseType.CRIMINAL, 60), null, null);

    assertThat(configured.statutoryDeadline(CaseType.CRIMINAL, ACCEPTED_ON))
        .isEqualTo(ACCEPTED_ON.plusDays(60));
    assertThat(configured.statutoryDeadline(CaseType.CIVIL, ACCEPTED_ON))
        .isEqualTo(ACCEPTED_ON.plusDays(150));
    assertThat(configured.publicationDays()).isEqualTo(30);
    assertThat(configured.openToCourtMediation(CaseType.LABOUR)).isTrue();
    assertThat(configured.openToCourtMediation(CaseType.CRIMINAL)).isFalse();
  }

  @Test
  void refusesADeadlineThatIsNotAPositiveNumberOfDays() {
    assertThatThrownBy(() -> new CaseloadProperties(Map.of(CaseType.LABOUR, 0), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statutory-days.LABOUR");
  }

  @Test
  void theDocumentedEnvironmentVariablesBind() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                    "THIDUA_CASELOAD_STATUTORYDAYS_CRIMINAL", "90",
                    "THIDUA_CASELOAD_PUBLICATIONDAYS", "15")));
    CaseloadProperties bound =
        new Binder(ConfigurationPropertySources.get(environment))
            .bindOrCreate("thidua.caseload", CaseloadProperties.class);

    assertThat(bound.statutoryDeadline(CaseType.CRIMINAL, ACCEPTED_ON))
        .isEqualTo(ACCEPTED_ON.plusDays(90));
    assertThat(bound.statutoryDeadline(CaseType.LABOUR, ACCEPTED_ON))
        .isEqualTo(ACCEPTED_ON.plusDays(90));
    assertThat(bound.publicationDays()).isEqualTo(15);
  }
}
