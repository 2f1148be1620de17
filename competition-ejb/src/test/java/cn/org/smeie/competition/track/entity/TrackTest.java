package cn.org.smeie.competition.track.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackTest {

    private final Edition edition = new Edition(1, 2023, "首届", "1st", LocalDateTime.of(2023, 9, 30, 23, 59, 59),
            LocalDate.of(2023, 11, 30), YearMonth.of(2023, 12), ZoneId.of("Asia/Shanghai"));

    private Track track(LocalDate competitionDate) {
        return new Track(edition, new TrackDetails("SME202301", "工业互联网", "Industrial internet", "场景", "能力", "目标",
                "承办单位", "孙老师", "13800138000", competitionDate), new Organization("承办单位", OrganizationKind.ENTERPRISE));
    }

    @Test
    void aTracksRegistrationIsOpenClosingSoonOrClosedByItsOwnDeadline() {
        Track track = track(null);
        Instant closes = Instant.parse("2023-09-30T16:00:00Z"); // 2023-10-01 00:00 in Beijing
        assertThat(track.registrationWindowAt(closes.minusSeconds(8 * 86400))).isEqualTo(
                new RegistrationWindow(RegistrationWindow.State.OPEN, 8, closes));
        assertThat(track.registrationWindowAt(closes.minusSeconds(3 * 86400 + 60)).state())
                .isEqualTo(RegistrationWindow.State.CLOSING_SOON);
        assertThat(track.registrationWindowAt(closes.minusSeconds(3 * 86400 + 60)).daysLeft()).isEqualTo(3);
        assertThat(track.registrationWindowAt(closes).isOpen()).isFalse();

        track.extendRegistration(LocalDateTime.of(2023, 10, 15, 23, 59, 59));
        RegistrationWindow extended = track.registrationWindowAt(closes.plusSeconds(86400));
        assertThat(extended.state()).as("open again past the edition's deadline").isEqualTo(RegistrationWindow.State.OPEN);
        assertThat(extended.closesAt()).isEqualTo(Instant.parse("2023-10-15T16:00:00Z"));
    }

    @Test
    void theCompetitionDayFallsAfterTheTracksOwnRegistrationCloses() {
        Track track = track(null);
        assertThat(track.violationOfCompetitionDay(LocalDate.of(2023, 10, 10))).isEmpty();
        track.extendRegistration(LocalDateTime.of(2023, 10, 15, 23, 59, 59));
        assertThat(track.violationOfCompetitionDay(LocalDate.of(2023, 10, 10))).contains(new Violation(
                "competitionDate", "track.date.beforeRegistrationCloses", "2023-10-15 23:59:59"));
        assertThat(track.violationOfCompetitionDay(LocalDate.of(2023, 10, 16))).isEmpty();
        assertThat(track.violationOfCompetitionDay(LocalDate.of(2023, 12, 1))).map(Violation::key)
                .contains("track.date.outsideEdition");
        assertThat(track.violationOfCompetitionDay(null)).isEmpty();
    }

    @Test
    void registrationIsNotExtendedPastTheCompetitionDay() {
        Track track = track(LocalDate.of(2023, 11, 20));
        assertThatThrownBy(() -> track.extendRegistration(LocalDateTime.of(2027, 1, 1, 0, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).isEqualTo(List.of(
                        new Violation("registrationDeadline", "track.extension.afterCompetition", "2023-11-20"))));
        track.extendRegistration(LocalDateTime.of(2023, 11, 19, 23, 59, 59));
        assertThat(track.effectiveRegistrationDeadline()).isEqualTo(LocalDateTime.of(2023, 11, 19, 23, 59, 59));
    }
}
