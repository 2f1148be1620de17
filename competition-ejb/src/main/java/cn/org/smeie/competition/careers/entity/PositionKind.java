package cn.org.smeie.competition.careers.entity;

/** A job (就业) or an internship (实习). */
public enum PositionKind {
    JOB,
    INTERNSHIP
}
