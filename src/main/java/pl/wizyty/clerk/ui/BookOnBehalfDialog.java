package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.List;
import java.util.Map;
import pl.wizyty.account.NewResident;
import pl.wizyty.account.ResidentCard;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.ui.OfficeBookingForm;

/**
 * "Umów wizytę w imieniu mieszkańca" for a caller or a walk-in: find the resident by name, e-mail or phone, or record
 * a new one (name plus phone or e-mail, no password), then book with the booking wizard's parts under the same rules.
 * Tells the desk the resident and the booking number.
 */
class BookOnBehalfDialog extends Dialog {

    final TextField find = new TextField();
    final Button search = new Button();
    final UnorderedList found = new UnorderedList();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Button record = new Button();
    final Paragraph error = new Paragraph();
    final Div bookingPart = new Div();
    private final Div residentPart = new Div();
    private final DeskService desk;
    private final SlotService slots;
    private final OfficeInfo office;
    private final SerializableBiConsumer<ResidentCard, String> onBooked;
    OfficeBookingForm form;

    BookOnBehalfDialog(DeskService desk, SlotService slots, OfficeInfo office,
            SerializableBiConsumer<ResidentCard, String> onBooked) {
        this.desk = desk;
        this.slots = slots;
        this.office = office;
        this.onBooked = onBooked;
        setHeaderTitle(getTranslation("desk.book.heading"));
        addClassName("desk-book-dialog");
        setWidth("48rem");
        setMaxWidth("100%");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");

        find.setLabel(getTranslation("desk.book.find"));
        find.setHelperText(getTranslation("desk.book.find.helper"));
        find.setWidthFull();
        search.setText(getTranslation("desk.search"));
        search.addClickListener(click -> search());
        search.addClickShortcut(Key.ENTER).listenOn(find);
        found.addClassName("desk-found");

        firstName.setLabel(getTranslation("registration.firstName"));
        lastName.setLabel(getTranslation("registration.lastName"));
        email.setLabel(getTranslation("registration.email"));
        phone.setLabel(getTranslation("registration.phone"));
        record.setText(getTranslation("desk.book.record"));
        record.addClickListener(click -> record());
        Div newResident = new Div(new H3(getTranslation("desk.book.new")),
                new Paragraph(getTranslation("desk.book.new.helper")), firstName, lastName, email, phone, record);
        newResident.addClassName("desk-new-resident");

        residentPart.add(new Paragraph(getTranslation("desk.book.office", office.name())), find, search, found,
                newResident);
        add(error, residentPart, bookingPart);
        getFooter().add(new Button(getTranslation("desk.cancel.back"), click -> close()));
        find.focus();
    }

    private void search() {
        found.removeAll();
        error.setText("");
        List<ResidentCard> residents = desk.findResidents(find.getValue());
        if (residents.isEmpty()) {
            found.add(new ListItem(getTranslation("desk.book.none")));
        }
        for (ResidentCard resident : residents) {
            Button choose = new Button(getTranslation("desk.book.choose"), click -> choose(resident));
            choose.setAriaLabel(getTranslation("desk.book.choose.label", resident.fullName()));
            ListItem item = new ListItem(new com.vaadin.flow.component.html.Span(describe(resident) + " "), choose);
            found.add(item);
        }
    }

    private String describe(ResidentCard resident) {
        return String.join(", ", java.util.stream.Stream.of(resident.fullName(), resident.email(), resident.phone())
                .filter(text -> text != null && !text.isBlank()).toList());
    }

    private void record() {
        error.setText("");
        try {
            choose(desk.recordResident(new NewResident(firstName.getValue(), lastName.getValue(), email.getValue(),
                    phone.getValue())));
        } catch (RuleViolation refused) {
            FieldErrors.show(refused, Map.of("firstName", firstName, "lastName", lastName, "email", email,
                    "phone", phone), this, error::setText);
        }
    }

    private void choose(ResidentCard resident) {
        residentPart.setVisible(false);
        bookingPart.removeAll();
        form = new OfficeBookingForm(slots, office.id(), desk.bookableMatters(office.id()), resident.email(),
                resident.phone(), request -> desk.bookFor(resident.id(), request), number -> {
                    close();
                    onBooked.accept(resident, number);
                });
        bookingPart.add(new H3(getTranslation("desk.book.for", describe(resident))), form);
    }
}
