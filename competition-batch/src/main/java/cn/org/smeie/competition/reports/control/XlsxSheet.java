package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.platform.files.DataFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of text cells with a bold, frozen heading row, written through POI's streaming
 * workbook (at most 200 rows in memory, so any number of rows fits) and saved under a temporary
 * name, then renamed into place: nobody ever reads half a file.
 */
public final class XlsxSheet implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    /** The most characters a cell of a spreadsheet holds. */
    static final int MAX_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private int nextRow;

    /** @param widths column widths in characters; fixed, since measuring text needs fonts a server may lack */
    public XlsxSheet(String name, List<String> headings, int... widths) {
        sheet = workbook.createSheet(name);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        write(headings, bold);
        sheet.createFreezePane(0, 1);
    }

    public void append(List<String> cells) {
        write(cells, null);
    }

    /** Rows written so far, the heading not counted. */
    public int rows() {
        return nextRow - 1;
    }

    public void saveAs(Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            workbook.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        DataFolder.replaceAtomically(temporary, target);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void write(List<String> cells, CellStyle style) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            String text = cells.get(i) == null ? "" : cells.get(i);
            cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
