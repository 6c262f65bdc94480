package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import pl.wizyty.visit.CalendarFile;
import pl.wizyty.visit.VisitDetails;

/** The "Dodaj do kalendarza" link: the visit as an .ics file, with its summary and description in the UI's language. */
public final class CalendarDownload {

    private CalendarDownload() {
    }

    public static Anchor link(Component owner, VisitDetails visit, String textKey, Locale reader) {
        Anchor calendar = new Anchor(handler(owner, visit, reader), AttachmentType.DOWNLOAD,
                owner.getTranslation(reader, textKey));
        calendar.addClassName("booking-calendar");
        return calendar;
    }

    private static DownloadHandler handler(Component owner, VisitDetails visit, Locale reader) {
        String bring = String.join(", ", visit.matter().whatToBring(reader));
        byte[] file = CalendarFile.of(visit, new CalendarFile.Texts(
                owner.getTranslation(reader, "booking.calendar.summary", visit.matter().name(reader)),
                owner.getTranslation(reader, "booking.calendar.description", visit.bookingNumber(), bring),
                CalendarFile.location(visit, reader))).getBytes(StandardCharsets.UTF_8);
        String fileName = CalendarFile.fileName(visit);
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/calendar; charset=UTF-8");
            event.setContentLength(file.length);
            event.getOutputStream().write(file);
        };
    }
}
