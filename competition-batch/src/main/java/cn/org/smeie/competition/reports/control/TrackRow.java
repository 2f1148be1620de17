package cn.org.smeie.competition.reports.control;

import java.util.List;

/** One line of the track directory: the cells in column order. */
public record TrackRow(List<String> cells) {

    /** Column headings, Chinese then English. */
    public static final List<String> HEADINGS = List.of(
            "编号 Code", "赛项领域 Field", "Field (EN)", "聚焦场景 Focus", "考察能力 Abilities", "比赛目标 Objective",
            "承办单位 Host organization", "联系人 Contact", "联系电话 Phone", "比赛日期 Date", "状态 Status");
}
