package cn.org.smeie.competition.judging.entity;

/**
 * The live stage of the finals: WAITING (no team yet), ON_STAGE (a team presents and the judges'
 * totals appear as they submit), REVEALED (the team's final score is shown).
 */
public enum StagePhase {
    WAITING,
    ON_STAGE,
    REVEALED
}
