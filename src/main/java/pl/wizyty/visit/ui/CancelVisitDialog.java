package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.visit.Visit;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;

/**
 * "Odwołaj wizytę": the visit's details, an optional reason and the confirmation. A reason that is too long is not
 * cut: the service refuses it and the message appears at the field. Any refusal leaves the visit as it was.
 */
class CancelVisitDialog extends VisitDialog {

    private static final String REASON_TOO_LONG = "visit.cancel.reasonTooLong";

    final TextArea reason = new TextArea();
    final Span counter = new Span();
    final Button confirm = new Button();
    final Button back = new Button();

    CancelVisitDialog(VisitDetails visit, VisitService visits, SerializableRunnable onCancelled) {
        setHeaderTitle(getTranslation("visit.cancel.heading"));
        addClassName("visit-cancel");

        DescriptionList details = new DescriptionList();
        details.addClassName("visit-details");
        VisitTexts.row(details, "visit.field.matter", visit.matter().name(getLocale()), null);
        VisitTexts.row(details, "visit.field.office", visit.office().name(getLocale()), null);
        VisitTexts.row(details, "visit.field.date", DateTimeTexts.date(visit.startsAt(), getLocale()), null);
        VisitTexts.row(details, "visit.field.time", DateTimeTexts.time(visit.startsAt()), null);
        VisitTexts.row(details, "visit.field.number", visit.bookingNumber(), null);

        reason.setLabel(getTranslation("visit.cancel.reason.label"));
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addClassName("visit-cancel-reason");
        Span optional = new Span(getTranslation("visit.cancel.reason.helper"));
        counter.addClassName("visit-counter");
        Div helper = new Div(optional, counter);
        helper.addClassName("visit-reason-helper");
        reason.setHelperComponent(helper);
        showCount();
        reason.addValueChangeListener(change -> {
            showCount();
            if (reason.isInvalid() && reason.getValue().strip().length() <= Visit.CANCEL_REASON_MAX) {
                reason.setInvalid(false);
            }
        });

        Div section = new Div(new H3(getTranslation("visit.cancel.detailsHeading")), details, reason);
        section.addClassName("visit-cancel-section");
        add(error, section);

        confirm.setText(getTranslation("visit.cancel.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> cancel(visit, visits, onCancelled));
        back.setText(getTranslation("myVisits.back"));
        back.addClickListener(click -> close());
        getFooter().add(back, confirm);
    }

    private void showCount() {
        counter.setText(getTranslation("visit.cancel.reason.counter", reason.getValue().length(),
                Visit.CANCEL_REASON_MAX));
    }

    private void cancel(VisitDetails visit, VisitService visits, SerializableRunnable onCancelled) {
        clearError();
        reason.setInvalid(false);
        try {
            visits.cancel(visit.id(), visit.version(), reason.getValue());
        } catch (RuleViolation refused) {
            String message = getTranslation(refused.messageKey(), refused.args());
            if (REASON_TOO_LONG.equals(refused.messageKey())) {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
                reason.focus();
            } else {
                showError(message);
            }
            return;
        }
        close();
        onCancelled.run();
    }
}
