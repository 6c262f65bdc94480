package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.wizyty.account.AccountProfile;
import pl.wizyty.account.AccountService;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.DateTimeTexts;
import pl.wizyty.base.ui.ToggleButtons;
import pl.wizyty.base.ui.FieldErrors;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.SlotTakenException;
import pl.wizyty.visit.Visit;
import pl.wizyty.schedule.BookingWindow;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.OfficeMatters;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;

/**
 * Umów wizytę: four steps (matter, day, time, check and confirm) on one page. Going back keeps every choice; each
 * step change moves focus to the step's heading so a screen reader announces where the person is. The booking
 * service decides every rule; this view shows its answer next to the field it is about, or at the top.
 */
@Route(value = Routes.BOOKING, layout = MainLayout.class)
@RolesAllowed(Roles.RESIDENT)
public class BookingView extends Div implements TitledPage {

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

    private static final int DAY_SHORTCUTS = 6;

    private final ScheduleService schedule;
    private final SlotService slots;
    private final BookingService booking;
    private final AccountService accounts;
    private final Clock clock;

    final H2 stepHeading = new H2();
    final Paragraph formError = new Paragraph();
    final Paragraph status = new Paragraph();
    final Button back = new Button();
    final Button next = new Button();
    final Button confirm = new Button();
    private final OrderedList progress = new OrderedList();
    private final List<ListItem> progressItems = new ArrayList<>();
    private final Div matterStep = new Div();
    private final Div dayStep = new Div();
    private final Div timeStep = new Div();
    private final Div confirmStep = new Div();

    final TextField search = new TextField();
    private final Div catalogue = new Div();
    private final List<RadioButtonGroup<MatterInfo>> officeGroups = new ArrayList<>();
    private final Map<LocalDate, Button> dayButtons = new HashMap<>();
    private final Map<Instant, Button> timeButtons = new HashMap<>();

    private final Paragraph chosenMatterText = new Paragraph();
    final Button nearest = new Button();
    final DatePicker day = new DatePicker();
    final Div dayShortcuts = new Div();
    private final Paragraph noFreeDays = new Paragraph();

    private final Paragraph timeIntro = new Paragraph();
    final Div times = new Div();

    private final Div summary = new Div();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea note = new TextArea();
    final TextArea accessibilityNeeds = new TextArea();
    final Div alternatives = new Div();

    private Step step = Step.MATTER;
    private MatterInfo chosenMatter;
    private OfficeInfo chosenOffice;
    private List<LocalDate> freeDays = List.of();
    private LocalDate chosenDay;
    private FreeSlot chosenSlot;
    private boolean contactPrefilled;

    public BookingView(ScheduleService schedule, SlotService slots, BookingService booking, AccountService accounts,
            Clock clock) {
        this.schedule = schedule;
        this.slots = slots;
        this.booking = booking;
        this.accounts = accounts;
        this.clock = clock;
        addClassNames("page", "booking-view");

        Anchor myVisits = new Anchor(Routes.MY_VISITS, getTranslation("booking.myVisitsLink"));
        myVisits.addClassName("booking-my-visits");
        progress.addClassName("booking-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("booking.steps.label"));
        for (Step each : Step.values()) {
            ListItem item = new ListItem(getTranslation(each.shortKey));
            progressItems.add(item);
            progress.add(item);
        }
        stepHeading.addClassName("booking-step-heading");
        stepHeading.getElement().setAttribute("tabindex", "-1");
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        formError.getElement().setAttribute("tabindex", "-1");
        status.addClassName("success-text");
        status.getElement().setAttribute("role", "status");

        buildMatterStep();
        buildDayStep();
        buildTimeStep();
        buildConfirmStep();

        back.setText(getTranslation("booking.back"));
        back.addClickListener(click -> show(Step.values()[step.ordinal() - 1]));
        next.setText(getTranslation("booking.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> goForward());
        confirm.setText(getTranslation("booking.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> book());
        Div actions = new Div(back, next, confirm);
        actions.addClassName("booking-actions");

        add(new H1(getTranslation("booking.heading")), new Paragraph(myVisits), progress, stepHeading, formError,
                status, matterStep, dayStep, timeStep, confirmStep, actions);
        show(Step.MATTER, false);
    }

    // Step 1: the matter

    private void buildMatterStep() {
        search.setLabel(getTranslation("booking.search.label"));
        search.setHelperText(getTranslation("booking.search.helper"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showCatalogue(change.getValue()));
        search.addClassName("booking-search");
        catalogue.addClassName("booking-catalogue");
        matterStep.add(search, catalogue);
        showCatalogue("");
    }

    private void showCatalogue(String text) {
        catalogue.removeAll();
        officeGroups.clear();
        List<OfficeMatters> found = schedule.bookableCatalogue(text);
        if (found.isEmpty()) {
            catalogue.add(new Paragraph(getTranslation("booking.search.noResults")));
            return;
        }
        for (OfficeMatters office : found) {
            catalogue.add(officeGroup(office));
        }
    }

    private RadioButtonGroup<MatterInfo> officeGroup(OfficeMatters office) {
        RadioButtonGroup<MatterInfo> group = new RadioButtonGroup<>(office.office().name());
        group.setId("booking-office-" + office.office().id());
        group.addClassName("booking-office");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(office.matters());
        group.setItemLabelGenerator(MatterInfo::name);
        group.setRenderer(new ComponentRenderer<>(matter -> matterLabel(matter, office.office())));
        if (chosenOffice != null && chosenOffice.id() == office.office().id()) {
            office.matters().stream().filter(matter -> matter.id() == chosenMatter.id()).findFirst()
                    .ifPresent(group::setValue);
        }
        group.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                chooseMatter(change.getValue(), office.office(), group);
            }
        });
        officeGroups.add(group);
        return group;
    }

    private Component matterLabel(MatterInfo matter, OfficeInfo office) {
        Span name = new Span(matter.name());
        name.addClassName("booking-matter-name");
        Span details = new Span(getTranslation("booking.matter.details", matter.durationMinutes(), office.name()));
        details.addClassName("booking-matter-details");
        Div label = new Div(name, details);
        label.addClassName("booking-matter");
        return label;
    }

    private void chooseMatter(MatterInfo matter, OfficeInfo office, RadioButtonGroup<MatterInfo> chosenGroup) {
        boolean changed = chosenMatter == null || chosenMatter.id() != matter.id() || chosenOffice.id() != office.id();
        chosenMatter = matter;
        chosenOffice = office;
        for (RadioButtonGroup<MatterInfo> other : officeGroups) {
            if (other != chosenGroup) {
                other.clear();
            }
        }
        if (changed) {
            chosenDay = null;
            chosenSlot = null;
            day.clear();
        }
        formError.setText("");
    }

    // Step 2: the day

    private void buildDayStep() {
        chosenMatterText.addClassName("booking-chosen");
        nearest.setText(getTranslation("booking.nearest"));
        nearest.addClickListener(click -> jumpToNearest());
        day.setLabel(getTranslation("booking.day.label"));
        day.setI18n(DateTimeTexts.datePickerI18n(this));
        day.setLocale(getLocale());
        day.setRequiredIndicatorVisible(true);
        day.addValueChangeListener(change -> chooseDay(change.getValue()));
        dayShortcuts.addClassName("booking-choices");
        noFreeDays.addClassName("error-text");
        H3 shortcutsHeading = new H3(getTranslation("booking.day.nextFree"));
        dayStep.add(chosenMatterText, nearest, day, shortcutsHeading, dayShortcuts, noFreeDays);
    }

    private void enterDayStep() {
        chosenMatterText.setText(getTranslation("booking.chosenMatter", chosenMatter.name(), chosenOffice.name()));
        BookingWindow window = slots.window(chosenMatter.id(), chosenOffice.id());
        freeDays = slots.daysWithFreeSlots(chosenMatter.id(), chosenOffice.id(), window.firstDay(), window.lastDay());
        day.setMin(window.firstDay());
        day.setMax(window.lastDay());
        day.setHelperText(getTranslation("booking.day.helper", DateTimeTexts.numericDate(window.firstDay()),
                DateTimeTexts.numericDate(window.lastDay())));
        if (chosenDay == null && !freeDays.isEmpty()) {
            day.setInitialPosition(freeDays.getFirst());
        }
        noFreeDays.setText(freeDays.isEmpty()
                ? getTranslation("booking.day.none", chosenOffice.phone() == null ? "" : chosenOffice.phone())
                : "");
        nearest.setEnabled(!freeDays.isEmpty());
        showDayShortcuts();
    }

    private void showDayShortcuts() {
        dayShortcuts.removeAll();
        dayButtons.clear();
        for (LocalDate free : freeDays.stream().limit(DAY_SHORTCUTS).toList()) {
            Button button = ToggleButtons.choice(DateTimeTexts.dayAndMonth(free, getLocale()), free.equals(chosenDay));
            button.addClickListener(click -> day.setValue(free));
            dayButtons.put(free, button);
            dayShortcuts.add(button);
        }
    }

    private void chooseDay(LocalDate value) {
        day.setInvalid(false);
        if (value == null) {
            chosenDay = null;
        } else if (!freeDays.contains(value)) {
            chosenDay = null;
            FieldErrors.show(day, getTranslation("booking.day.noFreeSlots"));
        } else {
            if (!value.equals(chosenDay)) {
                chosenSlot = null;
            }
            chosenDay = value;
            formError.setText("");
        }
        dayButtons.forEach((date, button) -> ToggleButtons.setPressed(button, date.equals(chosenDay)));
    }

    private void jumpToNearest() {
        List<FreeSlot> first = slots.nearestFreeSlots(chosenMatter.id(), chosenOffice.id(), clock.instant(), 1);
        if (first.isEmpty()) {
            formError.setText(getTranslation("booking.day.none", chosenOffice.phone()));
            return;
        }
        FreeSlot slot = first.getFirst();
        if (!freeDays.contains(slot.date())) {
            enterDayStep();
        }
        day.setValue(slot.date());
        chosenSlot = slot;
        show(Step.TIME);
    }

    // Step 3: the time

    private void buildTimeStep() {
        times.addClassName("booking-choices");
        times.getElement().setAttribute("role", "group");
        times.getElement().setAttribute("aria-label", getTranslation("booking.time.groupLabel"));
        timeStep.add(timeIntro, times);
    }

    private void enterTimeStep() {
        timeIntro.setText(getTranslation("booking.time.intro", DateTimeTexts.date(chosenDay, getLocale())));
        List<FreeSlot> free = slots.freeSlotsOn(chosenMatter.id(), chosenOffice.id(), chosenDay);
        if (chosenSlot != null && free.stream().noneMatch(slot -> slot.start().equals(chosenSlot.start()))) {
            chosenSlot = null;
        }
        times.removeAll();
        timeButtons.clear();
        if (free.isEmpty()) {
            times.add(new Paragraph(getTranslation("booking.time.none")));
        }
        for (FreeSlot slot : free) {
            boolean pressed = chosenSlot != null && chosenSlot.start().equals(slot.start());
            Button button = ToggleButtons.choice(DateTimeTexts.time(slot.time()), pressed);
            button.addClickListener(click -> chooseSlot(slot));
            timeButtons.put(slot.start(), button);
            times.add(button);
        }
    }

    private void chooseSlot(FreeSlot slot) {
        chosenSlot = slot;
        formError.setText("");
        timeButtons.forEach((start, button) -> ToggleButtons.setPressed(button, start.equals(slot.start())));
    }

    // Step 4: check and confirm

    private void buildConfirmStep() {
        summary.addClassName("booking-summary");
        email.setLabel(getTranslation("booking.contact.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.getElement().setAttribute("autocomplete", "email");
        phone.setLabel(getTranslation("booking.contact.phone"));
        phone.setMaxLength(25);
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.setHelperText(getTranslation("booking.contact.helper"));
        setUpLongText(note, "booking.note.label", null, Visit.NOTE_MAX);
        setUpLongText(accessibilityNeeds, "booking.accessibility.label", "booking.accessibility.helper",
                Visit.ACCESSIBILITY_MAX);
        alternatives.addClassName("booking-alternatives");
        alternatives.setVisible(false);
        Div contact = new Div(new H3(getTranslation("booking.contact.heading")), email, phone, note,
                accessibilityNeeds);
        contact.addClassName("booking-contact");
        confirmStep.add(alternatives, summary, contact);
    }

    private void setUpLongText(TextArea area, String labelKey, String helperKey, int max) {
        area.setLabel(getTranslation(labelKey));
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable counter = () -> {
            String count = getTranslation("booking.counter", area.getValue().length(), max);
            area.setHelperText(helperKey == null ? count : getTranslation(helperKey) + " " + count);
        };
        counter.run();
        area.addValueChangeListener(change -> counter.run());
    }

    private void enterConfirmStep() {
        if (!contactPrefilled) {
            AccountProfile profile = accounts.myProfile();
            email.setValue(profile.email() == null ? "" : profile.email());
            phone.setValue(profile.phone() == null ? "" : profile.phone());
            contactPrefilled = true;
        }
        showSummary();
    }

    private void showSummary() {
        DescriptionList list = new DescriptionList();
        addRow(list, "booking.summary.matter", chosenMatter.name());
        addRow(list, "booking.summary.office", chosenOffice.name());
        addRow(list, "booking.summary.address", chosenOffice.address());
        addRow(list, "booking.summary.room", chosenOffice.room());
        addRow(list, "booking.summary.date", DateTimeTexts.date(chosenSlot.date(), getLocale()));
        addRow(list, "booking.summary.time", DateTimeTexts.time(chosenSlot.time()));
        summary.removeAll();
        summary.add(new H3(getTranslation("booking.summary.heading")), list,
                new H3(getTranslation("booking.bring.heading")), whatToBring(chosenMatter, this));
    }

    static Component whatToBring(MatterInfo matter, Component owner) {
        if (matter.whatToBring() == null || matter.whatToBring().isEmpty()) {
            return new Paragraph(owner.getTranslation("booking.bring.nothing"));
        }
        UnorderedList list = new UnorderedList();
        matter.whatToBring().forEach(item -> list.add(new ListItem(item)));
        list.addClassName("booking-bring");
        return list;
    }

    private static void addRow(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private void book() {
        clearErrors();
        BookingRequest request = new BookingRequest(chosenMatter.id(), chosenOffice.id(), chosenSlot.start(),
                email.getValue(), phone.getValue(), note.getValue(), accessibilityNeeds.getValue());
        try {
            String number = booking.book(request);
            BookingNavigation.navigateToConfirmation(number);
        } catch (SlotTakenException taken) {
            showTopError(getTranslation(taken.messageKey()));
            showAlternatives(taken.alternatives());
        } catch (RuleViolation violation) {
            String message = getTranslation(violation.messageKey(), violation.args());
            switch (violation.field() == null ? "" : violation.field()) {
                case "contactEmail" -> FieldErrors.show(email, message);
                case "contactPhone" -> FieldErrors.show(phone, message);
                case "note" -> FieldErrors.show(note, message);
                case "accessibilityNeeds" -> FieldErrors.show(accessibilityNeeds, message);
                default -> showTopError(message);
            }
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
            String label = slot.date().equals(chosenSlot.date()) ? time
                    : DateTimeTexts.dayAndMonth(slot.date(), getLocale()) + ", " + time;
            Button button = ToggleButtons.choice(label, false);
            button.addClickListener(click -> chooseAlternative(slot));
            buttons.add(button);
        }
        alternatives.add(buttons);
        alternatives.setVisible(true);
    }

    private void chooseAlternative(FreeSlot slot) {
        enterDayStep();
        day.setValue(slot.date());
        chosenDay = slot.date();
        chosenSlot = slot;
        alternatives.setVisible(false);
        alternatives.removeAll();
        formError.setText("");
        status.setText(getTranslation("booking.alternatives.chosen", DateTimeTexts.date(slot.date(), getLocale()),
                DateTimeTexts.time(slot.time())));
        showSummary();
        confirm.focus();
    }

    // Moving between steps

    private void goForward() {
        String missing = switch (step) {
            case MATTER -> chosenMatter == null ? "booking.matter.required" : null;
            case DAY -> chosenDay == null ? "booking.day.required" : null;
            case TIME -> chosenSlot == null ? "booking.time.required" : null;
            case CONFIRM -> null;
        };
        if (missing != null) {
            showTopError(getTranslation(missing));
            return;
        }
        show(Step.values()[step.ordinal() + 1]);
    }

    private void show(Step target) {
        show(target, true);
    }

    private void show(Step target, boolean moveFocus) {
        switch (target) {
            case DAY -> enterDayStep();
            case TIME -> enterTimeStep();
            case CONFIRM -> enterConfirmStep();
            case MATTER -> {
            }
        }
        step = target;
        clearErrors();
        status.setText("");
        alternatives.setVisible(false);
        matterStep.setVisible(target == Step.MATTER);
        dayStep.setVisible(target == Step.DAY);
        timeStep.setVisible(target == Step.TIME);
        confirmStep.setVisible(target == Step.CONFIRM);
        back.setVisible(target != Step.MATTER);
        next.setVisible(target != Step.CONFIRM);
        confirm.setVisible(target == Step.CONFIRM);
        stepHeading.setText(getTranslation("booking.step.heading", target.ordinal() + 1, Step.values().length,
                getTranslation(target.headingKey)));
        for (ListItem item : progressItems) {
            boolean current = progressItems.indexOf(item) == target.ordinal();
            if (current) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
            item.getElement().getClassList().set("current", current);
        }
        if (moveFocus) {
            stepHeading.getElement().callJsFunction("focus");
        }
    }



    private void showTopError(String message) {
        formError.setText(message);
        formError.getElement().callJsFunction("focus");
    }


    private void clearErrors() {
        formError.setText("");
        FieldErrors.clear(email, phone, note, accessibilityNeeds);
    }

    @Override
    public String titleKey() {
        return "booking.title";
    }
}
