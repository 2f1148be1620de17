package cn.org.smeie.competition.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Shows an instant (an {@link OffsetDateTime}, {@link ZonedDateTime} or {@link Instant}) in Beijing
 * time, whatever offset it carries: PostgreSQL hands timestamps back in UTC, and the standard
 * converter ignores its time zone for these types. Pattern {@code yyyy-MM-dd HH:mm:ss}, or
 * {@code yyyy-MM-dd HH:mm} when the component has the attribute {@code minutes}. Display only.
 */
@FacesConverter("beijingTime")
public class BeijingTime implements Converter<Object> {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        DateTimeFormatter format = component != null && component.getAttributes().containsKey("minutes") ? MINUTES
                : SECONDS;
        return format(value, format);
    }

    static String format(Object value, DateTimeFormatter format) {
        Instant instant;
        if (value == null) {
            return "";
        } else if (value instanceof OffsetDateTime t) {
            instant = t.toInstant();
        } else if (value instanceof ZonedDateTime t) {
            instant = t.toInstant();
        } else if (value instanceof Instant t) {
            instant = t;
        } else {
            return value.toString();
        }
        return format.format(instant.atZone(BEIJING));
    }

    /** For tests and beans: the seconds pattern. */
    public static String seconds(Object value) {
        return format(value, SECONDS);
    }
}
