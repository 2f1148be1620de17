package cn.org.smeie.competition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console's texts: every key in both languages, every key a page uses defined. */
class ConsoleTextsTest {

    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");

    @Test
    void everyTextExistsInChineseAndInEnglish() throws IOException {
        assertThat(load("console_zh.properties").stringPropertyNames())
                .isNotEmpty()
                .isEqualTo(load("console_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyAPageUsesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY_IN_PAGE.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("console_zh.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleTextsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
