package cn.org.smeie.competition.dashboard.boundary;

import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of an edition, for the tracks the caller chose and may see: every figure
 * is counted from the data when asked.
 *
 * @param trackCodes     the tracks counted
 * @param byStatus       registrations by status (every status present, zero when none)
 * @param submittedByDay registrations by the day (Beijing time) they were last submitted
 * @param universities   distinct universities of the registrations past draft
 * @param enterprises    distinct enterprises of the registrations past draft
 * @param members        members of the registrations past draft
 * @param rounds         the rounds of those tracks (and the finals, for the committee) with their scoring
 * @param deadlines      the deadlines still ahead and those just passed, soonest first
 */
public record Overview(List<String> trackCodes, Map<RegistrationStatus, Long> byStatus, List<DayCount> submittedByDay,
                       long universities, long enterprises, long members, List<RoundProgress> rounds,
                       List<Deadline> deadlines) implements Serializable {

    /** Registrations in the status. */
    public long count(RegistrationStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Registrations of every status. */
    public long registrations() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A day and how many registrations were submitted on it. */
    public record DayCount(LocalDate day, long count) implements Serializable {
    }

    /**
     * A round and its scoring: judges with a sheet, sheets assigned, sheets submitted.
     *
     * @param trackCode null for the finals
     */
    public record RoundProgress(long roundId, RoundKind kind, String trackCode, RoundStatus status, long judges,
                                long sheets, long submitted) implements Serializable {

        /** Submitted sheets in per cent of those assigned (0 when none are). */
        public int percent() {
            return sheets == 0 ? 0 : (int) (submitted * 100 / sheets);
        }
    }

    /**
     * A deadline: registration of the edition or of a track (extended), or scoring of a round.
     *
     * @param kind      REGISTRATION or SCORING
     * @param trackCode null for the edition or the finals
     */
    public record Deadline(String kind, String trackCode, Instant closesAt) implements Serializable {
    }
}
