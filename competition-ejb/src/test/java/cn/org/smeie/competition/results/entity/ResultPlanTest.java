package cn.org.smeie.competition.results.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.Violation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResultPlanTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2023, 11, 1, 2, 0, 0, 0, ZoneOffset.ofHours(8));

    private final ResultPlan plan = new ResultPlan(7L, RankingRule.defaults(), Quotas.trackDefaults());

    @Test
    void aProposalRemembersTheQuotasItWasMadeUnderAndWhen() {
        assertThat(plan.proposedWith()).isNull();
        assertThat(plan.isProposalOpen()).isFalse();
        plan.proposed(11L, NOW);
        assertThat(plan.proposedWith()).isEqualTo(new Quotas(Quotas.Kind.PERCENT, 10, 20, 30, null, null, null));
        assertThat(plan.getProposedAt()).isEqualTo(NOW);
        assertThat(plan.isProposalOpen()).isTrue();

        plan.quotas(new Quotas(Quotas.Kind.COUNT, 1, 2, 3, null, null, null));
        assertThat(plan.proposedWith().kind()).as("until proposed anew").isEqualTo(Quotas.Kind.PERCENT);
        plan.reviewed("host", null, NOW);
        assertThat(plan.isProposalOpen()).isTrue();
        plan.proposed(11L, NOW.plusHours(1));
        assertThat(plan.proposedWith()).isEqualTo(new Quotas(Quotas.Kind.COUNT, 1, 2, 3, null, null, null));
        assertThat(plan.getAwardStatus()).as("the review of the old proposal no longer holds")
                .isEqualTo(AwardStatus.PROPOSED);
        assertThat(plan.getReviewedBy()).isNull();
    }

    @Test
    void confirmedAwardsKeepTheirQuotas() {
        plan.proposed(11L, NOW);
        plan.confirmed(false, "committee", NOW);
        assertThat(plan.isProposalOpen()).isFalse();
        assertThatThrownBy(() -> plan.quotas(Quotas.finalsDefaults())).isInstanceOf(ConflictException.class);
    }

    @Test
    void percentagesMayNotAddUpToMoreThanAllTeams() {
        assertThat(new Quotas(Quotas.Kind.PERCENT, 40, 30, 31, null, null, null).violations())
                .containsExactly(new Violation("quotas", "results.quota.percentSum"));
        assertThat(new Quotas(Quotas.Kind.PERCENT, 40, 30, 30, null, null, null).violations()).isEmpty();
        assertThat(new Quotas(Quotas.Kind.COUNT, 400, 300, 300, null, null, null).violations()).isEmpty();
    }
}
