package cn.org.smeie.competition.registration.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * What a team registers: its name, the project, the enterprise's hard technical problem (企业面临的难点
 * 技术问题, posed by the enterprise expert), the result planned or obtained, its members and its
 * organizations. Field rules are Bean Validation constraints; the rules across fields live in
 * {@code CompositionRules}.
 */
public record RegistrationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
        String teamName,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @PlainText
        String projectTitle,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") @PlainText
        String problemStatement,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") @PlainText
        String resultSummary,
        @Size(max = 30, message = "{validation.tooMany}")
        List<@Valid MemberForm> members,
        @Size(max = 20, message = "{validation.tooMany}")
        List<@Valid OrganizationForm> organizations) implements Serializable {

    public RegistrationForm {
        teamName = teamName == null ? null : teamName.strip();
        projectTitle = projectTitle == null ? null : projectTitle.strip();
        problemStatement = problemStatement == null ? null : problemStatement.strip();
        resultSummary = resultSummary == null ? null : resultSummary.strip();
        members = members == null ? List.of() : List.copyOf(members);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }
}
