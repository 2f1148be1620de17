package cn.org.smeie.competition.web.api;

import java.util.List;

/**
 * An error of the API (after RFC 9457): what went wrong for a person to read, the message key for
 * a program, and each refused field.
 */
public record Problem(int status, String key, String message, List<FieldProblem> violations) {

    /** One refused field, named as in the request body ({@code members[1].email}). */
    public record FieldProblem(String field, String key, String message) {
    }
}
