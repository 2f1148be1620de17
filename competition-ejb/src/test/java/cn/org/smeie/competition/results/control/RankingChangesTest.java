package cn.org.smeie.competition.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.org.smeie.competition.results.control.RankingChanges.Change;
import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankedTeam;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingChangesTest {

    private static final Quotas ONE_EACH = new Quotas(Quotas.Kind.COUNT, 1, 1, 1, null, null, null);

    private static RankedTeam team(long id, Integer rank, String score) {
        return new RankedTeam(id, rank, score == null ? null : new BigDecimal(score), null, 5, null, null, false);
    }

    @Test
    void teamsThatMovedChangedScoreOrPrizeAreListedWithTheirOldAndNewValues() {
        List<RankedTeam> before = List.of(team(1, 1, "88.00"), team(2, 2, "85.00"), team(3, 3, "84.00"),
                team(4, 4, "80.00"), team(5, null, null));
        List<RankedTeam> after = List.of(team(3, 1, "89.50"), team(1, 2, "88.00"), team(2, 3, "85.00"),
                team(4, 4, "80.00"), team(6, 5, "70.00"));
        List<Change> changes = RankingChanges.between(before, after, ONE_EACH);
        assertThat(changes).containsExactly(
                new Change(3, 3, 1, new BigDecimal("84.00"), new BigDecimal("89.50"), Prize.THIRD, Prize.FIRST),
                new Change(1, 1, 2, new BigDecimal("88.00"), new BigDecimal("88.00"), Prize.FIRST, Prize.SECOND),
                new Change(2, 2, 3, new BigDecimal("85.00"), new BigDecimal("85.00"), Prize.SECOND, Prize.THIRD),
                new Change(6, null, 5, null, new BigDecimal("70.00"), null, null),
                new Change(5, null, null, null, null, null, null));
        assertThat(changes.get(0).scoreChanged()).isTrue();
        assertThat(changes.get(1).scoreChanged()).as("88.00 both times").isFalse();
        assertThat(changes.get(1).prizeChanged()).isTrue();
    }

    @Test
    void theSameRankingTwiceChangesNothingAndAScoreWrittenOtherwiseIsTheSameScore() {
        List<RankedTeam> ranking = List.of(team(1, 1, "88.00"), team(2, 2, "85.00"));
        assertThat(RankingChanges.between(ranking, List.of(team(1, 1, "88.0"), team(2, 2, "85")), ONE_EACH))
                .isEmpty();
    }
}
