package cn.org.smeie.competition.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2023, 9, 30, 23, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void aFailedAttemptIsRetriedAfterPausesThatDoubleUpToFourHoursThenGivenUp() {
        MailMessage mail = new MailMessage("a@b.cn", "signUp", MailMessage.URGENT, "s", "b", T0);
        List<Duration> pauses = new ArrayList<>();
        OffsetDateTime now = T0;
        for (int i = 1; i < MailMessage.MAX_ATTEMPTS; i++) {
            mail.failed("connection refused", now);
            assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
            pauses.add(Duration.between(now, mail.getNextAttemptAt()));
            now = mail.getNextAttemptAt();
        }
        assertThat(pauses).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 240L);
        mail.failed("connection refused", now);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(MailMessage.MAX_ATTEMPTS);
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void aGivenUpMailSentAgainStartsAFreshRoundAndASentOneForgetsItsError() {
        MailMessage mail = new MailMessage("a@b.cn", "signUp", MailMessage.URGENT, "s", "b", T0);
        for (int i = 0; i < MailMessage.MAX_ATTEMPTS; i++) {
            mail.failed("x".repeat(2000), T0);
        }
        assertThat(mail.getLastError()).hasSize(1000);
        OffsetDateTime later = T0.plusDays(1);
        mail.retry(later);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(later);
        mail.sent(later);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getSentAt()).isEqualTo(later);
    }
}
