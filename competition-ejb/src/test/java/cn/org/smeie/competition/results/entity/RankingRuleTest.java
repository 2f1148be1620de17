package cn.org.smeie.competition.results.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingRuleTest {

    private static final Map<String, String> NAMES = Map.of("TRANSFERABILITY", "可转化性", "IMPORTANCE", "问题重要性");

    @Test
    void theRuleASnapshotKeptIsReadBack() {
        RankingRule rule = RankingRule.defaults();
        assertThat(RankingRule.parse(rule.describe())).contains(rule);
        RankingRule plain = new RankingRule(RankingRule.Method.MEAN, true, List.of());
        assertThat(RankingRule.parse(plain.describe())).contains(plain);
        assertThat(RankingRule.parse("something else")).isEmpty();
        assertThat(RankingRule.parse("MEDIAN;normalized=false;ties=")).isEmpty();
        assertThat(RankingRule.parse(null)).isEmpty();
    }

    @Test
    void aPersonReadsTheRuleInWordsNotCodes() {
        String chinese = RankingRule.defaults().inWords(Locale.SIMPLIFIED_CHINESE, NAMES);
        assertThat(chinese).isEqualTo("去掉最高分和最低分后的平均分（5–6 名评委各去 1 个，7 名及以上各去 2 个）；不做标准化；"
                + "同分依次比较未去分平均分、可转化性平均分、问题重要性平均分");
        String english = new RankingRule(RankingRule.Method.MEAN, true, List.of(RankingRule.TieBreak.criterion("NEW")))
                .inWords(Locale.ENGLISH, NAMES);
        assertThat(english).isEqualTo("mean of all judges' totals; each judge's totals normalized first;"
                + " ties broken by the mean of NEW");
        assertThat(english).doesNotContain("TRIMMED", "normalized=");
    }

    @Test
    void theValuesThatOrderedTiedTeamsAreReadInWords() {
        assertThat(RankingRule.valuesInWords("UNTRIMMED_MEAN=86.80,CRITERION:TRANSFERABILITY=85.0,CRITERION:X=",
                Locale.SIMPLIFIED_CHINESE, NAMES)).isEqualTo("未去分平均分 86.80、可转化性平均分 85.0、X平均分 —");
        assertThat(RankingRule.valuesInWords("UNTRIMMED_MEAN=86.80", Locale.ENGLISH, NAMES))
                .isEqualTo("the untrimmed mean 86.80");
        assertThat(RankingRule.valuesInWords(null, Locale.ENGLISH, NAMES)).isEmpty();
    }
}
