package cn.org.smeie.competition.edition.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Edition first = new Edition(1, 2023, "首届", "1st", LocalDateTime.of(2023, 9, 30, 23, 59, 59),
            LocalDate.of(2023, 11, 30), YearMonth.of(2023, 12), SHANGHAI);

    @Test
    void registrationClosesWhenTheLastSecondOfTheDayInBeijingEnds() {
        assertThat(first.registrationClosesAt()).isEqualTo(Instant.parse("2023-09-30T16:00:00Z"));
    }

    @Test
    void trackCompetitionsFallAfterRegistrationAndByTheTrackDeadline() {
        assertThat(first.allowsTrackCompetitionOn(LocalDate.of(2023, 9, 30))).isFalse();
        assertThat(first.allowsTrackCompetitionOn(LocalDate.of(2023, 10, 1))).isTrue();
        assertThat(first.allowsTrackCompetitionOn(LocalDate.of(2023, 11, 30))).isTrue();
        assertThat(first.allowsTrackCompetitionOn(LocalDate.of(2023, 12, 1))).isFalse();
    }

    @Test
    void aCalendarOutOfOrderIsRefused() {
        assertThatThrownBy(() -> first.schedule(LocalDateTime.of(2023, 12, 1, 0, 0), LocalDate.of(2023, 11, 30),
                YearMonth.of(2023, 12))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> first.schedule(LocalDateTime.of(2023, 9, 30, 23, 59), LocalDate.of(2023, 11, 30),
                YearMonth.of(2023, 10))).isInstanceOf(IllegalArgumentException.class);
    }
}
