package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.visit.SlotTakenException;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.SlotService;

/**
 * "Zmień termin": a new day and time among the free slots of the same matter and office, the old and the new time
 * side by side, and the confirmation. When the new time was taken meanwhile, the nearest free ones are offered.
 */
class RescheduleVisitDialog extends VisitDialog {

    final SlotPicker picker;
    final Paragraph newTime = new Paragraph();
    final Div alternatives = new Div();
    final Button confirm = new Button();
    final Button back = new Button();

    /** Who moves the visit: the resident through Moje wizyty, or the office through the clerk's desk. */
    @FunctionalInterface
    interface Mover extends Serializable {
        void move(long visitId, long seenVersion, Instant newStart);
    }

    RescheduleVisitDialog(VisitDetails visit, VisitService visits, SlotService slots, SerializableRunnable onMoved) {
        this(visit, (Mover) (id, version, start) -> visits.reschedule(id, version, start), slots, onMoved);
    }

    RescheduleVisitDialog(VisitDetails visit, Mover mover, SlotService slots, SerializableRunnable onMoved) {
        setHeaderTitle(getTranslation("visit.reschedule.heading"));
        addClassName("visit-reschedule");
        Paragraph intro = new Paragraph(getTranslation("visit.reschedule.intro", visit.matter().name(getLocale()),
                visit.office().name(getLocale())));
        Paragraph currentTime = new Paragraph(getTranslation("visit.reschedule.current",
                VisitTexts.when(visit.startsAt(), getLocale())));
        Span arrow = new Span("→");
        arrow.getElement().setAttribute("aria-hidden", "true");
        arrow.addClassName("visit-change-arrow");
        newTime.getElement().setAttribute("role", "status");
        Div change = new Div(currentTime, arrow, newTime);
        change.addClassName("visit-change");
        alternatives.addClassName("booking-alternatives");
        alternatives.setVisible(false);

        picker = new SlotPicker(slots, visit.matter().id(), visit.office().id(), visit.startsAt(), "visit.slots",
                day -> clearError(), this::showChosen);
        showChosen(null);
        add(intro, change, error, alternatives, picker);

        confirm.setText(getTranslation("visit.reschedule.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> reschedule(visit, mover, onMoved));
        back.setText(getTranslation("myVisits.back"));
        back.addClickListener(click -> close());
        getFooter().add(back, confirm);
    }

    private void showChosen(FreeSlot slot) {
        newTime.setText(slot == null ? getTranslation("visit.reschedule.newNone")
                : getTranslation("visit.reschedule.new", VisitTexts.when(slot.start(), getLocale())));
        if (slot != null) {
            clearError();
        }
    }

    private void reschedule(VisitDetails visit, Mover mover, SerializableRunnable onMoved) {
        FreeSlot chosen = picker.chosen();
        if (chosen == null) {
            showError(getTranslation("visit.reschedule.required"));
            return;
        }
        clearError();
        try {
            mover.move(visit.id(), visit.version(), chosen.start());
        } catch (SlotTakenException taken) {
            showError(getTranslation(taken.messageKey()));
            picker.reload();
            showAlternatives(taken.alternatives());
            return;
        } catch (RuleViolation refused) {
            showError(getTranslation(refused.messageKey(), refused.args()));
            return;
        }
        close();
        onMoved.run();
    }

    private void showAlternatives(List<FreeSlot> offered) {
        alternatives.removeAll();
        alternatives.add(new H3(getTranslation("visit.alternatives.heading")));
        if (offered.isEmpty()) {
            alternatives.add(new Paragraph(getTranslation("visit.alternatives.none")));
        }
        Div buttons = new Div();
        buttons.addClassName("booking-choices");
        for (FreeSlot slot : offered) {
            Button button = new Button(DateTimeTexts.dayAndMonth(slot.date(), getLocale()) + ", "
                    + DateTimeTexts.time(slot.time()));
            button.addClassName("booking-choice");
            button.addClickListener(click -> chooseAlternative(slot));
            buttons.add(button);
        }
        alternatives.add(buttons);
        alternatives.setVisible(true);
    }

    private void chooseAlternative(FreeSlot slot) {
        picker.choose(slot);
        alternatives.setVisible(false);
        alternatives.removeAll();
        confirm.focus();
    }
}
