package cn.org.smeie.competition.scoring.control;

import cn.org.smeie.competition.platform.error.Messages;
import cn.org.smeie.competition.reports.control.PdfTable;
import cn.org.smeie.competition.reports.control.XlsxSheet;
import cn.org.smeie.competition.results.control.RankingChanges;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.results.control.ResultReports;
import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.RankingRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the reports of a round: its results as PDF (Chinese, the application's own font) and
 * .xlsx, and its judges' consistency as .xlsx; and the committee's overview of every round.
 */
public final class ResultReportWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<Prize, String> PRIZES = Map.of(Prize.FIRST, "一等奖", Prize.SECOND, "二等奖",
            Prize.THIRD, "三等奖");
    private static final List<String> RESULT_HEADINGS = List.of("名次 Rank", "团队 Team", "项目 Project",
            "高校 Universities", "企业 Enterprises", "得分 Score", "未去分平均 Untrimmed", "评委数 Judges",
            "并列 Tied", "奖项 Prize", "奖金 Money", "同分比较 Tie-breaks");
    private static final List<String> JUDGE_HEADINGS = List.of("评委 Judge", "评分表 Sheets", "平均分 Mean",
            "标准差 SD", "与评委组平均的偏差 Mean deviation", "提示 Flagged");
    static final List<String> OVERVIEW_HEADINGS = List.of("赛项 Track", "领域 Field", "团队 Teams",
            "有得分 Ranked", "评分表 Sheets", "评委 Judges", "最高分 Top", "平均分 Mean", "排名版本 Snapshot",
            "获奖状态 Awards", "一等奖 First", "二等奖 Second", "三等奖 Third", "提示的评委 Flagged judges");

    private ResultReportWriter() {
    }

    /** The three files of one round, in {@code folder}. */
    public static void write(ResultReports.RoundReport report, Path folder) throws IOException {
        String code = report.code();
        try (XlsxSheet sheet = new XlsxSheet("结果 Results", RESULT_HEADINGS, 8, 24, 28, 28, 28, 10, 12, 8, 8, 10,
                12, 40)) {
            report.rows().forEach(row -> sheet.append(resultCells(row)));
            sheet.saveAs(folder.resolve(ReportFolder.Kind.RESULTS_XLSX.fileName(code)));
        }
        try (PdfTable pdf = new PdfTable(report.editionYear() + " 企校协同创新大赛 · " + code + " " + report.trackField()
                + " 评审结果", facts(report), List.of(new PdfTable.Column("名次", 5), new PdfTable.Column("团队", 16),
                new PdfTable.Column("高校 × 企业", 26), new PdfTable.Column("得分", 7), new PdfTable.Column("未去分", 7),
                new PdfTable.Column("评委", 5), new PdfTable.Column("奖项", 7)))) {
            for (RankingRow row : report.rows()) {
                pdf.row(List.of(rank(row), row.teamName(), row.universities() + " × " + row.enterprises(),
                        number(row.score()), number(row.untrimmedMean()), Integer.toString(row.judges()),
                        row.prize() == null ? "" : PRIZES.get(row.prize())));
            }
            if (!report.changes().isEmpty()) {
                pdf.section("与上一版本（v" + (report.snapshotVersion() - 1) + "）相比的变化 Changes since the version"
                        + " before", List.of(new PdfTable.Column("团队", 22), new PdfTable.Column("名次", 10),
                        new PdfTable.Column("得分", 18), new PdfTable.Column("奖项（按当前名额）", 23)));
                for (RankingChanges.Named named : report.changes()) {
                    RankingChanges.Change c = named.change();
                    pdf.row(List.of(named.teamName(), orDash(c.oldRank()) + " → " + orDash(c.newRank()),
                            orDash(c.oldScore()) + " → " + orDash(c.newScore()),
                            prize(c.oldPrize()) + " → " + prize(c.newPrize())));
                }
            }
            pdf.saveAs(folder.resolve(ReportFolder.Kind.RESULTS_PDF.fileName(code)));
        }
        try (XlsxSheet sheet = new XlsxSheet("评委 Judges", JUDGE_HEADINGS, 24, 10, 10, 10, 24, 10)) {
            report.judges().forEach(j -> sheet.append(Arrays.asList(j.judge(), j.sheets(), j.mean(), j.spread(),
                    j.meanDeviation(), j.flagged() ? "是 yes" : "")));
            sheet.saveAs(folder.resolve(ReportFolder.Kind.JUDGES_XLSX.fileName(code)));
        }
    }

    /** The overview: a line per round. */
    public static void overview(List<ResultReports.RoundReport> reports, Path folder) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet("总览 Overview", OVERVIEW_HEADINGS, 12, 16, 8, 8, 10, 8, 8, 8, 10, 14,
                8, 8, 8, 12)) {
            for (ResultReports.RoundReport r : reports) {
                List<RankingRow> ranked = r.rows().stream().filter(row -> row.score() != null).toList();
                BigDecimal top = ranked.stream().map(RankingRow::score).max(BigDecimal::compareTo).orElse(null);
                BigDecimal mean = ranked.isEmpty() ? null : ranked.stream().map(RankingRow::score)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(ranked.size()), 2, java.math.RoundingMode.HALF_UP);
                List<Object> cells = new ArrayList<>(Arrays.asList(r.code(), r.trackField(), r.rows().size(),
                        ranked.size(), r.sheets(), r.judges().size(), top, mean, "v" + r.snapshotVersion(),
                        Messages.format(Locale.SIMPLIFIED_CHINESE, "label.awardStatus." + r.awards())));
                for (Prize prize : Prize.values()) {
                    cells.add(r.rows().stream().filter(row -> row.prize() == prize).count());
                }
                cells.add(r.judges().stream().filter(ResultReports.JudgeLine::flagged).count());
                sheet.append(cells);
            }
            sheet.saveAs(folder.resolve(ReportFolder.OVERVIEW));
        }
    }

    private static List<String> facts(ResultReports.RoundReport report) {
        return List.of("排名规则 Rule: " + report.rule(),
                "排名版本 Snapshot v" + report.snapshotVersion() + " · 输入校验和 SHA-256 " + report.checksum(),
                "获奖状态 Awards: " + Messages.format(Locale.SIMPLIFIED_CHINESE, "label.awardStatus." + report.awards())
                        + " · 生成于 " + STAMP.format(OffsetDateTime.now(ZoneId.of(
                        "Asia/Shanghai"))) + "（北京时间）",
                "并列（同分比较后仍相同）以 = 标出。");
    }

    /** A team's line of the results sheet: rank, scores, judges and money as numbers. */
    private static List<Object> resultCells(RankingRow row) {
        return Arrays.asList(row.rank() == null ? "—" : row.rank(), row.teamName(), row.projectTitle(),
                row.universities(), row.enterprises(), row.score(), row.untrimmedMean(), row.judges(),
                row.tied() ? "=" : "", row.prize() == null ? "" : PRIZES.get(row.prize()), row.prizeMoney(),
                row.tieBreakValues() == null ? "" : row.tieBreakValues());
    }

    private static String orDash(Object value) {
        return value == null ? "—" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    private static String prize(Prize prize) {
        return prize == null ? "—" : PRIZES.get(prize);
    }

    private static String rank(RankingRow row) {
        return row.rank() == null ? "—" : row.rank() + (row.tied() ? " =" : "");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
