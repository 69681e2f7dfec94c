package vn.thidua.command.campaign;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When phases close: at midnight after their last day in {@code zone}, plus {@code closingGrace}
 * (time for the day's last caseload to be typed in before the standings freeze).
 */
@ConfigurationProperties("thidua.campaign")
public record CampaignSettings(ZoneId zone, Duration closingGrace) {
  public CampaignSettings {
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    closingGrace = closingGrace == null ? Duration.ZERO : closingGrace;
  }
}
