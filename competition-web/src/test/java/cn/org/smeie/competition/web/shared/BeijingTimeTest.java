package cn.org.smeie.competition.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BeijingTimeTest {

    @Test
    void anInstantIsShownInBeijingTimeWhateverItsOffset() {
        assertEquals("2023-12-15 08:00:00", BeijingTime.seconds(OffsetDateTime.of(2023, 12, 15, 0, 0, 0, 0,
                ZoneOffset.UTC)), "as PostgreSQL returns it");
        assertEquals("2023-12-15 08:00:00", BeijingTime.seconds(OffsetDateTime.of(2023, 12, 15, 8, 0, 0, 0,
                ZoneOffset.ofHours(8))));
        assertEquals("2023-12-15 08:00:00", BeijingTime.seconds(Instant.parse("2023-12-15T00:00:00Z")
                .atZone(ZoneId.of("Europe/Berlin"))));
        assertEquals("2024-01-01 07:59:59", BeijingTime.seconds(Instant.parse("2023-12-31T23:59:59Z")));
        assertEquals("", BeijingTime.seconds(null));
    }
}
