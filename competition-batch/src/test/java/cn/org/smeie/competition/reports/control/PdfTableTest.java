package cn.org.smeie.competition.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF tables of the reports: Chinese in the application's own font, what does not fit, pages. */
class PdfTableTest {

    @Test
    void rareNamesRenderAMissingCharacterShowsAsAQuestionMarkAndLongTextIsCut(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("table.pdf");
        try (PdfTable table = new PdfTable("评审结果（测试）", List.of("排名规则 Rule: TRIMMED"),
                PdfTable.columns("名次", 1, "团队", 3, "高校 × 企业", 3))) {
            table.row(List.of("1", "张喆 李堃 王玥 赵昇 钱淼 孙珺 周婧 吴彧 郑祎 冯翀 陈琨", "哈尔滨工业大学 × 华为"));
            table.row(List.of("2", "吉𠮷队", "北京大学（医学部）"));
            table.row(List.of("3", "名".repeat(200), "短"));
            for (int i = 4; i <= 80; i++) {
                table.row(List.of(Integer.toString(i), "团队" + i, "高校" + i));
            }
            table.saveAs(file);
            assertThat(table.pages()).isGreaterThan(1);
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("table.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("评审结果（测试）", "喆", "堃", "玥", "昇", "淼", "珺", "婧", "彧", "祎", "翀", "琨",
                    "北京大学（医学部）", "吉?队", "…", "第 2 页");
            assertThat(text).doesNotContain("𠮷");
            PDResources resources = pdf.getPage(0).getResources();
            String font = resources.getFont(resources.getFontNames().iterator().next()).getName();
            assertThat(font).as("embedded as a subset").matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
