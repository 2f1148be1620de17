package cn.org.smeie.competition.publicity.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A report of the media on a finals first prize: where, under what title, when, and its address. */
public record PublicityForm(@NotNull(message = "{validation.required}") Long registrationId,
                            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                            @PlainText String outlet,
                            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
                            @PlainText String title,
                            @NotNull(message = "{validation.required}") LocalDate publishedOn,
                            @Size(max = 500, message = "{validation.tooLong}")
                            @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.link}") String link)
        implements Serializable {

    public PublicityForm {
        outlet = outlet == null ? null : outlet.strip();
        title = title == null ? null : title.strip();
        link = link == null || link.isBlank() ? null : link.strip();
    }
}
