package cn.org.smeie.competition.track.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a track's registration stands at an instant, as the portal tells it: open, closing soon (within a week:
 * with the days left), or closed.
 *
 * @param state    open, closing soon or closed
 * @param daysLeft whole days until it closes (0 on its last day), when not closed
 * @param closesAt the instant it closes
 */
public record RegistrationWindow(State state, long daysLeft, Instant closesAt) implements Serializable {

    /** How close to its end a registration is said to be "closing soon". */
    static final Duration SOON = Duration.ofDays(7);

    public enum State {
        OPEN, CLOSING_SOON, CLOSED
    }

    static RegistrationWindow at(Instant closesAt, Instant now) {
        if (!now.isBefore(closesAt)) {
            return new RegistrationWindow(State.CLOSED, 0, closesAt);
        }
        Duration left = Duration.between(now, closesAt);
        return new RegistrationWindow(left.compareTo(SOON) <= 0 ? State.CLOSING_SOON : State.OPEN, left.toDays(),
                closesAt);
    }

    public boolean isOpen() {
        return state != State.CLOSED;
    }
}
