package vn.thidua.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Registers {@link ProblemErrorController} before Boot's error configuration, so Boot's own error
 * controller backs off. Apart from the service support configuration, whose place among the
 * auto-configurations (after Axon's) must not move.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import(ProblemErrorController.class)
public class ProblemErrorAutoConfiguration {}
