package cn.org.smeie.competition.judging.entity;

/** The live stage of a FINAL round changed: its screens should show it anew. A CDI event. */
public record StageChanged(long roundId) {
}
