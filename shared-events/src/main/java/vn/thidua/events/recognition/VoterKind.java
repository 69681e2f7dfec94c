package vn.thidua.events.recognition;

/** Who votes: council members (user ids) or the courts of a cluster (unit ids, by their heads). */
public enum VoterKind {
  COUNCIL_MEMBERS,
  CLUSTER_UNITS
}
