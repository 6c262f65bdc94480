package pl.wizyty.visit.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableRunnable;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.VisitDetails;

/**
 * The visit dialogs residents use in Moje wizyty, opened by the clerk's desk: "Podgląd" with the history, and
 * "Zmień termin" with the same slot picker, moving the visit as the office.
 */
public final class OfficeVisitDialogs {

    private OfficeVisitDialogs() {
    }

    public static Dialog preview(VisitDetails visit) {
        return new VisitPreviewDialog(visit);
    }

    public static Dialog reschedule(VisitDetails visit, DeskService desk, SlotService slots,
            SerializableRunnable onMoved) {
        return new RescheduleVisitDialog(visit, desk::reschedule, slots, onMoved);
    }
}
