package vn.thidua.command.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.command.privacy.InMemoryVault;
import vn.thidua.events.organisation.ErasePersonalData;
import vn.thidua.events.organisation.RegisterStaffMember;
import vn.thidua.events.organisation.StaffMemberAlreadyRegistered;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.organisation.StaffRole;
import vn.thidua.events.organisation.TransferBeforeLastTransfer;
import vn.thidua.events.organisation.TransferBeforeRegistration;
import vn.thidua.events.organisation.TransferStaffMember;
import vn.thidua.events.organisation.TransferToSameUnit;
import vn.thidua.events.organisation.UnknownUnit;
import vn.thidua.events.privacy.PersonalDataAlreadyErased;
import vn.thidua.events.privacy.PersonalDataErased;

class StaffMemberTest {
  /** 15 October 2023 in Hà Nội, still 14 October in UTC: the business date is Vietnam's. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-10-14T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private static final LocalDate REGISTERED_ON = LocalDate.of(2023, 10, 15);
  private static final StaffMemberRegistered REGISTERED =
      new StaffMemberRegistered(
          "NV-1",
          InMemoryVault.sealed("NV-1", "Nguyễn Văn An"),
          StaffRole.JUDGE,
          "TAND-QN-HALONG",
          REGISTERED_ON);

  private final AggregateTestFixture<StaffMember> fixture =
      new AggregateTestFixture<>(StaffMember.class);
  private final InMemoryVault vault = new InMemoryVault();

  @BeforeEach
  void setUp() {
    fixture.registerInjectableResource(
        new KnownUnits()
            .with("TAND-QN", null)
            .with("TAND-QN-HALONG", "TAND-QN")
            .with("TAND-QN-CAMPHA", "TAND-QN"));
    fixture.registerInjectableResource(CLOCK);
    fixture.registerInjectableResource(vault);
  }

  @Test
  void registersAStaffMemberAtAUnitOnTheDayItIsRecorded() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterStaffMember("NV-1", "Nguyễn Văn An", StaffRole.JUDGE, "TAND-QN-HALONG"))
        .expectEvents(REGISTERED);
  }

  @Test
  void cannotRegisterAtAnUnknownUnit() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterStaffMember("NV-1", "Nguyễn Văn An", StaffRole.JUDGE, "NOPE"))
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotRegisterTheSameStaffMemberTwice() {
    fixture
        .given(REGISTERED)
        .when(new RegisterStaffMember("NV-1", "Nguyễn Văn An", StaffRole.JUDGE, "TAND-QN-HALONG"))
        .expectException(StaffMemberAlreadyRegistered.class)
        .expectNoEvents();
  }

  @Test
  void transfersToAnotherUnitFromTheUnitTheyWorkAt() {
    LocalDate effectiveOn = LocalDate.of(2024, 1, 1);
    fixture
        .given(REGISTERED)
        .when(new TransferStaffMember("NV-1", "TAND-QN-CAMPHA", effectiveOn))
        .expectEvents(
            new StaffMemberTransferred("NV-1", "TAND-QN-HALONG", "TAND-QN-CAMPHA", effectiveOn));
  }

  @Test
  void aSecondTransferStartsFromTheUnitOfTheFirst() {
    fixture
        .given(
            REGISTERED,
            new StaffMemberTransferred(
                "NV-1", "TAND-QN-HALONG", "TAND-QN-CAMPHA", LocalDate.of(2024, 1, 1)))
        .when(new TransferStaffMember("NV-1", "TAND-QN", LocalDate.of(2024, 6, 1)))
        .expectEvents(
            new StaffMemberTransferred(
                "NV-1", "TAND-QN-CAMPHA", "TAND-QN", LocalDate.of(2024, 6, 1)));
  }

  @Test
  void cannotTransferToAnUnknownUnit() {
    fixture
        .given(REGISTERED)
        .when(new TransferStaffMember("NV-1", "NOPE", LocalDate.of(2024, 1, 1)))
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotTransferToTheUnitTheyAlreadyWorkAt() {
    fixture
        .given(REGISTERED)
        .when(new TransferStaffMember("NV-1", "TAND-QN-HALONG", LocalDate.of(2024, 1, 1)))
        .expectException(TransferToSameUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotTransferBeforeTheRegistration() {
    fixture
        .given(REGISTERED)
        .when(new TransferStaffMember("NV-1", "TAND-QN-CAMPHA", REGISTERED_ON.minusDays(1)))
        .expectException(TransferBeforeRegistration.class)
        .expectNoEvents();
  }

  @Test
  void cannotTransferBeforeThePreviousTransfer() {
    fixture
        .given(
            REGISTERED,
            new StaffMemberTransferred(
                "NV-1", "TAND-QN-HALONG", "TAND-QN-CAMPHA", LocalDate.of(2024, 6, 1)))
        .when(new TransferStaffMember("NV-1", "TAND-QN", LocalDate.of(2024, 3, 1)))
        .expectException(TransferBeforeLastTransfer.class)
        .expectNoEvents();
  }

  @Test
  void erasesThePersonalDataByShreddingTheKey() {
    fixture
        .given(REGISTERED)
        .when(new ErasePersonalData("NV-1", "Đương sự yêu cầu xoá"))
        .expectEvents(new PersonalDataErased("NV-1", "Đương sự yêu cầu xoá", REGISTERED_ON));
    assertThat(vault.shredded("NV-1")).isTrue();
  }

  @Test
  void cannotErasePersonalDataTwice() {
    fixture
        .given(REGISTERED, new PersonalDataErased("NV-1", "Lần đầu", REGISTERED_ON))
        .when(new ErasePersonalData("NV-1", "Lần hai"))
        .expectException(PersonalDataAlreadyErased.class)
        .expectNoEvents();
  }
}
