package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.DatePickers;
import pl.wizyty.base.ui.ToggleButtons;
import pl.wizyty.schedule.BookingWindow;
import pl.wizyty.schedule.DayAvailability;
import pl.wizyty.schedule.DayCalendar;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.SlotService;

/**
 * The one day-and-time picker, for the booking wizard and for "Zmień termin": a date picker limited to the booking
 * window whose calendar disables every day without a free time (see docs/decisions/0010), "Najbliższy wolny
 * termin", the next days with free times as buttons, and the free times of the chosen day as one radio group (one Tab
 * stop, the arrow keys move between times, as a keyboard user expects of a choice of one).
 * The wizard shows the day part and the time part as two steps; the dialog shows both at once. A visit's own time
 * ({@code excluded}) is never offered, since moving to it changes nothing.
 */
class SlotPicker extends Div {

    private static final int DAY_SHORTCUTS = 6;

    private final SlotService slots;
    private final long matterId;
    private final long officeId;
    private final Instant excluded;
    private final String texts;
    private final SerializableConsumer<LocalDate> onDay;
    private final SerializableConsumer<FreeSlot> onSlot;

    final Button nearest = new Button();
    final DatePicker day = new DayField();
    final Div dayShortcuts = new Div();
    final RadioButtonGroup<FreeSlot> times = new RadioButtonGroup<>();
    private final Div dayPart = new Div();
    private final Div timePart = new Div();
    private final Paragraph noFreeDays = new Paragraph();
    private final Paragraph timeIntro = new Paragraph();
    private final Paragraph noTimes = new Paragraph();
    private final Map<LocalDate, Button> dayButtons = new HashMap<>();
    private DayCalendar calendar;
    private List<LocalDate> freeDays = List.of();
    private List<FreeSlot> freeTimes = List.of();
    private FreeSlot chosen;

    /**
     * @param texts  the message-key prefix of the labels ("booking" in the wizard, "visit.slots" in the dialog)
     * @param onDay  told when the person picks a day with free times (or clears it: null)
     * @param onSlot told when the person picks a time (or the choice is gone: null)
     */
    SlotPicker(SlotService slots, long matterId, long officeId, Instant excluded, String texts,
            SerializableConsumer<LocalDate> onDay, SerializableConsumer<FreeSlot> onSlot) {
        this.slots = slots;
        this.matterId = matterId;
        this.officeId = officeId;
        this.excluded = excluded;
        this.texts = texts;
        this.onDay = onDay;
        this.onSlot = onSlot;
        addClassName("slot-picker");
        nearest.setText(getTranslation("booking.nearest"));
        nearest.addClickListener(click -> chooseNearest());
        day.setLabel(text("day.label"));
        DatePickers.localize(day, this);
        day.setRequiredIndicatorVisible(true);
        day.addValueChangeListener(change -> dayPicked(change.getValue()));
        day.addAttachListener(attach -> markFreeDays());
        dayShortcuts.addClassName("booking-choices");
        noFreeDays.addClassName("error-text");
        times.addClassName("booking-times");
        times.setAriaLabel(text("time.groupLabel"));
        times.setItemLabelGenerator(slot -> DateTimeTexts.time(slot.time()));
        times.addAttachListener(attach -> oneTabStop());
        times.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                select(change.getValue());
            }
        });
        dayPart.add(nearest, day, new H3(text("day.nextFree")), dayShortcuts, noFreeDays);
        timePart.add(timeIntro, noTimes, times);
        add(dayPart, timePart);
        reload();
    }

    /** Shows the day part, the time part or both. */
    void showParts(boolean days, boolean timesToo) {
        dayPart.setVisible(days);
        timePart.setVisible(timesToo);
    }

    /** Reads the free days again, e.g. after the chosen time was taken by someone else. */
    void reload() {
        calendar = slots.calendar(matterId, officeId);
        BookingWindow window = calendar.window();
        freeDays = calendar.freeDays();
        day.setMin(window.firstDay());
        day.setMax(window.lastDay());
        day.setHelperText(getTranslation(texts + ".day.helper", DateTimeTexts.numericDate(window.firstDay(), getLocale()),
                DateTimeTexts.numericDate(window.lastDay(), getLocale())));
        if (!freeDays.isEmpty()) {
            day.setInitialPosition(freeDays.getFirst());
        }
        noFreeDays.setText(freeDays.isEmpty() ? text("day.none") : "");
        nearest.setEnabled(!freeDays.isEmpty());
        dayShortcuts.removeAll();
        dayButtons.clear();
        for (LocalDate free : freeDays.stream().limit(DAY_SHORTCUTS).toList()) {
            Button button = ToggleButtons.choice(DateTimeTexts.dayAndMonth(free, getLocale()), false);
            button.addClickListener(click -> day.setValue(free));
            dayButtons.put(free, button);
            dayShortcuts.add(button);
        }
        if (day.isAttached()) {
            markFreeDays();
        }
        showDay(day.getValue());
    }

    /**
     * Gives the calendar the free days: it disables the others (grey, aria-disabled, not selectable), weekends,
     * holidays and closures included. Flow has no API for it, so the web component's own {@code isDateDisabled}
     * is set; again on every attach, as a re-attached field is a new element in the browser.
     */
    private void markFreeDays() {
        String free = String.join(",", freeDays.stream().map(LocalDate::toString).toList());
        day.getElement().executeJs("const free = new Set($0.split(','));"
                + "const two = (n) => String(n).padStart(2, '0');"
                + "this.isDateDisabled = (d) => !free.has(d.year + '-' + two(d.month + 1) + '-' + two(d.day));", free);
    }

    /**
     * Keeps the times one Tab stop everywhere: only the chosen time (or the first) is tabbable, the arrow keys move
     * as in any radio group. The browser does this for a plain page, but a dialog's focus trap moves the focus on Tab
     * itself and stopped at every time; it skips elements with tabindex -1. Again whenever the times or the choice
     * change, and on every attach, as a re-attached group is a new element in the browser.
     */
    private void oneTabStop() {
        times.getElement().executeJs("const group = this;"
                + "const rove = () => { const radios = [...group.querySelectorAll('vaadin-radio-button')];"
                + "  const current = radios.find((radio) => radio.checked) || radios[0];"
                + "  radios.forEach((radio) => { radio.tabindex = radio === current ? 0 : -1; }); };"
                + "if (!group.__oneTabStop) {"
                + "  group.__oneTabStop = true;"
                + "  new MutationObserver(rove).observe(group,"
                + "    { childList: true, subtree: true, attributes: true, attributeFilter: ['checked'] });"
                + "}"
                + "rove();");
    }

    /** Why the day in the field cannot be booked (past, closed, holiday, full, ...); empty when it can or is empty. */
    Optional<String> dayProblem() {
        return problemOf(day.getValue());
    }

    private Optional<String> problemOf(LocalDate value) {
        if (value == null || calendar == null) {
            return Optional.empty();
        }
        DayAvailability availability = calendar.availability(value);
        if (availability == DayAvailability.FREE) {
            return Optional.empty();
        }
        BookingWindow window = calendar.window();
        LocalDate limit = availability == DayAvailability.BEYOND ? window.lastDay() : window.firstDay();
        return Optional.of(getTranslation("slots.day." + availability.name(), DateTimeTexts.date(value, getLocale()),
                DateTimeTexts.date(limit, getLocale())));
    }

    /** Shows the day as chosen; false (with the reason on the field) when it cannot be booked. */
    boolean selectDay(LocalDate value) {
        if (value.equals(day.getValue())) {
            showDay(value);
        } else {
            day.setValue(value);
        }
        return freeDays.contains(value);
    }

    /** Picks the time on the shown day; empty when it is not free (any more). */
    Optional<FreeSlot> selectTime(LocalTime time) {
        Optional<FreeSlot> slot = freeTimes.stream().filter(free -> free.time().equals(time)).findFirst();
        slot.ifPresent(this::select);
        return slot;
    }

    /** Picks a slot offered elsewhere (the nearest free times after a refusal). */
    void choose(FreeSlot slot) {
        selectDay(slot.date());
        select(slot);
    }

    LocalDate chosenDay() {
        return freeDays.contains(day.getValue()) ? day.getValue() : null;
    }

    FreeSlot chosen() {
        return chosen;
    }

    private String text(String key) {
        return getTranslation(texts + "." + key);
    }

    private void chooseNearest() {
        slots.nearestFreeSlots(matterId, officeId, 2).stream()
                .filter(slot -> !slot.start().equals(excluded)).findFirst().ifPresent(slot -> {
                    choose(slot);
                    onDay.accept(slot.date());
                    onSlot.accept(slot);
                });
    }

    private void dayPicked(LocalDate value) {
        showDay(value);
        onDay.accept(chosenDay());
    }

    private void showDay(LocalDate value) {
        if (value == null) {
            day.setInvalid(false);
        } else {
            ((DayField) day).revalidate();
        }
        dayButtons.forEach((date, button) -> ToggleButtons.setPressed(button, date.equals(value)));
        freeTimes = List.of();
        times.setItems(freeTimes);
        times.setVisible(false);
        noTimes.setText("");
        timeIntro.setText("");
        if (value == null || !freeDays.contains(value)) {
            select(null);
            return;
        }
        timeIntro.setText(getTranslation(texts + ".time.intro", DateTimeTexts.date(value, getLocale())));
        freeTimes = slots.freeSlotsOn(matterId, officeId, value).stream()
                .filter(slot -> !slot.start().equals(excluded)).toList();
        if (freeTimes.isEmpty()) {
            noTimes.setText(text("time.none"));
        }
        times.setItems(freeTimes);
        times.setVisible(!freeTimes.isEmpty());
        select(chosen == null ? null : offered(chosen.start()).orElse(null));
    }

    /** The offered slot of that start: the group's items are compared by identity. */
    private Optional<FreeSlot> offered(Instant start) {
        return freeTimes.stream().filter(free -> free.start().equals(start)).findFirst();
    }

    private void select(FreeSlot slot) {
        boolean changed = chosen == null ? slot != null : slot == null || !chosen.start().equals(slot.start());
        chosen = slot;
        FreeSlot shown = slot == null ? null : offered(slot.start()).orElse(null);
        if (!Objects.equals(shown, times.getValue())) {
            times.setValue(shown);
        }
        if (changed) {
            onSlot.accept(slot);
        }
    }

    /**
     * The date field, whose validation also names why a day cannot be booked: its own checks (format, window) run
     * first, then the day's availability, so the reason stays whenever the field validates (change, blur).
     */
    private final class DayField extends DatePicker {

        void revalidate() {
            validate();
        }

        @Override
        protected void validate() {
            // Flow keeps a message it did not set itself: the last reason would hide its own (e.g. a typo's).
            setErrorMessage("");
            super.validate();
            Optional<String> problem = problemOf(getValue());
            if (problem.isPresent()) {
                setErrorMessage(problem.get());
                setInvalid(true);
            }
        }
    }
}
