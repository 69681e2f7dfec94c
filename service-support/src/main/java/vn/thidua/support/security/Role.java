package vn.thidua.support.security;

public enum Role {
  ADMIN,
  ORGANISER,
  CLERK,
  UNIT_HEAD,
  EMULATION_OFFICER,
  COUNCIL_MEMBER,
  DECIDER,
  AUDITOR,
  ANALYST;

  public String authority() {
    return "ROLE_" + name();
  }
}
