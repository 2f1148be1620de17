package cn.org.smeie.competition.reports.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
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

    /** The tables a subset keeps: those PDFBox embeds, and the names and the character map it reads. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

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
     * The part of the font that draws the given texts (and the printable ASCII characters), as a font
     * of its own, parsed; close it after the document using it is saved. Embedding costs time in the
     * number of the font's glyphs, not of those used (PDFBox writes and reads back the widths of every
     * glyph, then subsets): a font of the few dozen characters a certificate needs embeds many times
     * faster than the whole font of 30,000 glyphs. The same texts give the same bytes.
     */
    public static TrueTypeFont subset(TrueTypeFont font, Collection<String> texts) throws IOException {
        CmapLookup characters = font.getUnicodeCmapLookup();
        Set<Integer> wanted = new TreeSet<>();
        IntStream.rangeClosed(0x20, 0x7E).forEach(wanted::add);
        texts.forEach(text -> text.codePoints().filter(cp -> draws(characters, cp)).forEach(wanted::add));
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
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
