package vn.thidua.events.recognition;

/**
 * Who is nominated: a court unit ({@code personId} null) or a person working in that unit. Persons
 * are named by the nominating unit until staff records exist.
 */
public record Nominee(String unitId, String personId, String name) {}
