package cn.org.smeie.competition.judging.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2023, 10, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final ScoreSheet sheet = sheet();

    private static ScoreSheet sheet() {
        Edition edition = new Edition(1, 2023, "首届", "1st", LocalDateTime.of(2023, 9, 30, 23, 59, 59),
                LocalDate.of(2023, 11, 30), YearMonth.of(2023, 12), ZoneId.of("Asia/Shanghai"));
        Track track = new Track(edition, new TrackDetails("SME202301", "工业互联网", "Industrial internet", "场景", "能力", "目标",
                "承办单位", "孙老师", "13800138000", null), new Organization("承办单位", OrganizationKind.ENTERPRISE));
        Account judge = new Account("judge", "评委", "judge@example.cn", Role.JUDGE, "hash", false, NOW);
        Registration team = new Registration(track, new Account("team", "联系人", "t@example.cn", Role.TEAM, "hash",
                false, NOW), NOW);
        withId(track, 7L); // as the database gives it: a round's scope is its track's id
        return new ScoreSheet(Round.ofTrack(track, RoundSettings.defaults()), team, judge, NOW);
    }

    private static void withId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSheetGivenBackSaysWhyUntilItsJudgeSubmitsItAgain() {
        sheet.submit(Map.of("IMPORTANCE", new BigDecimal("80")), null, NOW);
        sheet.reopen("第二项评分与评语不符，请核对", NOW.plusHours(1));
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.DRAFT);
        assertThat(sheet.getReturnedReason()).isEqualTo("第二项评分与评语不符，请核对");
        assertThat(sheet.getReturnedAt()).isEqualTo(NOW.plusHours(1));
        assertThat(sheet.getScores()).containsEntry("IMPORTANCE", new BigDecimal("80.0"));

        sheet.save(Map.of("IMPORTANCE", new BigDecimal("70")), null);
        assertThat(sheet.getReturnedReason()).as("a draft keeps the reason in view").isNotNull();
        sheet.submit(Map.of("IMPORTANCE", new BigDecimal("70")), null, NOW.plusHours(2));
        assertThat(sheet.getReturnedReason()).isNull();
        assertThat(sheet.getReturnedAt()).isNull();
    }

    @Test
    void onlyASubmittedSheetCanBeGivenBackAndASubmittedOneIsNotChanged() {
        assertThatThrownBy(() -> sheet.reopen("原因", NOW)).isInstanceOf(ConflictException.class);
        sheet.submit(Map.of(), null, NOW);
        assertThatThrownBy(() -> sheet.save(Map.of(), "改"))
                .isInstanceOf(ConflictException.class);
    }
}
