package cn.org.smeie.competition.problemboard.boundary;

import java.io.Serializable;

/**
 * A problem just posted, and the code with which its enterprise follows it (also mailed to the
 * contact; the platform keeps only its hash, so it is shown this once).
 */
public record PostedProblem(long problemId, String manageCode) implements Serializable {
}
