package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStream;
import java.io.Serializable;
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
 * Writes the directory into a streaming workbook (at most 200 rows in memory) and, when the step
 * ends well, saves it under a temporary name and renames it into place, so a reader of the exports
 * folder never sees half a file.
 */
@Named
@Dependent
public class TrackDirectoryWriter extends AbstractItemWriter {

    private static final int ROWS_IN_MEMORY = 200;
    /** Widths in characters; fixed, since measuring text needs fonts a server may not have. */
    private static final int[] COLUMN_WIDTHS = {12, 16, 24, 50, 50, 50, 32, 10, 14, 12, 10};

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ExportFiles files;

    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private int nextRow;

    @Override
    public void open(Serializable checkpoint) {
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        sheet = workbook.createSheet("赛项 Tracks");
        for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        writeRow(TrackRow.HEADINGS, bold);
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(item -> writeRow(((TrackRow) item).cells(), null));
    }

    @Override
    public void close() throws Exception {
        if (workbook == null) {
            return;
        }
        try {
            if (step.getException() != null) {
                return; // a failed step leaves no file behind; a restart writes it whole
            }
            Path target = files.trackDirectory(job.getExecutionId());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            DataFolder.replaceAtomically(temporary, target);
        } finally {
            workbook.close();
            workbook = null;
        }
    }

    private void writeRow(List<String> cells, CellStyle style) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
