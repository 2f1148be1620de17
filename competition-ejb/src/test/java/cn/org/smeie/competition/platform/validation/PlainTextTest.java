package cn.org.smeie.competition.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void whatPeopleTypeIsPlainTextEmojiJoinersAndRareCharactersIncluded() {
        for (String typed : new String[] {"星火队", "𠮷野家 team", "<script>alert(1)</script>", "第一行\n第二行\t缩进",
                "👨‍👩‍👧 family", "soft\u00ADhyphen", "ab\u200Ccd"}) {
            assertThat(PlainText.Check.isPlain(typed)).as(typed).isTrue();
        }
    }

    @Test
    void textDirectionControlsAndOtherInvisibleFormatCharactersAreRefused() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069', '\u200B', '\u200E', '\u200F', '\uFEFF', '\u2060'}) {
            assertThat(PlainText.Check.isPlain("team" + c + "name")).as("U+%04X", (int) c).isFalse();
        }
        assertThat(PlainText.Check.isPlain("\u202Eevil\u202C")).as("reads \"live\" in a list").isFalse();
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefused() {
        assertThat(PlainText.Check.isPlain("nul\u0000")).isFalse();
        assertThat(PlainText.Check.isPlain("cut \uD83D")).isFalse();
        assertThat(PlainText.Check.isPlain("\uDC00 alone")).isFalse();
    }
}
