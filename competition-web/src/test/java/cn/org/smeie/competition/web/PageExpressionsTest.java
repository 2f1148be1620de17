package cn.org.smeie.competition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' expressions parse: none names a property with a word the expression language keeps for
 * itself ({@code #{bean.empty}} fails only when the page is opened, with a ParseException).
 */
class PageExpressionsTest {

    private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern RESERVED_PROPERTY = Pattern.compile(
            "\\.(and|or|not|eq|ne|lt|gt|le|ge|true|false|null|instanceof|empty|div|mod)\\b");

    @Test
    void noExpressionNamesAPropertyByAReservedWord() throws IOException {
        List<String> found = new ArrayList<>();
        int expressions = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = EXPRESSION.matcher(Files.readString(page));
                while (m.find()) {
                    expressions++;
                    String code = QUOTED.matcher(m.group(1)).replaceAll("''");
                    if (RESERVED_PROPERTY.matcher(code).find()) {
                        found.add(page.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(expressions).isGreaterThan(100);
        assertThat(found).isEmpty();
    }
}
