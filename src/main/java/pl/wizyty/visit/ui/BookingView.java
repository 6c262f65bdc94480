package pl.wizyty.visit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import pl.wizyty.account.AccountProfile;
import pl.wizyty.account.AccountService;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.base.ui.ToggleButtons;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.MatterAtOffice;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.SlotTakenException;

/**
 * Umów wizytę: a thin wizard over three step components (the matter list, the shared day-and-time picker, the contact
 * form). Every step has its own address carrying the choices made so far ({@link BookingAddress}), so the browser's
 * Back, a reload and a link from the municipality's pages land on the right step; what the address asks for is
 * checked against the schedule and, when it no longer holds, the wizard falls back to the step that needs a new
 * choice and says why. Focus moves to the step's heading so a screen reader announces where the person is.
 */
@Route(value = Routes.BOOKING, layout = MainLayout.class)
@RolesAllowed(Roles.RESIDENT)
class BookingView extends Div implements TitledPage, BeforeEnterObserver {

    enum Step {
        MATTER("booking.step.matter", "booking.step.short.matter"),
        DAY("booking.step.day", "booking.step.short.day"),
        TIME("booking.step.time", "booking.step.short.time"),
        CONFIRM("booking.step.confirm", "booking.step.short.confirm");

        final String headingKey;
        final String shortKey;

        Step(String headingKey, String shortKey) {
            this.headingKey = headingKey;
            this.shortKey = shortKey;
        }
    }

    private final SlotService slots;
    private final BookingService booking;
    private final AccountService accounts;
    private final ScheduleService schedule;

    final H2 stepHeading = new H2();
    final Paragraph formError = new Paragraph();
    final Paragraph status = new Paragraph();
    final Button back = new Button();
    final Button next = new Button();
    final Button confirm = new Button();
    final MatterStep matterStep;
    /** Step 4's form, built when the person first reaches step 4 (most sessions never do; it is heavy). */
    ContactForm contact;
    final Div alternatives = new Div();
    SlotPicker picker;
    /** The four steps as one list of markup (see Markup); the current one is marked in {@link #show}. */
    private final OrderedList progress = new OrderedList();
    private final Paragraph chosenMatterText = new Paragraph();
    private final Div pickerHolder = new Div();
    private final BookingSummary summary = new BookingSummary();
    private final Div confirmStep = new Div();

    private Step step = Step.MATTER;
    private BookingAddress address = BookingAddress.EMPTY;
    private MatterAtOffice chosen;
    private String pickerKey;
    private String carriedStatus;
    private boolean entered;

    BookingView(ScheduleService schedule, SlotService slots, BookingService booking, AccountService accounts) {
        this.schedule = schedule;
        this.slots = slots;
        this.booking = booking;
        this.accounts = accounts;
        addClassNames("page", "booking-view");
        matterStep = new MatterStep(schedule, (matterId, officeId) -> {
            chosen = schedule.matterAtOffice(matterId, officeId).orElse(null);
            formError.setText("");
        });
        stepHeading.addClassName("booking-step-heading");
        stepHeading.getElement().setAttribute("tabindex", "-1");
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        formError.getElement().setAttribute("tabindex", "-1");
        status.addClassName("success-text");
        status.getElement().setAttribute("role", "status");
        chosenMatterText.addClassName("booking-chosen");
        alternatives.addClassName("booking-alternatives");

        back.setText(getTranslation("booking.back"));
        back.addClickListener(click -> go(address.back()));
        next.setText(getTranslation("booking.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> goForward());
        confirm.setText(getTranslation("booking.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> book());
        Div actions = new Div(back, next, confirm);
        actions.addClassName("booking-actions");

        Paragraph myVisits = Markup.fill(new Paragraph(), Markup.link(Routes.MY_VISITS,
                getTranslation("booking.myVisitsLink"), "class", "booking-my-visits"));
        progress.addClassName("booking-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("booking.steps.label"));
        add(new H1(getTranslation("booking.heading")), myVisits, progress, stepHeading, formError,
                status, chosenMatterText, matterStep, pickerHolder, confirmStep, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BookingAddress.Parsed parsed = BookingAddress.parse(event.getLocation().getQueryParameters());
        String problem = parsed.readable() ? null : "booking.link.unreadable";
        address = parsed.address();
        problem = resolve(problem);
        show(problem);
        entered = true;
    }

    /** Checks the address part by part against the schedule; stops at the first part that no longer holds. */
    private String resolve(String problem) {
        if (address.matterId() == null) {
            return problem;
        }
        List<MatterAtOffice> offices = schedule.bookableAt(address.matterId());
        chosen = offices.stream().filter(at -> address.officeId() == null || at.office().id() == address.officeId())
                .findFirst().orElse(null);
        if (chosen == null || address.officeId() == null && offices.size() > 1) {
            matterStep.select(address.matterId(), address.officeId());
            address = BookingAddress.EMPTY;
            return chosen == null ? "booking.link.unknownMatter" : "booking.link.chooseOffice";
        }
        matterStep.select(chosen.matter().id(), chosen.office().id());
        preparePicker();
        if (address.day() == null) {
            return problem;
        }
        if (!picker.selectDay(address.day())) {
            address = address.back();
            return "booking.link.dayUnavailable";
        }
        if (address.time() == null) {
            return problem;
        }
        if (picker.selectTime(address.time()).isEmpty()) {
            address = address.back();
            return "booking.link.timeGone";
        }
        return problem;
    }

    /** One picker per matter and office, kept while the person moves between the day and the time step. */
    private void preparePicker() {
        String key = chosen.matter().id() + "@" + chosen.office().id();
        if (key.equals(pickerKey)) {
            return;
        }
        pickerKey = key;
        picker = new SlotPicker(slots, chosen.matter().id(), chosen.office().id(), null, "booking",
                day -> formError.setText(""), slot -> formError.setText(""));
        picker.nearest.addClickListener(click -> {
            if (picker.chosen() != null) {
                go(address.withDay(picker.chosen().date()));
            }
        });
        pickerHolder.removeAll();
        pickerHolder.add(picker);
    }

    private void show(String problem) {
        step = address.time() != null ? Step.CONFIRM
                : address.day() != null ? Step.TIME
                : address.matterId() != null ? Step.DAY : Step.MATTER;
        formError.setText(problem == null ? "" : getTranslation(problem));
        status.setText(carriedStatus == null ? "" : carriedStatus);
        carriedStatus = null;
        alternatives.setVisible(false);
        if (contact != null) {
            contact.clearErrors();
        }
        matterStep.setVisible(step == Step.MATTER);
        pickerHolder.setVisible(step == Step.DAY || step == Step.TIME);
        if (picker != null) {
            picker.showParts(step == Step.DAY, step == Step.TIME);
        }
        confirmStep.setVisible(step == Step.CONFIRM);
        chosenMatterText.setVisible(step != Step.MATTER);
        if (chosen != null) {
            chosenMatterText.setText(getTranslation("booking.chosenMatter", chosen.matter().name(getLocale()),
                    chosen.office().name(getLocale())));
        }
        if (step == Step.CONFIRM) {
            enterConfirmStep();
        }
        back.setVisible(step != Step.MATTER);
        next.setVisible(step != Step.CONFIRM);
        confirm.setVisible(step == Step.CONFIRM);
        stepHeading.setText(getTranslation("booking.step.heading", step.ordinal() + 1, Step.values().length,
                getTranslation(step.headingKey)));
        StringBuilder steps = new StringBuilder();
        for (Step each : Step.values()) {
            steps.append(each == step ? "<li class=\"current\" aria-current=\"step\">" : "<li>")
                    .append(Markup.escape(getTranslation(each.shortKey))).append("</li>");
        }
        if (!steps.toString().equals(Markup.contentOf(progress))) {
            Markup.fill(progress, steps.toString());
        }
        if (problem != null) {
            formError.getElement().callJsFunction("focus");
        } else if (entered) {
            stepHeading.getElement().callJsFunction("focus");
        }
    }

    private void goForward() {
        switch (step) {
            case MATTER -> {
                if (chosen == null) {
                    showTopError("booking.matter.required");
                } else {
                    boolean several = schedule.bookableAt(chosen.matter().id()).size() > 1;
                    go(address.withMatter(chosen.matter().id(), several ? chosen.office().id() : null));
                }
            }
            case DAY -> {
                if (picker.chosenDay() == null) {
                    showTopErrorText(picker.dayProblem().orElseGet(() -> getTranslation("booking.day.required")));
                } else {
                    go(address.withDay(picker.chosenDay()));
                }
            }
            case TIME -> {
                if (picker.chosen() == null) {
                    showTopError("booking.time.required");
                } else {
                    go(address.withTime(picker.chosen().time()));
                }
            }
            case CONFIRM -> {
            }
        }
    }

    private void go(BookingAddress target) {
        UI.getCurrent().navigate(BookingView.class, target.toQueryParameters());
    }

    private void enterConfirmStep() {
        if (contact == null) {
            contact = new ContactForm();
            confirmStep.add(alternatives, summary, contact);
        }
        AccountProfile profile = accounts.myProfile();
        contact.prefill(profile.email(), profile.phone());
        summary.show(chosen, picker.chosen());
    }

    private void book() {
        if (picker.chosen() == null) {
            showTopError("booking.slot.taken");
            return;
        }
        formError.setText("");
        contact.clearErrors();
        ContactForm.Contact details = contact.value();
        OfficeInfo office = chosen.office();
        BookingRequest request = new BookingRequest(chosen.matter().id(), office.id(), picker.chosen().start(),
                details.email(), details.phone(), details.note(), details.accessibilityNeeds());
        try {
            BookingNavigation.navigateToConfirmation(booking.book(request));
        } catch (SlotTakenException taken) {
            picker.reload();
            showTopError(taken.messageKey());
            showAlternatives(taken.alternatives());
        } catch (RuleViolation violation) {
            contact.show(violation, message -> {
                formError.setText(message);
                formError.getElement().callJsFunction("focus");
            });
        }
    }

    private void showAlternatives(List<FreeSlot> offered) {
        alternatives.removeAll();
        alternatives.add(new H3(getTranslation("booking.alternatives.heading")));
        if (offered.isEmpty()) {
            alternatives.add(new Paragraph(getTranslation("booking.alternatives.none")));
        }
        Div buttons = new Div();
        buttons.addClassName("booking-choices");
        for (FreeSlot slot : offered) {
            String time = DateTimeTexts.time(slot.time());
            String label = slot.date().equals(address.day()) ? time
                    : DateTimeTexts.dayAndMonth(slot.date(), getLocale()) + ", " + time;
            Button button = ToggleButtons.choice(label, false);
            button.addClickListener(click -> {
                carriedStatus = getTranslation("booking.alternatives.chosen",
                        DateTimeTexts.date(slot.date(), getLocale()), time);
                go(address.withDay(slot.date()).withTime(slot.time()));
            });
            buttons.add(button);
        }
        alternatives.add(buttons);
        alternatives.setVisible(true);
    }

    private void showTopError(String key) {
        showTopErrorText(getTranslation(key));
    }

    private void showTopErrorText(String text) {
        formError.setText(text);
        formError.getElement().callJsFunction("focus");
    }

    @Override
    public String titleKey() {
        return "booking.title";
    }
}
