package cn.org.smeie.competition.careers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.platform.error.ConflictException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class RecommendationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2023-12-20T10:00:00+08:00");

    @Test
    void aRecommendationGoesStepByStepToAcceptedAndNoFurther() {
        Recommendation r = new Recommendation();
        r.advance(RecommendationStatus.INTERVIEWED, "面试", NOW);
        r.advance(RecommendationStatus.OFFERED, null, NOW);
        r.advance(RecommendationStatus.ACCEPTED, "已签约", NOW);
        assertThat(r.getStatus()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(r.getNote()).isEqualTo("已签约");
        assertThatThrownBy(() -> r.advance(RecommendationStatus.DECLINED, null, NOW))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("key", "careers.transition");
    }

    @Test
    void noStepIsSkippedAndAnyOpenStepMayEndInADecline() {
        Recommendation r = new Recommendation();
        assertThatThrownBy(() -> r.advance(RecommendationStatus.OFFERED, null, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.advance(RecommendationStatus.RECOMMENDED, null, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.advance(null, null, NOW)).isInstanceOf(ConflictException.class);
        assertThat(r.getStatus()).isEqualTo(RecommendationStatus.RECOMMENDED);
        for (RecommendationStatus open : new RecommendationStatus[] {RecommendationStatus.RECOMMENDED,
                RecommendationStatus.INTERVIEWED, RecommendationStatus.OFFERED}) {
            assertThat(open.next()).contains(RecommendationStatus.DECLINED);
            assertThat(open.isFinal()).isFalse();
        }
        assertThat(RecommendationStatus.ACCEPTED.isFinal()).isTrue();
        assertThat(RecommendationStatus.DECLINED.isFinal()).isTrue();
    }
}
