package cn.org.smeie.competition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** The console's texts: every key in both languages, every key a page uses defined, no text typed into a page. */
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

    /**
     * No words typed into a page: every text a reader sees (text between tags, and the attributes that
     * show text) comes from the bundles. Symbols such as "KB" and "×" are no words of a language.
     */
    @Test
    void noPageHasTextOfItsOwn() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> typed = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Document document = factory.newDocumentBuilder().parse(page.toFile());
                collectTyped(document.getDocumentElement(), page.getFileName().toString(), typed);
            }
        }
        assertThat(typed).isEmpty();
    }

    private static final Set<String> SHOWN = Set.of("value", "headerText", "header", "title", "placeholder", "label",
            "itemLabel", "summary", "detail", "emptyMessage", "footerText", "requiredMessage", "validatorMessage",
            "converterMessage", "aria-label", "alt", "message");
    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[A-Za-z]{2,}");
    private static final Set<String> SYMBOLS = Set.of("KB", "true", "false");

    private static void collectTyped(Node node, String page, List<String> typed) {
        if (node instanceof Element element) {
            if (Set.of("script", "style", "outputScript", "outputStylesheet").contains(element.getLocalName())) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String text = withoutExpressions(attribute.getValue());
                boolean address = attribute.getValue().startsWith("#{request.contextPath}");
                if (SHOWN.contains(attribute.getLocalName()) && !address && WORD.matcher(text).find()) {
                    typed.add(page + ": " + element.getLocalName() + " " + attribute.getLocalName() + "=\""
                            + attribute.getValue() + "\"");
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE && WORD.matcher(withoutExpressions(node.getNodeValue())).find()) {
            typed.add(page + ": \"" + node.getNodeValue().strip() + "\"");
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectTyped(child, page, typed);
        }
    }

    /** The text outside #{…} expressions (their braces may nest), symbols dropped. */
    private static String withoutExpressions(String text) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && c == '#' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else {
                outside.append(c);
            }
        }
        String rest = outside.toString();
        for (String symbol : SYMBOLS) {
            rest = rest.replaceAll("\\b" + symbol + "\\b", "");
        }
        return rest;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleTextsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
