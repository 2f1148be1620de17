package cn.org.smeie.competition.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyMessageExistsInChineseAndInEnglish() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertThat(english).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void aViolationIsToldInTheCallersLanguage() {
        Violation v = new Violation("competitionDate", "track.date.outsideEdition", "2023-09-30", "2023-11-30");
        assertThat(v.describe(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("比赛日期: 应在报名截止日（2023-09-30）之后，且不晚于专项赛截止日（2023-11-30）。");
        assertThat(v.describe(Locale.ENGLISH)).isEqualTo("Competition date: must fall after the registration"
                + " deadline (2023-09-30) and no later than the last day for track competitions (2023-11-30).");
    }

    @Test
    void anUnknownLanguageGetsEnglishWhateverTheServersDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.format(Locale.FRENCH, "validation.required")).isEqualTo("is required.");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aMissingKeyShowsItselfRatherThanFailing() {
        assertThat(Messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    /** Messages are MessageFormat patterns: a lone apostrophe starts a quote and vanishes, with what follows. */
    @Test
    void noMessageLosesAnApostrophe() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key).replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
        assertThat(Messages.format(Locale.ENGLISH, "page.error.405.text")).contains("platform's own links");
    }

    @Test
    void violationsCompareByValue() {
        assertThat(new Violation("code", "track.code.taken", "SME202301"))
                .isEqualTo(new Violation("code", "track.code.taken", "SME202301"))
                .isNotEqualTo(new Violation("code", "track.code.taken", "SME202302"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
