package cn.org.smeie.competition.problemboard.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.platform.error.ConflictException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EnterpriseProblemTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2023-09-01T10:00:00+08:00");

    @Test
    void aPostingIsPublishedOrRejectedOnceAndAPublishedOneMayBeTakenDown() {
        EnterpriseProblem p = new EnterpriseProblem();
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.PENDING);
        assertThat(p.isPublished()).isFalse();
        p.moderate(true, null, "committee", NOW);
        assertThat(p.isPublished()).isTrue();
        assertThatThrownBy(() -> p.moderate(true, null, "committee", NOW)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("key", "problems.moderatedAlready");
        p.moderate(false, "重复发布", "committee", NOW);
        assertThat(p.getStatus()).isEqualTo(ProblemStatus.REJECTED);
        assertThat(p.getModerationNote()).isEqualTo("重复发布");
    }
}
