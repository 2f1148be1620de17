package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.results.entity.RankedTeam;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two rankings of a round: scores, ranks, teams that came or went. Pure. */
public final class RankingDiff {

    /** At most this many changes are listed one by one; the counts cover them all. */
    public static final int LISTED = 500;

    private RankingDiff() {
    }

    /** One team's change (null where it has no score, rank or line). */
    public record Change(long registrationId, BigDecimal oldScore, BigDecimal newScore, Integer oldRank,
                         Integer newRank) {
    }

    /** The counts, and the first {@value #LISTED} changes in the new ranking's order. */
    public record Diff(Integer previousVersion, int scoresChanged, int ranksMoved, int added, int removed,
                       List<Change> changes) {

        public boolean isEmpty() {
            return scoresChanged + ranksMoved + added + removed == 0;
        }
    }

    public static Diff between(Integer previousVersion, List<RankedTeam> previous, List<RankedTeam> next) {
        Map<Long, RankedTeam> before = new LinkedHashMap<>();
        previous.forEach(t -> before.put(t.getRegistrationId(), t));
        int scores = 0;
        int ranks = 0;
        int added = 0;
        List<Change> changes = new ArrayList<>();
        for (RankedTeam now : next) {
            RankedTeam then = before.remove(now.getRegistrationId());
            if (then == null) {
                added++;
                list(changes, new Change(now.getRegistrationId(), null, now.getScore(), null, now.getRank()));
                continue;
            }
            boolean scoreChanged = !sameNumber(then.getScore(), now.getScore());
            boolean rankMoved = !Objects.equals(then.getRank(), now.getRank());
            scores += scoreChanged ? 1 : 0;
            ranks += rankMoved ? 1 : 0;
            if (scoreChanged || rankMoved) {
                list(changes, new Change(now.getRegistrationId(), then.getScore(), now.getScore(), then.getRank(),
                        now.getRank()));
            }
        }
        for (RankedTeam gone : before.values()) {
            list(changes, new Change(gone.getRegistrationId(), gone.getScore(), null, gone.getRank(), null));
        }
        return new Diff(previousVersion, scores, ranks, added, before.size(), changes);
    }

    private static void list(List<Change> changes, Change change) {
        if (changes.size() < LISTED) {
            changes.add(change);
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
