package cn.org.smeie.competition.support.entity;

/**
 * The kinds of commercialization support the notice promises (成果转化支持): legal advice, industrial
 * design, intellectual property, financing matchmaking, and mentoring by entrepreneurship,
 * technology, investment and management experts.
 */
public enum SupportKind {
    LEGAL_ADVICE,
    INDUSTRIAL_DESIGN,
    INTELLECTUAL_PROPERTY,
    FINANCING,
    MENTOR_ENTREPRENEURSHIP,
    MENTOR_TECHNOLOGY,
    MENTOR_INVESTMENT,
    MENTOR_MANAGEMENT
}
