package cn.org.smeie.competition.reports.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font the application carries for Chinese in its PDFs: WenQuanYi Micro Hei (Apache-2.0, see
 * {@code fonts/LICENSE-wqy-microhei.txt}), embedded as a subset, so no font of the server is needed.
 * The file is read once; a collection opened over it must stay open until the document is saved
 * (the subset is made then).
 */
public final class CjkFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    static final String NAME = "WenQuanYiMicroHei";

    private static volatile byte[] file;

    private CjkFont() {
    }

    /** A collection over the font file; close it after the documents using it are saved. */
    public static TrueTypeCollection open() {
        try {
            return new TrueTypeCollection(new ByteArrayInputStream(bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + RESOURCE, e);
        }
    }

    /**
     * The font of the collection, parsed: parse it once and keep it for many documents (each call
     * parses it anew, which costs time and, kept per document, memory).
     */
    public static TrueTypeFont font(TrueTypeCollection collection) throws IOException {
        return collection.getFontByName(NAME);
    }

    /**
     * The part of the font that covers the characters of everyday Chinese (GB 2312), Latin letters,
     * digits and punctuation, as a font of its own: some 7,500 glyphs instead of the whole font's
     * 30,000, which PDFBox embeds in a fraction of the time (the widths and the CID-to-glyph map it
     * writes for each document grow with the glyph numbers). Text it cannot draw goes to the whole font.
     */
    public static TrueTypeFont common(TrueTypeFont font) throws IOException {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CmapLookup characters = font.getUnicodeCmapLookup();
        Set<Integer> wanted = new TreeSet<>();
        for (int cp = 0x20; cp < 0x10000; cp++) {
            boolean everyday = cp < 0x2000 || cp >= 0x2000 && cp < 0x2070 || cp >= 0x3000 && cp < 0x3040
                    || cp >= 0xFF00 && cp < 0xFFF0 || Character.isBmpCodePoint(cp)
                    && !Character.isSurrogate((char) cp) && gb2312.canEncode((char) cp);
            if (everyday && characters.getGlyphId(cp) != 0) {
                wanted.add(cp);
            }
        }
        TTFSubsetter subsetter = new TTFSubsetter(font);
        subsetter.addAll(wanted);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        subsetter.writeToStream(bytes);
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
    }

    /** The font for a new document (embedded as a subset of the characters it uses). */
    public static PDType0Font load(PDDocument document, TrueTypeFont font) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    /** The font's Unicode mapping: which characters it can draw. */
    public static CmapLookup characters(TrueTypeFont font) throws IOException {
        return font.getUnicodeCmapLookup();
    }

    /** Whether the font draws the character (a control character it never draws). */
    public static boolean draws(CmapLookup characters, int codePoint) {
        return !Character.isISOControl(codePoint) && characters.getGlyphId(codePoint) != 0;
    }

    private static byte[] bytes() throws IOException {
        byte[] bytes = file;
        if (bytes == null) {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing from the application: " + RESOURCE);
                }
                bytes = in.readAllBytes();
            }
            file = bytes;
        }
        return bytes;
    }
}
