package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import pl.wizyty.visit.CalendarFile;
import pl.wizyty.visit.VisitDetails;

/** The "Dodaj do kalendarza" link: the visit as an .ics file, with its summary and description in the UI's language. */
public final class CalendarDownload {

    private CalendarDownload() {
    }

    public static Anchor link(Component owner, VisitDetails visit, String textKey) {
        Anchor calendar = new Anchor(handler(owner, visit), AttachmentType.DOWNLOAD, owner.getTranslation(textKey));
        calendar.addClassName("booking-calendar");
        return calendar;
    }

    private static DownloadHandler handler(Component owner, VisitDetails visit) {
        String bring = String.join(", ", visit.matter().whatToBring());
        byte[] file = CalendarFile.of(visit, owner.getTranslation("booking.calendar.summary", visit.matter().name()),
                owner.getTranslation("booking.calendar.description", visit.bookingNumber(), bring))
                .getBytes(StandardCharsets.UTF_8);
        String fileName = CalendarFile.fileName(visit);
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/calendar; charset=UTF-8");
            event.setContentLength(file.length);
            event.getOutputStream().write(file);
        };
    }
}
