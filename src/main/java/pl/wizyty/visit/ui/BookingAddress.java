package pl.wizyty.visit.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The choices of the booking wizard as they stand in its address, e.g.
 * {@code umow-wizyte?sprawa=12&dzien=2026-12-03&godzina=09:30}, so that Back, a reload and a link from the
 * municipality's own pages all land on the right step. {@code wydzial} is added only when a matter is handled by more
 * than one office. A part that cannot be read is dropped, together with everything after it.
 */
record BookingAddress(Long matterId, Long officeId, LocalDate day, LocalTime time) {

    static final String MATTER = "sprawa";
    static final String OFFICE = "wydzial";
    static final String DAY = "dzien";
    static final String TIME = "godzina";
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    static final BookingAddress EMPTY = new BookingAddress(null, null, null, null);

    /** Reads the address; {@code readable} tells whether every part present could be read. */
    static Parsed parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Optional<Long> matter = first(values, MATTER).flatMap(BookingAddress::number);
        Optional<Long> office = first(values, OFFICE).flatMap(BookingAddress::number);
        Optional<LocalDate> day = first(values, DAY).flatMap(BookingAddress::date);
        Optional<LocalTime> time = first(values, TIME).flatMap(BookingAddress::time);
        boolean readable = matter.isPresent() == first(values, MATTER).isPresent()
                && office.isPresent() == first(values, OFFICE).isPresent()
                && day.isPresent() == first(values, DAY).isPresent()
                && time.isPresent() == first(values, TIME).isPresent();
        BookingAddress address = new BookingAddress(matter.orElse(null), office.orElse(null),
                matter.isPresent() ? day.orElse(null) : null,
                matter.isPresent() && day.isPresent() ? time.orElse(null) : null);
        return new Parsed(address, readable);
    }

    record Parsed(BookingAddress address, boolean readable) {
    }

    BookingAddress withMatter(long matter, Long office) {
        return new BookingAddress(matter, office, null, null);
    }

    BookingAddress withDay(LocalDate chosen) {
        return new BookingAddress(matterId, officeId, chosen, null);
    }

    BookingAddress withTime(LocalTime chosen) {
        return new BookingAddress(matterId, officeId, day, chosen);
    }

    /** The address of the step before this one. */
    BookingAddress back() {
        if (time != null) {
            return new BookingAddress(matterId, officeId, day, null);
        }
        if (day != null) {
            return new BookingAddress(matterId, officeId, null, null);
        }
        return EMPTY;
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (matterId != null) {
            values.put(MATTER, matterId.toString());
        }
        if (officeId != null) {
            values.put(OFFICE, officeId.toString());
        }
        if (day != null) {
            values.put(DAY, day.toString());
        }
        if (time != null) {
            values.put(TIME, TIME_FORMAT.format(time));
        }
        return QueryParameters.simple(values);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).flatMap(list -> list.stream().findFirst());
    }

    private static Optional<Long> number(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), TIME_FORMAT));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }
}
