package cn.org.smeie.competition.judging.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.org.smeie.competition.platform.error.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JudgingRulesTest {

    private static final List<String> CRITERIA = List.of("IMPORTANCE", "ORIGINALITY", "BREAKTHROUGH", "TRANSFERABILITY");

    @Test
    void scoresAreOnTheScaleAndItsStepAndASubmissionNeedsThemAll() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("IMPORTANCE", new BigDecimal("87.5"));
        scores.put("ORIGINALITY", new BigDecimal("100"));
        scores.put("BREAKTHROUGH", new BigDecimal("0"));
        assertThat(ScoreRules.check(scores, CRITERIA, new BigDecimal("100"), new BigDecimal("0.5"), false)).isEmpty();
        assertThat(ScoreRules.check(scores, CRITERIA, new BigDecimal("100"), new BigDecimal("0.5"), true))
                .containsExactly(new Violation("scores.TRANSFERABILITY", "judging.score.missing"));
        scores.put("TRANSFERABILITY", new BigDecimal("87.3"));
        scores.put("IMPORTANCE", new BigDecimal("100.5"));
        scores.put("BREAKTHROUGH", new BigDecimal("-0.5"));
        scores.put("BEAUTY", new BigDecimal("90"));
        assertThat(ScoreRules.check(scores, CRITERIA, new BigDecimal("100"), new BigDecimal("0.5"), true))
                .extracting(v -> v.field() + " " + v.key()).containsExactly(
                        "scores.BEAUTY judging.score.unknownCriterion",
                        "scores.IMPORTANCE judging.score.outOfRange",
                        "scores.BREAKTHROUGH judging.score.outOfRange",
                        "scores.TRANSFERABILITY judging.score.offStep");
        assertThat(ScoreRules.check(Map.of("IMPORTANCE", new BigDecimal("7")), List.of("IMPORTANCE"),
                new BigDecimal("10"), BigDecimal.ONE, true)).isEmpty();
    }

    @Test
    void aJudgeOfATeamsOrganizationOrMailDomainIsInConflictButNotThroughAPublicMailService() {
        assertThat(Conflicts.detect(List.of("哈尔滨 工业大学"), "li@bank.cn", List.of("哈尔滨工业大学", "华为技术有限公司"),
                List.of("a@qq.com"))).contains(new Conflicts.Tie("ORGANIZATION", "哈尔滨 工业大学"));
        assertThat(Conflicts.detect(List.of("长扬科技（北京）股份有限公司"), null, List.of("长扬科技(北京)股份有限公司"),
                List.of())).isPresent();
        assertThat(Conflicts.detect(List.of("清华大学"), "wang@HIT.edu.cn", List.of("哈尔滨工业大学"),
                List.of("zhe@hit.edu.cn"))).contains(new Conflicts.Tie("EMAIL_DOMAIN", "hit.edu.cn"));
        assertThat(Conflicts.detect(List.of("清华大学"), "judge@qq.com", List.of("哈尔滨工业大学"),
                List.of("zhe@qq.com", "kun@163.com"))).isEmpty();
        assertThat(Conflicts.detect(List.of(), "judge@", List.of("哈尔滨工业大学"), List.of("zhe@"))).isEmpty();
    }

    @Test
    void threeHundredTeamsAndFortyJudgesGetFiveJudgesEachWithinOneOfEachOtherAndNoConflict() {
        List<Long> teams = LongStream.rangeClosed(1, 300).boxed().toList();
        List<Long> judges = LongStream.rangeClosed(1001, 1040).boxed().toList();
        Random random = new Random(2023);
        Map<Long, Set<Long>> conflicts = new HashMap<>();
        for (Long team : teams) {
            // about one team in three shares an organization with one to three judges
            if (random.nextInt(3) == 0) {
                Set<Long> conflicted = new TreeSet<>();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    conflicted.add(judges.get(random.nextInt(judges.size())));
                }
                conflicts.put(team, conflicted);
            }
        }
        PanelAssignment.Result result = PanelAssignment.assign(teams, judges, conflicts, Map.of(), 5);
        assertThat(result.shortOfJudges()).isEmpty();
        assertThat(result.panels().values()).allSatisfy(panel -> assertThat(panel).hasSize(5));
        assertThat(conflicts).hasSizeGreaterThan(50);
        conflicts.forEach((team, conflicted) -> assertThat(result.panels().get(team)).doesNotContainAnyElementsOf(conflicted));
        assertThat(result.maxLoad() - result.minLoad()).isLessThanOrEqualTo(1);
        assertThat(result.loads().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1500);
        assertThat(PanelAssignment.assign(teams, judges, conflicts, Map.of(), 5).panels())
                .as("the same input gives the same panels").isEqualTo(result.panels());
    }

    @Test
    void existingPanelsAreKeptAndTeamsThatConflictsLeaveShortAreReported() {
        List<Long> teams = List.of(1L, 2L, 3L);
        List<Long> judges = List.of(11L, 12L, 13L);
        Map<Long, Set<Long>> conflicts = Map.of(3L, Set.of(11L, 12L));
        PanelAssignment.Result result = PanelAssignment.assign(teams, judges, conflicts, Map.of(1L, Set.of(12L)), 2);
        assertThat(result.panels().get(1L)).contains(12L).hasSize(2);
        assertThat(result.panels().get(3L)).containsExactly(13L);
        assertThat(result.shortOfJudges()).containsExactly(3L);
        Map<Long, Integer> counted = new HashMap<>();
        result.panels().values().forEach(p -> p.forEach(j -> counted.merge(j, 1, Integer::sum)));
        assertThat(counted).isEqualTo(result.loads());
        List<Long> none = new ArrayList<>();
        assertThat(PanelAssignment.assign(teams, none, Map.of(), Map.of(), 5).shortOfJudges())
                .isEqualTo(teams.stream().collect(Collectors.toList()));
    }
}
