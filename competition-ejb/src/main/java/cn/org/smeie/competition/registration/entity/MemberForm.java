package cn.org.smeie.competition.registration.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import cn.org.smeie.competition.platform.validation.PersonName;
import cn.org.smeie.competition.platform.validation.PlainText;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A team member as the registration form gives it.
 *
 * @param organization the name of the member's university or enterprise, one of the registration's organizations
 * @param title        职称 / 专业 / 年级: title, major or grade
 * @param presenter    presents at the defense (答辩人员): students only
 */
public record MemberForm(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") @PersonName
        String name,
        @NotNull(message = "{validation.required}")
        MemberKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @PlainText
        String organization,
        @Size(max = 100, message = "{validation.tooLong}") @PlainText
        String title,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 200, message = "{validation.tooLong}")
        String email,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.mobile}")
        String mobile,
        boolean presenter) implements Serializable {

    /**
     * Text without surrounding space; name, e-mail and mobile in their compatibility form (full-width
     * letters and digits as typed by a Chinese input method become the plain ones); e-mail in lower case.
     */
    public MemberForm {
        name = compatible(name);
        organization = strip(organization);
        title = strip(title);
        email = email == null ? null : compatible(email).toLowerCase(Locale.ROOT);
        mobile = compatible(mobile);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String compatible(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
