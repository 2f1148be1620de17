package cn.org.smeie.competition.support.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.platform.error.ConflictException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupportEntitiesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-01-08T10:00:00+08:00");
    private final SupportKindsConverter converter = new SupportKindsConverter();

    @Test
    void kindsAreStoredInTheEnumsOrderAndReadBack() {
        String column = converter.convertToDatabaseColumn(Set.of(SupportKind.MENTOR_TECHNOLOGY, SupportKind.LEGAL_ADVICE));
        assertThat(column).isEqualTo("LEGAL_ADVICE,MENTOR_TECHNOLOGY");
        assertThat(converter.convertToEntityAttribute(column))
                .isEqualTo(EnumSet.of(SupportKind.LEGAL_ADVICE, SupportKind.MENTOR_TECHNOLOGY));
        assertThat(converter.convertToDatabaseColumn(Set.of())).isEmpty();
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }

    @Test
    void anExpertIsAssignedOnceAndAClosedCaseTakesNothingMore() {
        Expert lawyer = new Expert(new ExpertForm("钱律师", "律师事务所", null, Set.of(SupportKind.LEGAL_ADVICE), null, null));
        assertThat(lawyer.offersAnyOf(Set.of(SupportKind.LEGAL_ADVICE, SupportKind.FINANCING))).isTrue();
        assertThat(lawyer.offersAnyOf(Set.of(SupportKind.FINANCING))).isFalse();

        SupportCase c = new SupportCase();
        c.assign(lawyer);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.ASSIGNED);
        assertThatThrownBy(() -> c.assign(lawyer)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("key", "support.expertAssigned");
        c.note("已对接", "committee", NOW);
        c.close("已办结", NOW);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getNotes()).extracting(SupportNote::getText).containsExactly("已对接");
        assertThatThrownBy(() -> c.note("之后", "committee", NOW)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("key", "support.closed");
        assertThatThrownBy(() -> c.close("再次", NOW)).isInstanceOf(ConflictException.class);
    }
}
