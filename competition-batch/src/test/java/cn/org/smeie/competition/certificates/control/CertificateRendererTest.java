package cn.org.smeie.competition.certificates.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateKind;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** Certificates as PDFs: Chinese with rare characters, PDF/A-2b, the same bytes twice, a QR code that reads. */
class CertificateRendererTest {

    private static final String URL = "https://competition.example.cn/verify.xhtml?code=ABCDEFGHJKMNPQRSTUVW";
    private static CertificateRenderer renderer;

    @BeforeAll
    static void renderer() {
        VeraGreenfieldFoundryProvider.initialise();
        renderer = new CertificateRenderer();
    }

    @AfterAll
    static void close() throws Exception {
        renderer.close();
    }

    @Test
    void aTeamCertificateIsPdfA2bInChineseWithItsFontEmbeddedAsASubsetAndTheSameBytesEveryTime() throws Exception {
        Certificate team = certificate(CertificateKind.TEAM, "星火队", null, "张喆、李堃、王玥、赵昇、钱淼、孙珺、周婧、吴彧、郑祎、冯翀、陈琨");
        byte[] pdf = renderer.render(team, URL);
        assertThat(renderer.render(team, URL)).as("deterministic").isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox()
                    .getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("荣誉证书", "星火队", "哈尔滨工业大学 × 华为技术有限公司", "一等奖",
                    "企校协同创新大赛组委会", "二〇二三年十二月十五日", "QXCX-2023-SME202301-0001", "ABCDEFGHJKMNPQRSTUVW");
            for (String rare : "喆堃玥昇淼珺婧彧祎翀琨".split("")) {
                assertThat(text).contains(rare);
            }
            PDResources resources = document.getPage(0).getResources();
            String font = resources.getFont(resources.getFontNames().iterator().next()).getName();
            assertThat(font).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(qr(document)).isEqualTo(URL);
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("荣誉证书 QXCX-2023-SME202301-0001");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo("2023-12-14T16:00:00Z");
        }
        assertPdfA2b(pdf);
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.toString()).isTrue();
        }
    }

    @Test
    void aMemberCertificateFitsAVeryLongNameAndAMissingCharacterIsNamed() throws Exception {
        // a name of everyday characters
        Certificate member = certificate(CertificateKind.MEMBER, "阿卜杜热合曼·买买提艾力·库尔班江·艾则孜·吐尔逊·阿不都热西提", "学生 · 新疆大学",
                null);
        byte[] pdf = renderer.render(member, URL);
        // the font embedded is made of the characters the certificate needs: PDF/A-2b, the same bytes each time
        assertPdfA2b(pdf);
        assertThat(renderer.render(member, URL)).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFont(resources.getFontNames().iterator().next()).getName())
                    .matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
                    .contains("阿卜杜热合曼·买买提艾力·库尔班江·艾则孜·吐尔逊·阿不都热西提", "作为“星火队”团队成员");
        }
        Certificate rare = certificate(CertificateKind.MEMBER, "吉𠮷", "学生 · 哈尔滨工业大学", null);
        assertThatThrownBy(() -> renderer.render(rare, URL))
                .isInstanceOf(CertificateRenderer.MissingCharacterException.class)
                .hasMessageContaining("𠮷").hasMessageContaining("U+20BB7").hasMessageContaining("QXCX-2023-SME202301-0001");
    }

    @Test
    void datesAreWrittenInChinese() {
        assertThat(CertificateRenderer.chinese(LocalDate.of(2023, 12, 15))).isEqualTo("二〇二三年十二月十五日");
        assertThat(CertificateRenderer.chinese(LocalDate.of(2024, 1, 30))).isEqualTo("二〇二四年一月三十日");
        assertThat(CertificateRenderer.chinese(LocalDate.of(2024, 10, 1))).isEqualTo("二〇二四年十月一日");
        assertThat(CertificateRenderer.chinese(LocalDate.of(2024, 11, 21))).isEqualTo("二〇二四年十一月二十一日");
    }

    private static Certificate certificate(CertificateKind kind, String holder, String role, String members) {
        return new Certificate("QXCX-2023-SME202301-0001", "ABCDEFGHJKMNPQRSTUVW", kind, 1,
                new Certificate.Subject(1L, kind == CertificateKind.MEMBER ? 2L : null, null, 3L, 4L),
                new Certificate.Content(holder, role, kind == CertificateKind.TEAM ? holder : "星火队",
                        "哈尔滨工业大学 × 华为技术有限公司", members, "一等奖",
                        "首届企校协同创新大赛 SME202301 新一代信息技术专项赛", LocalDate.of(2023, 12, 15)));
    }

    /** The QR code of the page, read back from a rendering of it. */
    private static String qr(PDDocument document) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                image.getHeight(), pixels)))).getText();
    }
}
