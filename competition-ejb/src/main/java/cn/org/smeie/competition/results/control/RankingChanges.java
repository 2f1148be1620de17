package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankedTeam;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one ranking snapshot of a round to the next, as the results page and report tell it: each
 * team whose score, rank or prize changed (the prize each ranking earns under the round's quotas), with the old
 * and the new value. Recomputed from the two stored snapshots, so it is the same on every reading. Pure.
 */
public final class RankingChanges {

    private RankingChanges() {
    }

    /** One team's change; a null old (new) value: the team had no line, rank or prize before (has none now). */
    public record Change(long registrationId, Integer oldRank, Integer newRank, BigDecimal oldScore,
                         BigDecimal newScore, Prize oldPrize, Prize newPrize) implements Serializable {

        public boolean prizeChanged() {
            return oldPrize != newPrize;
        }

        public boolean rankMoved() {
            return !Objects.equals(oldRank, newRank);
        }

        public boolean scoreChanged() {
            return oldScore == null ? newScore != null : newScore == null || oldScore.compareTo(newScore) != 0;
        }
    }

    /** A change with the name of the team it is about. */
    public record Named(String teamName, Change change) implements Serializable {
    }

    /** The changes from {@code previous} to {@code next}, in the new ranking's order, then the teams gone. */
    public static List<Change> between(List<RankedTeam> previous, List<RankedTeam> next, Quotas quotas) {
        Map<Long, Prize> prizesBefore = prizes(previous, quotas);
        Map<Long, Prize> prizesNow = prizes(next, quotas);
        Map<Long, RankedTeam> before = new LinkedHashMap<>();
        previous.forEach(t -> before.put(t.getRegistrationId(), t));
        List<Change> changes = new ArrayList<>();
        for (RankedTeam now : next) {
            RankedTeam then = before.remove(now.getRegistrationId());
            Change change = new Change(now.getRegistrationId(), then == null ? null : then.getRank(), now.getRank(),
                    then == null ? null : then.getScore(), now.getScore(), prizesBefore.get(now.getRegistrationId()),
                    prizesNow.get(now.getRegistrationId()));
            if (then == null || change.rankMoved() || change.scoreChanged() || change.prizeChanged()) {
                changes.add(change);
            }
        }
        for (RankedTeam gone : before.values()) {
            changes.add(new Change(gone.getRegistrationId(), gone.getRank(), null, gone.getScore(), null,
                    prizesBefore.get(gone.getRegistrationId()), null));
        }
        return changes;
    }

    private static Map<Long, Prize> prizes(List<RankedTeam> ranking, Quotas quotas) {
        Map<Long, Prize> prizes = new HashMap<>();
        AwardProposal.propose(ranking, quotas, ranking.size()).forEach(p -> prizes.put(p.registrationId(), p.prize()));
        return prizes;
    }
}
