package vn.thidua.command.caseload.importing;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk import settings ({@code thidua.import.*}).
 *
 * @param lanes commands in flight at once; rows of one case always share a lane, so they keep the
 *     file's order
 * @param laneQueue rows waiting per lane; the reader pauses when a lane is full, which keeps memory
 *     flat whatever the file's size
 * @param listedRejections rejected rows listed in the report (all are counted)
 */
@Validated
@ConfigurationProperties("thidua.import")
record ImportProperties(
    @DefaultValue("8") @Positive int lanes,
    @DefaultValue("64") @Positive int laneQueue,
    @DefaultValue("1000") @Positive int listedRejections) {}
