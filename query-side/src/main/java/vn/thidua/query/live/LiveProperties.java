package vn.thidua.query.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the live streams behave (prefix {@code thidua.live}).
 *
 * @param pollInterval how often each watched leaderboard document is read by {@code _id} for a
 *     change; it bounds the added latency between a processor's write and the push to clients
 * @param heartbeatInterval how often an idle stream gets a comment line, so proxies keep it open
 *     and a client that went away is noticed (the write fails)
 * @param streamTimeout how long one stream stays open; clients reconnect and get the current view
 * @param maxClients streams this instance serves at once; more are refused with 503, so a load
 *     balancer tries another instance
 */
@ConfigurationProperties("thidua.live")
record LiveProperties(
    Duration pollInterval, Duration heartbeatInterval, Duration streamTimeout, int maxClients) {
  LiveProperties {
    pollInterval = pollInterval == null ? Duration.ofMillis(100) : pollInterval;
    heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(15) : heartbeatInterval;
    streamTimeout = streamTimeout == null ? Duration.ofMinutes(30) : streamTimeout;
    maxClients = maxClients <= 0 ? 1000 : maxClients;
  }
}
