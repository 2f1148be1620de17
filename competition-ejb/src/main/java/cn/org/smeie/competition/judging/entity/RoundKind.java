package cn.org.smeie.competition.judging.entity;

/** A round of one track (专项赛) or the edition's finals (全国总决赛). */
public enum RoundKind {
    TRACK,
    FINAL
}
