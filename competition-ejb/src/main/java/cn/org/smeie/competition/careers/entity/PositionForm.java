package cn.org.smeie.competition.careers.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A position a partner enterprise offers: a job or an internship, where and for how long. */
public record PositionForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                           @PlainText String enterprise,
                           @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                           @PlainText String title,
                           @NotNull(message = "{validation.required}") PositionKind kind,
                           @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
                           @PlainText String city,
                           @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
                           @PlainText String period,
                           @Size(max = 2000, message = "{validation.tooLong}") @PlainText String description)
        implements Serializable {

    public PositionForm {
        enterprise = strip(enterprise);
        title = strip(title);
        city = strip(city);
        period = strip(period);
        description = description == null || description.isBlank() ? null : description.strip();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
