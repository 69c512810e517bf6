package dev.teamfit.serve;

import java.time.Duration;

/**
 * How {@code teamfit serve} runs: where it listens and the limits of a request.
 *
 * @param bind              the address to listen on; loopback unless the user says otherwise
 * @param port              the port, or 0 for any free one
 * @param maxInputBytes     the largest project (a request body, an upload, a JSON Lines line)
 * @param maxPortfolioBytes the largest portfolio upload, all files together
 * @param threads           requests assessed at once
 * @param queue             requests waiting for a thread; past it, 503
 * @param ruleTimeout       the time limit of the rules on one project
 * @param strict            an unknown skill is an error, not a warning
 * @param idleTimeout       how long a connection may send or receive nothing (slow uploads)
 */
public record Settings(String bind, int port, long maxInputBytes, long maxPortfolioBytes, int threads, int queue,
                       Duration ruleTimeout, boolean strict, Duration idleTimeout) {

    /** The default idle timeout of a connection. */
    public static final Duration IDLE = Duration.ofSeconds(30);

    public Settings {
        if (threads < 1 || queue < 0 || maxInputBytes < 1 || maxPortfolioBytes < 1 || port < 0 || port > 65_535) {
            throw new IllegalArgumentException("invalid settings");
        }
    }

    /** Whether the address is a loopback one, reachable from this machine only. */
    public boolean loopback() {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
