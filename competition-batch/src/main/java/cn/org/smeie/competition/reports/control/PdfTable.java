package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.platform.files.DataFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report as a PDF table in Chinese: a title, a few lines saying what it is, a heading row repeated
 * on every page, the rows, and page numbers. A4, portrait. Text that does not fit its column is set
 * smaller, down to a limit, then cut with an ellipsis; a character the font lacks is shown as "?".
 * Saved under a temporary name, then renamed into place.
 */
public final class PdfTable implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float ROW = 16;
    private static final float TEXT = 9;
    private static final float SMALLEST = 6;

    /** A column: its heading and its share of the width. */
    public record Column(String heading, float share) {
    }

    private final TrueTypeCollection fonts = CjkFont.open();
    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final CmapLookup characters;
    private List<Column> columns;
    private float[] widths;
    private PDPageContentStream page;
    private float y;
    private int pages;

    public PdfTable(String title, List<String> facts, List<Column> columns) throws IOException {
        TrueTypeFont parsed = CjkFont.font(fonts);
        font = CjkFont.load(document, parsed);
        characters = CjkFont.characters(parsed);
        columns(columns);
        newPage();
        write(MARGIN, y, title, 16, PAGE.getWidth() - 2 * MARGIN);
        y -= 24;
        for (String fact : facts) {
            write(MARGIN, y, fact, 8, PAGE.getWidth() - 2 * MARGIN);
            y -= 12;
        }
        y -= 6;
        heading();
    }

    /** Another table after this one, on the same pages: its title, then its columns' heading. */
    public void section(String title, List<Column> next) throws IOException {
        columns(next);
        if (y < MARGIN + 4 * ROW) {
            newPage();
        } else {
            y -= ROW / 2;
        }
        write(MARGIN, y, title, 11, PAGE.getWidth() - 2 * MARGIN);
        y -= ROW;
        heading();
    }

    private void columns(List<Column> next) {
        columns = List.copyOf(next);
        float total = (float) next.stream().mapToDouble(Column::share).sum();
        widths = new float[next.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (PAGE.getWidth() - 2 * MARGIN) * next.get(i).share() / total;
        }
    }

    public void row(List<String> cells) throws IOException {
        if (y < MARGIN + ROW) {
            newPage();
            heading();
        }
        cells(cells);
    }

    public void saveAs(Path target) throws IOException {
        page.close();
        page = null;
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            document.save(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        DataFolder.replaceAtomically(temporary, target);
    }

    @Override
    public void close() throws IOException {
        try {
            if (page != null) {
                page.close();
            }
            document.close();
        } finally {
            fonts.close();
        }
    }

    private void heading() throws IOException {
        page.setNonStrokingColor(0.9f, 0.92f, 0.96f);
        page.addRect(MARGIN, y - 4, PAGE.getWidth() - 2 * MARGIN, ROW);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        cells(columns.stream().map(Column::heading).toList());
    }

    private void cells(List<String> cells) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            write(x + 2, y, i < cells.size() ? cells.get(i) : "", TEXT, widths[i] - 4);
            x += widths[i];
        }
        y -= ROW;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        write(PAGE.getWidth() - MARGIN - 60, MARGIN / 2, "第 " + pages + " 页", 8, 60);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Writes text at (x, y), smaller when it does not fit {@code width}, cut when even the smallest does not. */
    private void write(float x, float baseline, String text, float size, float width) throws IOException {
        String shown = printable(text == null ? "" : text);
        float fitted = size;
        while (fitted > SMALLEST && widthOf(shown, fitted) > width) {
            fitted -= 0.5f;
        }
        if (widthOf(shown, fitted) > width) {
            while (!shown.isEmpty() && widthOf(shown + "…", fitted) > width) {
                shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -1));
            }
            shown += "…";
        }
        page.beginText();
        page.setFont(font, fitted);
        page.newLineAtOffset(x, baseline);
        page.showText(shown);
        page.endText();
    }

    private float widthOf(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font lacks (and every control character) shown as "?". */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> shown.appendCodePoint(CjkFont.draws(characters, cp) ? cp : '?'));
        return shown.toString();
    }

    /** How many pages so far (for tests and logs). */
    public int pages() {
        return pages;
    }

    static List<Column> columns(Object... headingsAndShares) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headingsAndShares.length; i += 2) {
            columns.add(new Column((String) headingsAndShares[i], ((Number) headingsAndShares[i + 1]).floatValue()));
        }
        return columns;
    }
}
