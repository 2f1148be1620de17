package cn.org.smeie.competition.reports.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
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

    /** The font of the collection, for a new document (embedded as a subset). */
    public static PDType0Font load(PDDocument document, TrueTypeCollection collection) throws IOException {
        TrueTypeFont font = collection.getFontByName(NAME);
        return PDType0Font.load(document, font, true);
    }

    /** The font's Unicode mapping: which characters it can draw. */
    public static CmapLookup characters(TrueTypeCollection collection) throws IOException {
        return collection.getFontByName(NAME).getUnicodeCmapLookup();
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
