package cn.org.smeie.competition.edition.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * What the committee says of an edition (届): its number and year, its names, its calendar
 * (registration deadline in Beijing time, the day by which every track competition is held, the
 * finals month) and the team size it allows. Each constraint's message is a business message key.
 */
public record EditionForm(
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{edition.ordinal.range}")
        @Max(value = 99, message = "{edition.ordinal.range}")
        Integer ordinal,
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{edition.year.range}")
        @Max(value = 2100, message = "{edition.year.range}")
        Integer year,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @PlainText
        String nameZh,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @PlainText
        String nameEn,
        @NotNull(message = "{validation.required}")
        LocalDateTime registrationDeadline,
        @NotNull(message = "{validation.required}")
        LocalDate trackDeadline,
        @NotNull(message = "{validation.required}")
        YearMonth finalsMonth,
        @NotNull(message = "{validation.required}") @Min(value = 3, message = "{edition.teamSize.range}")
        @Max(value = 30, message = "{edition.teamSize.range}")
        Integer minTeamSize,
        @NotNull(message = "{validation.required}") @Min(value = 3, message = "{edition.teamSize.range}")
        @Max(value = 30, message = "{edition.teamSize.range}")
        Integer maxTeamSize) implements Serializable {

    /** The same form with surrounding white space removed from the names. */
    public EditionForm stripped() {
        return new EditionForm(ordinal, year, nameZh == null ? null : nameZh.strip(),
                nameEn == null ? null : nameEn.strip(), registrationDeadline, trackDeadline, finalsMonth, minTeamSize,
                maxTeamSize);
    }

    /** Whether the calendar keeps {@link Edition#calendarInOrder}'s rule (missing dates are Bean Validation's to refuse). */
    public boolean calendarInOrder() {
        return registrationDeadline == null || trackDeadline == null || finalsMonth == null
                || Edition.calendarInOrder(registrationDeadline, trackDeadline, finalsMonth);
    }
}
