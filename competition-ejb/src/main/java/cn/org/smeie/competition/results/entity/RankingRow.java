package cn.org.smeie.competition.results.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of a round's ranking as the console and the reports show it: rank (null without a score),
 * the team, its score and untrimmed mean, how many judges scored it, whether it is tied after the
 * tie-break chain, and its proposed or confirmed prize.
 */
public record RankingRow(Integer rank, long registrationId, String trackCode, String teamName, String projectTitle,
                         String universities, String enterprises, BigDecimal score, BigDecimal untrimmedMean,
                         int judges, String tieBreakValues, boolean tied, Prize prize, BigDecimal prizeMoney)
        implements Serializable {
}
