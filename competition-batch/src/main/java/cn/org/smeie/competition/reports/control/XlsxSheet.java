package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.platform.files.DataFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet with a bold, frozen heading row — numbers as numeric cells (shown with the decimals they carry), so a
 * spreadsheet sums and sorts them; anything else as text — written through POI's streaming
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
    private final Map<Integer, CellStyle> numberStyles = new HashMap<>();

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

    /** A row: numbers (a BigDecimal with its scale's decimals, whole numbers without) as numbers, the rest as text. */
    public void append(List<?> cells) {
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

    private void write(List<?> cells, CellStyle style) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = cells.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(numberStyle(number instanceof BigDecimal decimal ? Math.max(decimal.scale(), 0) : 0));
                continue;
            }
            String text = value == null ? "" : value.toString();
            cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** The style of numbers with so many decimals ("0", "0.00"), made once per workbook. */
    private CellStyle numberStyle(int decimals) {
        return numberStyles.computeIfAbsent(decimals, d -> {
            CellStyle numeric = workbook.createCellStyle();
            numeric.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            return numeric;
        });
    }
}
