package vn.thidua.command.organisation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.ChairIsDeputy;
import vn.thidua.events.organisation.ChangeClusterLeadership;
import vn.thidua.events.organisation.ClusterAlreadyFormed;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;
import vn.thidua.events.organisation.FormCluster;
import vn.thidua.events.organisation.LeaderNotMember;
import vn.thidua.events.organisation.MemberListedTwice;
import vn.thidua.events.organisation.TooFewClusterMembers;
import vn.thidua.events.organisation.UnitInAnotherCluster;
import vn.thidua.events.organisation.UnknownUnit;

class ClusterTest {
  private static final String NAME = "Cụm thi đua số IV";
  private static final List<String> MEMBERS = List.of("TAND-QN", "TAND-HP", "TAND-HD");
  private static final ClusterFormed FORMED =
      new ClusterFormed("CUM-IV-2024", 2024, NAME, MEMBERS, "TAND-QN", "TAND-HP");

  private final AggregateTestFixture<Cluster> fixture = new AggregateTestFixture<>(Cluster.class);
  private final KnownClusters clusters = new KnownClusters();

  @BeforeEach
  void setUp() {
    fixture.registerInjectableResource(
        new KnownUnits()
            .with("TAND-QN", null)
            .with("TAND-HP", null)
            .with("TAND-HD", null)
            .with("TAND-TB", null));
    fixture.registerInjectableResource(clusters);
  }

  private static FormCluster form(List<String> members, String chair, String deputy) {
    return new FormCluster("CUM-IV-2024", 2024, NAME, members, chair, deputy);
  }

  @Test
  void formsAClusterOfRegisteredUnitsWithAChairAndADeputy() {
    fixture.givenNoPriorActivity().when(form(MEMBERS, "TAND-QN", "TAND-HP")).expectEvents(FORMED);
  }

  @Test
  void cannotFormTheSameClusterTwice() {
    fixture
        .given(FORMED)
        .when(form(MEMBERS, "TAND-QN", "TAND-HP"))
        .expectException(ClusterAlreadyFormed.class)
        .expectNoEvents();
  }

  @Test
  void cannotFormAClusterOfOneUnit() {
    fixture
        .givenNoPriorActivity()
        .when(form(List.of("TAND-QN"), "TAND-QN", "TAND-QN"))
        .expectException(TooFewClusterMembers.class)
        .expectNoEvents();
  }

  @Test
  void cannotListAMemberTwice() {
    fixture
        .givenNoPriorActivity()
        .when(form(List.of("TAND-QN", "TAND-HP", "TAND-QN"), "TAND-QN", "TAND-HP"))
        .expectException(MemberListedTwice.class)
        .expectExceptionMessage("Unit 'TAND-QN' is listed more than once")
        .expectNoEvents();
  }

  @Test
  void cannotIncludeAnUnknownUnit() {
    fixture
        .givenNoPriorActivity()
        .when(form(List.of("TAND-QN", "NOPE"), "TAND-QN", "NOPE"))
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void theChairMustBeAMember() {
    fixture
        .givenNoPriorActivity()
        .when(form(MEMBERS, "TAND-TB", "TAND-HP"))
        .expectException(LeaderNotMember.class)
        .expectNoEvents();
  }

  @Test
  void theDeputyMustBeAMember() {
    fixture
        .givenNoPriorActivity()
        .when(form(MEMBERS, "TAND-QN", "TAND-TB"))
        .expectException(LeaderNotMember.class)
        .expectNoEvents();
  }

  @Test
  void theChairCannotAlsoBeTheDeputy() {
    fixture
        .givenNoPriorActivity()
        .when(form(MEMBERS, "TAND-QN", "TAND-QN"))
        .expectException(ChairIsDeputy.class)
        .expectNoEvents();
  }

  @Test
  void aUnitBelongsToOneClusterPerEmulationYear() {
    clusters.add(
        new FormedCluster("CUM-V-2024", 2024, List.of("TAND-HD", "TAND-TB"), "TAND-HD", "TAND-TB"));
    fixture
        .givenNoPriorActivity()
        .when(form(MEMBERS, "TAND-QN", "TAND-HP"))
        .expectException(UnitInAnotherCluster.class)
        .expectExceptionMessage(
            "Unit 'TAND-HD' already belongs to cluster 'CUM-V-2024' in emulation year 2024")
        .expectNoEvents();
  }

  @Test
  void aUnitMayJoinAnotherClusterInAnotherYear() {
    clusters.add(
        new FormedCluster("CUM-V-2023", 2023, List.of("TAND-HD", "TAND-TB"), "TAND-HD", "TAND-TB"));
    fixture.givenNoPriorActivity().when(form(MEMBERS, "TAND-QN", "TAND-HP")).expectEvents(FORMED);
  }

  @Test
  void changesTheLeadershipWithAReason() {
    fixture
        .given(FORMED)
        .when(
            new ChangeClusterLeadership(
                "CUM-IV-2024", "TAND-HD", "TAND-QN", "Luân phiên cụm trưởng"))
        .expectEvents(
            new ClusterLeadershipChanged(
                "CUM-IV-2024", 2024, "TAND-HD", "TAND-QN", "Luân phiên cụm trưởng"));
  }

  @Test
  void namingTheSameLeadersAgainChangesNothing() {
    fixture
        .given(FORMED)
        .when(new ChangeClusterLeadership("CUM-IV-2024", "TAND-QN", "TAND-HP", "Giữ nguyên"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aNewChairMustBeAMember() {
    fixture
        .given(FORMED)
        .when(new ChangeClusterLeadership("CUM-IV-2024", "TAND-TB", "TAND-HP", "Sai cụm"))
        .expectException(LeaderNotMember.class)
        .expectNoEvents();
  }

  @Test
  void aNewDeputyCannotAlsoBeTheChair() {
    fixture
        .given(FORMED)
        .when(new ChangeClusterLeadership("CUM-IV-2024", "TAND-HD", "TAND-HD", "Trùng"))
        .expectException(ChairIsDeputy.class)
        .expectNoEvents();
  }
}
