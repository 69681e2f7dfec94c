package vn.thidua.support.web;

/** One reason a request was refused: the field (null for the whole body), the rule, in words. */
public record FieldProblem(String field, String rule, String message) {}
