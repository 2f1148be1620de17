package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateKind;
import cn.org.smeie.competition.reports.control.CjkFont;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a certificate (荣誉证书): A4 landscape, a double frame, the title, whom it honours and for
 * what, the issuer with its seal and the date, and in the corner the serial number, the verification
 * code and a QR code of the verification address. Chinese is set in the font the application
 * carries, embedded as a subset; a name too long for its line is set smaller. The PDF is PDF/A-2b
 * (XMP metadata in step with the document information, an sRGB output intent) and the same
 * certificate always gives the same bytes (fixed dates and document id, no randomness). Not
 * thread-safe: one renderer per thread, reused for many certificates (the font is parsed once, and
 * each document embeds its own subset of it).
 */
public final class CertificateRenderer implements AutoCloseable {

    /** The issuer of every certificate. */
    public static final String ISSUER = "企校协同创新大赛组委会";
    private static final String PRODUCER = "企校协同创新大赛 competition platform (Apache PDFBox)";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float[] RED = {0.72f, 0.11f, 0.11f};
    private static final float[] GOLD = {0.70f, 0.53f, 0.20f};
    private static final float[] INK = {0.12f, 0.12f, 0.14f};
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                  <pdfaid:part>2</pdfaid:part>
                  <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>%s</xmp:CreatorTool>
                  <xmp:CreateDate>%s</xmp:CreateDate>
                  <xmp:ModifyDate>%s</xmp:ModifyDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>%s</pdf:Producer>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";
    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final TrueTypeCollection fonts = CjkFont.open();
    private final TrueTypeFont parsed;
    private final CmapLookup characters;

    /** A character the font cannot draw: the certificate that needs it cannot be rendered as it is. */
    public static class MissingCharacterException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public MissingCharacterException(String serial, int codePoint) {
            super("证书 " + serial + " 含有字体中没有的字符“" + new String(Character.toChars(codePoint)) + "”（U+"
                    + String.format("%04X", codePoint) + "）/ certificate " + serial
                    + " needs a character the font lacks: U+" + String.format("%04X", codePoint));
        }
    }

    public CertificateRenderer() {
        try {
            parsed = CjkFont.font(fonts);
            characters = CjkFont.characters(parsed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the certificate font", e);
        }
    }

    /**
     * The PDF of a certificate.
     *
     * @param verifyUrl the public address that verifies it (in the QR code)
     */
    public byte[] render(Certificate certificate, String verifyUrl) throws IOException {
        Certificate.Content c = certificate.content();
        String serial = certificate.getSerial();
        List<String> everything = new ArrayList<>(List.of(c.holder(), c.distinction(), c.scopeName()));
        for (String optional : new String[] {c.holderRole(), c.teamName(), c.organizations(), c.members()}) {
            if (optional != null) {
                everything.add(optional);
            }
        }
        everything.forEach(text -> requireDrawable(serial, text));
        everything.addAll(List.of(serial, certificate.getVerificationCode(), verifyUrl, ISSUER, "荣誉证书",
                "CERTIFICATE OF HONOUR", "团队成员：作为“”团队成员（）在中荣获特发此证，以资鼓励。证书编号验证码扫码或访问以下地址验证："
                        + chinese(c.issuedOn())));
        try (TrueTypeFont needed = CjkFont.subset(parsed, everything);
             PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocument().setVersion(1.7f); // the header says PDF 1.7, as the catalog does
            document.setVersion(1.7f);
            document.setDocumentId((long) serial.hashCode());
            PDType0Font font = CjkFont.load(document, needed);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                frame(s);
                centered(s, font, "荣誉证书", 46, PAGE.getHeight() - 120, RED, 400);
                centered(s, font, "CERTIFICATE OF HONOUR", 11, PAGE.getHeight() - 142, GOLD, 400);
                body(s, font, certificate);
                issuer(s, font, c.issuedOn());
                verification(s, font, serial, certificate.getVerificationCode(), verifyUrl);
            }
            describe(document, certificate);
            document.save(out);
            return out.toByteArray();
        }
    }

    private void body(PDPageContentStream s, PDType0Font font, Certificate certificate) throws IOException {
        Certificate.Content c = certificate.content();
        float y = PAGE.getHeight() - 200;
        float width = PAGE.getWidth() - 220;
        if (certificate.getKind() == CertificateKind.TEAM) {
            y = centered(s, font, c.holder(), 30, y, INK, width);
            y = centered(s, font, c.organizations(), 15, y - 6, INK, width);
            y = paragraph(s, font, "团队成员：" + c.members(), 13, y - 4, width);
        } else {
            y = centered(s, font, c.holder(), 32, y, INK, width);
            if (c.holderRole() != null) {
                y = centered(s, font, c.holderRole(), 15, y - 4, INK, width);
            }
            if (c.teamName() != null) {
                y = paragraph(s, font, "作为“" + c.teamName() + "”团队成员（" + c.organizations() + "）", 13, y - 4,
                        width);
            }
        }
        y = centered(s, font, "在" + c.scopeName() + "中荣获", 16, y - 14, INK, width);
        y = centered(s, font, c.distinction(), 36, y - 34, RED, width);
        centered(s, font, "特发此证，以资鼓励。", 14, y - 10, INK, width);
    }

    private void issuer(PDPageContentStream s, PDType0Font font, LocalDate issued) throws IOException {
        float cx = PAGE.getWidth() - 190;
        float cy = 120;
        seal(s, font, cx, cy + 20);
        text(s, font, ISSUER, 16, cx - width(font, ISSUER, 16) / 2, cy - 26, INK);
        String date = chinese(issued);
        text(s, font, date, 14, cx - width(font, date, 14) / 2, cy - 46, INK);
    }

    /** A round red seal: a ring, a star, the issuer along the upper arc. */
    private void seal(PDPageContentStream s, PDType0Font font, float cx, float cy) throws IOException {
        float r = 52;
        s.setStrokingColor(RED[0], RED[1], RED[2]);
        s.setNonStrokingColor(RED[0], RED[1], RED[2]);
        s.setLineWidth(3);
        circle(s, cx, cy, r);
        s.stroke();
        star(s, cx, cy, 14);
        s.fill();
        String name = ISSUER;
        int n = name.length();
        double from = Math.toRadians(205);
        double to = Math.toRadians(-25);
        for (int i = 0; i < n; i++) {
            double angle = from + (to - from) * i / (n - 1);
            float x = cx + (float) ((r - 15) * Math.cos(angle));
            float y = cy + (float) ((r - 15) * Math.sin(angle));
            s.beginText();
            s.setFont(font, 11);
            s.setTextMatrix(Matrix.getRotateInstance(angle - Math.PI / 2, x, y));
            s.newLineAtOffset(-5.5f, -4f);
            s.showText(name.substring(i, i + 1));
            s.endText();
        }
    }

    private void verification(PDPageContentStream s, PDType0Font font, String serial, String code, String url)
            throws IOException {
        float x = 70;
        float y = 70;
        float size = 76;
        qr(s, url, x, y + 10, size);
        float tx = x + size + 12;
        text(s, font, "证书编号 " + serial, 10, tx, y + 70, INK);
        text(s, font, "验证码 " + code, 10, tx, y + 54, INK);
        text(s, font, "扫码或访问以下地址验证：", 9, tx, y + 38, INK);
        text(s, font, url, 8, tx, y + 24, INK);
    }

    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("cannot encode " + url + " as a QR code", e);
        }
        float module = size / matrix.getWidth();
        s.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
    }

    private static void frame(PDPageContentStream s) throws IOException {
        s.setStrokingColor(GOLD[0], GOLD[1], GOLD[2]);
        s.setLineWidth(6);
        s.addRect(24, 24, PAGE.getWidth() - 48, PAGE.getHeight() - 48);
        s.stroke();
        s.setStrokingColor(RED[0], RED[1], RED[2]);
        s.setLineWidth(1.5f);
        s.addRect(36, 36, PAGE.getWidth() - 72, PAGE.getHeight() - 72);
        s.stroke();
        float corner = 22;
        for (float[] c : new float[][] {{36, 36}, {PAGE.getWidth() - 36, 36}, {36, PAGE.getHeight() - 36},
                {PAGE.getWidth() - 36, PAGE.getHeight() - 36}}) {
            float dx = c[0] < PAGE.getWidth() / 2 ? corner : -corner;
            float dy = c[1] < PAGE.getHeight() / 2 ? corner : -corner;
            s.moveTo(c[0] + dx, c[1] + dy / 3);
            s.lineTo(c[0] + dx, c[1] + dy);
            s.lineTo(c[0] + dx / 3, c[1] + dy);
            s.stroke();
        }
    }

    /** One centred line, set smaller (down to 60 % of {@code size}) until it fits; returns the next baseline. */
    private float centered(PDPageContentStream s, PDType0Font font, String line, float size, float y, float[] color,
                           float maxWidth) throws IOException {
        float fitted = size;
        while (fitted > size * 0.6f && width(font, line, fitted) > maxWidth) {
            fitted -= 0.5f;
        }
        if (width(font, line, fitted) > maxWidth) {
            return paragraph(s, font, line, fitted, y, maxWidth);
        }
        text(s, font, line, fitted, (PAGE.getWidth() - width(font, line, fitted)) / 2, y, color);
        return y - fitted * 1.45f;
    }

    /** Centred lines broken where the width ends; returns the next baseline. */
    private float paragraph(PDPageContentStream s, PDType0Font font, String text, float size, float y, float maxWidth)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (width(font, next, size) > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        float baseline = y;
        for (String l : lines) {
            text(s, font, l, size, (PAGE.getWidth() - width(font, l, size)) / 2, baseline, INK);
            baseline -= size * 1.45f;
        }
        return baseline;
    }

    private static void text(PDPageContentStream s, PDType0Font font, String text, float size, float x, float y,
                             float[] color) throws IOException {
        s.setNonStrokingColor(color[0], color[1], color[2]);
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static float width(PDType0Font font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void circle(PDPageContentStream s, float cx, float cy, float r) throws IOException {
        float k = 0.552284749831f * r;
        s.moveTo(cx + r, cy);
        s.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        s.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        s.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        s.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        s.closePath();
    }

    private static void star(PDPageContentStream s, float cx, float cy, float r) throws IOException {
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r : r * 0.4f;
            float x = cx + (float) (radius * Math.cos(angle));
            float y = cy + (float) (radius * Math.sin(angle));
            if (i == 0) {
                s.moveTo(x, y);
            } else {
                s.lineTo(x, y);
            }
        }
        s.closePath();
    }

    /** PDF/A-2b: the XMP metadata and the document information say the same; an sRGB output intent. */
    private void describe(PDDocument document, Certificate certificate) throws IOException {
        Calendar issued = GregorianCalendar.from(certificate.getIssuedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")));
        issued.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        String title = "荣誉证书 " + certificate.getSerial();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(ISSUER);
        info.setCreator(ISSUER);
        info.setProducer(PRODUCER);
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                certificate.getIssuedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")))));
        document.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /**
     * The XMP packet PDF/A asks for, the same facts as the document information: written from a
     * template (XMPBox builds a DOM and runs an XSLT serializer, which took a fifth of a certificate's time).
     */
    static byte[] xmp(String title, String date) {
        return XMP.formatted(escape(title), escape(ISSUER), escape(ISSUER), date, date, escape(PRODUCER))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void requireDrawable(String serial, String text) {
        text.codePoints().filter(cp -> !CjkFont.draws(characters, cp)).findFirst().ifPresent(cp -> {
            throw new MissingCharacterException(serial, cp);
        });
    }

    /** 二〇二三年十二月十五日. */
    static String chinese(LocalDate date) {
        StringBuilder year = new StringBuilder();
        String.valueOf(date.getYear()).chars().forEach(d -> year.append(DIGITS[d - '0']));
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    private static String number(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n >= 20 ? DIGITS[n / 10] : "") + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }

    @Override
    public void close() throws IOException {
        fonts.close();
    }
}
