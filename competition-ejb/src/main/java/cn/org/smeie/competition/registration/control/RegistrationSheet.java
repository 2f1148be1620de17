package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of a registration import from an .xlsx workbook (its first sheet) or a .csv file
 * (UTF-8, with or without a byte-order mark, or GBK as Excel saves it on Chinese Windows); the kind
 * is told by the content, not by the name. The first row is the header. A file that cannot be read,
 * lacks a required column or holds too much is refused as a whole, before anything is written.
 */
public final class RegistrationSheet {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Charset GBK = Charset.forName("GB18030");

    private RegistrationSheet() {
    }

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column. */
    public record Row(int number, Map<ImportColumn, String> cells) {

        /** The cell's text without surrounding space, or null when empty. */
        public String get(ImportColumn column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static List<Row> read(byte[] content) {
        if (content.length == 0) {
            throw refused("material.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("material.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> table = startsWith(content, ZIP) ? xlsx(content) : csv(content);
        if (table.isEmpty()) {
            throw refused("import.empty");
        }
        Map<ImportColumn, Integer> positions = columns(table.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            positions.forEach((column, at) -> values.put(column, at < cells.size() ? cells.get(at) : null));
            rows.add(new Row(i + 1, values));
            if (rows.size() > MAX_ROWS) {
                throw refused("import.tooManyRows", MAX_ROWS);
            }
        }
        if (rows.isEmpty()) {
            throw refused("import.empty");
        }
        return rows;
    }

    private static Map<ImportColumn, Integer> columns(List<String> header) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "");
            for (ImportColumn column : ImportColumn.values()) {
                if (!positions.containsKey(column) && column.isNamedBy(cell)) {
                    positions.put(column, i);
                    break;
                }
            }
        }
        String missing = Arrays.stream(ImportColumn.values()).filter(c -> c.required() && !positions.containsKey(c))
                .map(ImportColumn::header).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw refused("import.columnsMissing", missing);
        }
        return positions;
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> table = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > MAX_ROWS + 1) {
                    throw refused("import.tooManyRows", MAX_ROWS);
                }
                while (table.size() < row.getRowNum()) {
                    table.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : text.formatCellValue(cell));
                }
                table.add(cells);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a truncated or damaged workbook: POI fails while unzipping or parsing
            throw refused("import.unreadable");
        }
        return table;
    }

    private static List<List<String>> csv(byte[] content) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw refused("import.unreadable");
        }
        try {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
                if (table.size() > MAX_ROWS + 1) {
                    throw refused("import.tooManyRows", MAX_ROWS);
                }
                table.add(record.toList());
            }
            return table;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("import.unreadable");
        }
    }

    /** UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GBK);
        }
    }

    /** An empty workbook with the header row and one example team, for people to fill in. */
    public static byte[] template() {
        String[][] example = {
            {"zhang@hit.edu.cn", "张老师", "星火队", "工业互联网入侵检测", "产线 PLC 遭受异常指令注入", "基于流量特征的检测原型",
                "张喆", "学生", "哈尔滨工业大学", "高校", "", "计算机 2021 级", "zhe@hit.edu.cn", "13900000001", "是"},
            {"zhang@hit.edu.cn", "", "", "", "", "", "李琨", "教师", "哈尔滨工业大学", "高校", "", "教授", "kun@hit.edu.cn",
                "13900000002", "否"},
            {"zhang@hit.edu.cn", "", "", "", "", "", "王淼", "企业专家", "华为技术有限公司", "企业", "914403001922038216",
                "高级工程师", "miao@huawei.com", "13900000003", "否"},
        };
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("报名导入 import");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].header());
                sheet.setColumnWidth(c, 24 * 256);
            }
            for (int r = 0; r < example.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    row.createCell(c).setCellValue(example[r][c]);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static InvalidInputException refused(String key, Serializable... arguments) {
        return new InvalidInputException(new Violation("file", key, arguments));
    }
}
