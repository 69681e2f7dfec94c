package vn.thidua.events.organisation;

public record UnitRegistered(
    String unitId, String name, CourtLevel level, String parentUnitId, int judges) {}
