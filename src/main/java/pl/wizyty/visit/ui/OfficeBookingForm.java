package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.List;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.SlotTakenException;

/**
 * The booking wizard's parts for the office booking on a resident's behalf: the matter (of the clerk's office), the
 * same day-and-time picker and contact form residents use, and "Umów wizytę". The rules are the write path's, so a
 * refusal comes back from the service and is shown where it belongs.
 */
public class OfficeBookingForm extends Div {

    /** Books the request for the resident and answers with the booking number. */
    @FunctionalInterface
    public interface Booker extends Serializable {
        String book(BookingRequest request);
    }

    final Select<MatterInfo> matter = new Select<>();
    final Div pickerHolder = new Div();
    final ContactForm contact = new ContactForm();
    final Paragraph error = new Paragraph();
    final Button book = new Button();
    SlotPicker picker;
    private final SlotService slots;
    private final long officeId;

    public OfficeBookingForm(SlotService slots, long officeId, List<MatterInfo> matters, String email, String phone,
            Booker booker, SerializableConsumer<String> onBooked) {
        this.slots = slots;
        this.officeId = officeId;
        addClassName("office-booking");
        matter.setLabel(getTranslation("booking.step.short.matter"));
        matter.setItems(matters);
        matter.setItemLabelGenerator(MatterInfo::name);
        matter.addValueChangeListener(change -> showPicker(change.getValue()));
        contact.prefill(email, phone);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        book.setText(getTranslation("booking.confirm"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> book(booker, onBooked));
        add(matter, pickerHolder, contact, error, book);
        if (matters.size() == 1) {
            matter.setValue(matters.getFirst());
        }
    }

    private void showPicker(MatterInfo chosen) {
        pickerHolder.removeAll();
        picker = null;
        if (chosen != null) {
            picker = new SlotPicker(slots, chosen.id(), officeId, null, "visit.slots", day -> error.setText(""),
                    slot -> error.setText(""));
            pickerHolder.add(picker);
        }
    }

    private void book(Booker booker, SerializableConsumer<String> onBooked) {
        FreeSlot slot = picker == null ? null : picker.chosen();
        if (slot == null) {
            error.setText(getTranslation("desk.book.timeRequired"));
            return;
        }
        contact.clearErrors();
        ContactForm.Contact typed = contact.value();
        try {
            String number = booker.book(new BookingRequest(matter.getValue().id(), officeId, slot.start(),
                    typed.email(), typed.phone(), typed.note(), typed.accessibilityNeeds()));
            onBooked.accept(number);
        } catch (SlotTakenException taken) {
            error.setText(getTranslation(taken.messageKey()));
            picker.reload();
        } catch (RuleViolation refused) {
            contact.show(refused, error::setText);
        }
    }
}
