package cn.org.smeie.competition.problemboard.entity;

import cn.org.smeie.competition.platform.validation.PersonName;
import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A hard technical problem an enterprise posts for a track (企业面临的难点技术问题), with whom to contact. */
public record ProblemForm(@NotNull(message = "{validation.required}") Long trackId,
                          @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                          @PlainText String enterprise,
                          @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                          @PlainText String title,
                          @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
                          @PlainText String field,
                          @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}")
                          @PlainText String description,
                          @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                          @PlainText String expectedResult,
                          @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
                          @PersonName String contactName,
                          @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                          @Email(message = "{validation.email}") String contactEmail,
                          @NotBlank(message = "{validation.required}")
                          @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.mobile}") String contactMobile)
        implements Serializable {

    public ProblemForm {
        enterprise = strip(enterprise);
        title = strip(title);
        field = strip(field);
        description = strip(description);
        expectedResult = strip(expectedResult);
        contactName = strip(contactName);
        contactEmail = contactEmail == null ? null : contactEmail.strip().toLowerCase();
        contactMobile = strip(contactMobile);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
