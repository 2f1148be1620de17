package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankedTeam;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The prizes a ranking earns under the round's quotas: the first-prize count goes to the teams ranked
 * within it, then the second, then the third. Prizes follow ranks, so teams tied at a boundary get the
 * same prize (the round then gives one more than its quota, and the committee sees the tie). Teams
 * without a score get nothing. Pure.
 */
public final class AwardProposal {

    private AwardProposal() {
    }

    /** A proposed prize: the team, the prize, its rank and score, the money. */
    public record Proposed(long registrationId, Prize prize, int rank, BigDecimal score, BigDecimal money) {
    }

    /** @param teams the number of teams of the round (the base of percentage quotas) */
    public static List<Proposed> propose(List<RankedTeam> ranking, Quotas quotas, int teams) {
        int[] counts = quotas.counts(teams);
        int firstUpTo = counts[0];
        int secondUpTo = firstUpTo + counts[1];
        int thirdUpTo = secondUpTo + counts[2];
        List<Proposed> proposed = new ArrayList<>();
        for (RankedTeam team : ranking) {
            Integer rank = team.getRank();
            if (rank == null) {
                continue;
            }
            Prize prize = rank <= firstUpTo ? Prize.FIRST : rank <= secondUpTo ? Prize.SECOND
                    : rank <= thirdUpTo ? Prize.THIRD : null;
            if (prize != null) {
                proposed.add(new Proposed(team.getRegistrationId(), prize, rank, team.getScore(), quotas.money(prize)));
            }
        }
        return proposed;
    }
}
