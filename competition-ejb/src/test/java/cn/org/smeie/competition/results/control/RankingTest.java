package cn.org.smeie.competition.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.org.smeie.competition.results.entity.RankingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rankings on cases computed by hand. */
class RankingTest {

    private static final RankingRule DEFAULT = RankingRule.defaults();

    @Test
    void fiveJudgesATrimmedMeanAndTheHigherScoreFirst() {
        List<Ranking.Sheet> sheets = new ArrayList<>();
        // team 1: 80 85 90 70 95 -> drop 70 and 95 -> 85.00; team 2: 88 x5 -> 88.00
        addPanel(sheets, 1, "80", "85", "90", "70", "95");
        addPanel(sheets, 2, "88", "88", "88", "88", "88");
        List<Ranking.Placed> ranking = Ranking.rank(List.of(1L, 2L), sheets, DEFAULT);
        assertThat(ranking).extracting(Ranking.Placed::team).containsExactly(2L, 1L);
        assertThat(ranking).extracting(Ranking.Placed::rank).containsExactly(1, 2);
        assertThat(ranking.get(1).score()).isEqualByComparingTo("85.00");
        assertThat(ranking.get(1).untrimmedMean()).isEqualByComparingTo("84.00");
        assertThat(ranking.get(1).droppedJudges()).containsExactly(104L, 105L);
        assertThat(ranking.get(0).score()).isEqualByComparingTo("88.00");
        assertThat(ranking).noneMatch(Ranking.Placed::tied);
    }

    @Test
    void theMeanRuleKeepsEveryTotal() {
        List<Ranking.Sheet> sheets = new ArrayList<>();
        addPanel(sheets, 1, "80", "85", "90", "70", "95");
        RankingRule mean = new RankingRule(RankingRule.Method.MEAN, false, DEFAULT.tieBreaks());
        Ranking.Placed only = Ranking.rank(List.of(1L), sheets, mean).get(0);
        assertThat(only.score()).isEqualByComparingTo("84.00");
        assertThat(only.droppedJudges()).isEmpty();
    }

    @Test
    void equalScoresGoByTheUntrimmedMeanThenTransferabilityThenImportanceAndTheRestIsFlagged() {
        List<Ranking.Sheet> sheets = new ArrayList<>();
        // teams 1 and 2: trimmed 85.00 both; untrimmed: 1 -> (70+85+85+85+100)/5 = 85, 2 -> (60+85+85+85+100)/5 = 83
        addPanel(sheets, 1, "70", "85", "85", "85", "100");
        addPanel(sheets, 2, "60", "85", "85", "85", "100");
        // teams 3 and 4: one judge each, the same total 80; team 4 has the better transferability
        sheets.add(sheet(3, 201, "80", Map.of("TRANSFERABILITY", "70", "IMPORTANCE", "90")));
        sheets.add(sheet(4, 201, "80", Map.of("TRANSFERABILITY", "90", "IMPORTANCE", "70")));
        // teams 5 and 6: equal in everything: tied, one rank
        sheets.add(sheet(5, 202, "75", Map.of("TRANSFERABILITY", "75", "IMPORTANCE", "75")));
        sheets.add(sheet(6, 202, "75", Map.of("TRANSFERABILITY", "75", "IMPORTANCE", "75")));
        List<Ranking.Placed> ranking = Ranking.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L), sheets, DEFAULT);
        assertThat(ranking).extracting(Ranking.Placed::team).containsExactly(1L, 2L, 4L, 3L, 5L, 6L);
        assertThat(ranking).extracting(Ranking.Placed::rank).containsExactly(1, 2, 3, 4, 5, 5);
        assertThat(ranking).extracting(Ranking.Placed::tied).containsExactly(false, false, false, false, true, true);
        assertThat(ranking.get(1).tieBreakValues().get("UNTRIMMED_MEAN")).isEqualByComparingTo("83.00");
        assertThat(ranking.get(2).tieBreakValues().get("CRITERION:TRANSFERABILITY")).isEqualByComparingTo("90");
    }

    @Test
    void aTeamWithoutSubmittedSheetsHasNoRankAndASingleJudgeIsTheScore() {
        List<Ranking.Sheet> sheets = List.of(sheet(2, 301, "61.5", Map.of()));
        List<Ranking.Placed> ranking = Ranking.rank(List.of(1L, 2L), sheets, DEFAULT);
        assertThat(ranking).extracting(Ranking.Placed::team).containsExactly(2L, 1L);
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking.get(0).score()).isEqualByComparingTo("61.50");
        assertThat(ranking.get(1).rank()).isNull();
        assertThat(ranking.get(1).score()).isNull();
        assertThat(ranking.get(1).judges()).isZero();
    }

    @Test
    void allEqualScoresShareTheFirstRank() {
        List<Ranking.Sheet> sheets = new ArrayList<>();
        for (long team = 1; team <= 3; team++) {
            addPanel(sheets, team, "90", "90", "90", "90", "90");
        }
        List<Ranking.Placed> ranking = Ranking.rank(List.of(1L, 2L, 3L), sheets, DEFAULT);
        assertThat(ranking).extracting(Ranking.Placed::rank).containsExactly(1, 1, 1);
        assertThat(ranking).allMatch(Ranking.Placed::tied);
        assertThat(ranking).extracting(Ranking.Placed::team).containsExactly(1L, 2L, 3L);
    }

    @Test
    void normalizationPutsAStrictAndALenientJudgeOnTheSameScale() {
        // judge 401 (lenient): 80 for team 1, 90 for team 2; judge 402 (strict): 60 for team 3, 70 for team 4.
        // All totals: mean 75, spread sqrt(125) = 11.1803…; each judge: mean ±5, spread 5, so z = -1 / +1:
        // the lower of each judge becomes 75 - 11.1803 = 63.8197, the higher 86.1803.
        List<Ranking.Sheet> sheets = List.of(sheet(1, 401, "80", Map.of()), sheet(2, 401, "90", Map.of()),
                sheet(3, 402, "60", Map.of()), sheet(4, 402, "70", Map.of()));
        RankingRule normalized = new RankingRule(RankingRule.Method.TRIMMED, true, List.of());
        List<Ranking.Placed> ranking = Ranking.rank(List.of(1L, 2L, 3L, 4L), sheets, normalized);
        assertThat(ranking).extracting(Ranking.Placed::team).containsExactly(2L, 4L, 1L, 3L);
        assertThat(ranking).extracting(Ranking.Placed::rank).containsExactly(1, 1, 3, 3);
        assertThat(ranking.get(0).score()).isEqualByComparingTo("86.18");
        assertThat(ranking.get(3).score()).isEqualByComparingTo("63.82");
        assertThat(Ranking.rank(List.of(1L, 2L, 3L, 4L), sheets, DEFAULT))
                .as("without normalization the strict judge's teams come last")
                .extracting(Ranking.Placed::team).containsExactly(2L, 1L, 4L, 3L);
    }

    @Test
    void theOrderOfTheSheetsDoesNotMatter() {
        List<Ranking.Sheet> sheets = new ArrayList<>();
        Random random = new Random(7);
        for (long team = 1; team <= 40; team++) {
            for (int j = 0; j < 7; j++) {
                sheets.add(sheet(team, 500 + (team + j) % 12, String.valueOf(50 + random.nextInt(100) / 2.0),
                        Map.of("TRANSFERABILITY", String.valueOf(random.nextInt(101)))));
            }
        }
        List<Long> teams = new ArrayList<>();
        for (long team = 40; team >= 1; team--) {
            teams.add(team);
        }
        List<Ranking.Placed> first = Ranking.rank(teams, sheets, new RankingRule(RankingRule.Method.TRIMMED, true,
                DEFAULT.tieBreaks()));
        Collections.shuffle(sheets, random);
        Collections.shuffle(teams, random);
        assertThat(Ranking.rank(teams, sheets, new RankingRule(RankingRule.Method.TRIMMED, true, DEFAULT.tieBreaks())))
                .isEqualTo(first);
    }

    private static void addPanel(List<Ranking.Sheet> sheets, long team, String... totals) {
        for (int j = 0; j < totals.length; j++) {
            sheets.add(sheet(team, 101 + j, totals[j], Map.of("TRANSFERABILITY", totals[j], "IMPORTANCE", totals[j])));
        }
    }

    private static Ranking.Sheet sheet(long team, long judge, String total, Map<String, String> scores) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        scores.forEach((k, v) -> values.put(k, new BigDecimal(v)));
        return new Ranking.Sheet(team, judge, new BigDecimal(total), values);
    }
}
