package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.wizyty.base.ui.DateTimeTexts;
import pl.wizyty.base.ui.ToggleButtons;
import pl.wizyty.schedule.BookingWindow;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.SlotService;

/**
 * A new day and time for a visit: a date picker limited to the booking window, the next days with free times as
 * buttons, and the free times of the chosen day as toggle buttons (aria-pressed). The visit's own time is left
 * out, since moving to it changes nothing.
 */
class SlotPicker extends Div {

    private static final int DAY_SHORTCUTS = 6;

    private final SlotService slots;
    private final long matterId;
    private final long officeId;
    private final Instant currentStart;
    private final SerializableConsumer<FreeSlot> onChoose;

    final DatePicker day = new DatePicker();
    final Div dayShortcuts = new Div();
    final Div times = new Div();
    private final Paragraph noFreeDays = new Paragraph();
    private final Paragraph timeIntro = new Paragraph();
    private final Map<LocalDate, Button> dayButtons = new HashMap<>();
    private final Map<Instant, Button> timeButtons = new HashMap<>();
    private List<LocalDate> freeDays = List.of();
    private FreeSlot chosen;

    SlotPicker(SlotService slots, long matterId, long officeId, Instant currentStart,
            SerializableConsumer<FreeSlot> onChoose) {
        this.slots = slots;
        this.matterId = matterId;
        this.officeId = officeId;
        this.currentStart = currentStart;
        this.onChoose = onChoose;
        addClassName("slot-picker");
        day.setLabel(getTranslation("visit.slots.day.label"));
        day.setI18n(DateTimeTexts.datePickerI18n(this));
        day.setLocale(getLocale());
        day.addValueChangeListener(change -> showDay(change.getValue()));
        dayShortcuts.addClassName("booking-choices");
        noFreeDays.addClassName("error-text");
        times.addClassName("booking-choices");
        times.getElement().setAttribute("role", "group");
        times.getElement().setAttribute("aria-label", getTranslation("visit.slots.time.groupLabel"));
        add(day, new H3(getTranslation("visit.slots.day.nextFree")), dayShortcuts, noFreeDays, timeIntro, times);
        reload();
    }

    /** Reads the free days again, e.g. after the chosen time was taken by someone else. */
    void reload() {
        BookingWindow window = slots.window(matterId, officeId);
        freeDays = slots.daysWithFreeSlots(matterId, officeId, window.firstDay(), window.lastDay());
        day.setMin(window.firstDay());
        day.setMax(window.lastDay());
        day.setHelperText(getTranslation("visit.slots.day.helper", DateTimeTexts.numericDate(window.firstDay()),
                DateTimeTexts.numericDate(window.lastDay())));
        if (!freeDays.isEmpty()) {
            day.setInitialPosition(freeDays.getFirst());
        }
        noFreeDays.setText(freeDays.isEmpty() ? getTranslation("visit.slots.day.none") : "");
        dayShortcuts.removeAll();
        dayButtons.clear();
        for (LocalDate free : freeDays.stream().limit(DAY_SHORTCUTS).toList()) {
            Button button = ToggleButtons.choice(DateTimeTexts.dayAndMonth(free, getLocale()), false);
            button.addClickListener(click -> day.setValue(free));
            dayButtons.put(free, button);
            dayShortcuts.add(button);
        }
        showDay(day.getValue());
    }

    /** Picks a slot offered elsewhere (the nearest free times after a refusal). */
    void choose(FreeSlot slot) {
        if (slot.date().equals(day.getValue())) {
            showDay(slot.date());
        } else {
            day.setValue(slot.date());
        }
        select(slot);
    }

    FreeSlot chosen() {
        return chosen;
    }

    private void showDay(LocalDate value) {
        day.setInvalid(false);
        dayButtons.forEach((date, button) -> ToggleButtons.setPressed(button, date.equals(value)));
        times.removeAll();
        timeButtons.clear();
        if (value == null) {
            timeIntro.setText("");
            select(null);
            return;
        }
        if (!freeDays.contains(value)) {
            timeIntro.setText("");
            day.setErrorMessage(getTranslation("visit.slots.day.noFreeSlots"));
            day.setInvalid(true);
            select(null);
            return;
        }
        timeIntro.setText(getTranslation("visit.slots.time.intro", DateTimeTexts.date(value, getLocale())));
        List<FreeSlot> free = slots.freeSlotsOn(matterId, officeId, value).stream()
                .filter(slot -> !slot.start().equals(currentStart)).toList();
        if (free.isEmpty()) {
            times.add(new Paragraph(getTranslation("visit.slots.time.none")));
        }
        for (FreeSlot slot : free) {
            Button button = ToggleButtons.choice(DateTimeTexts.time(slot.time()), false);
            button.addClickListener(click -> select(slot));
            timeButtons.put(slot.start(), button);
            times.add(button);
        }
        if (chosen != null && !timeButtons.containsKey(chosen.start())) {
            select(null);
        } else {
            select(chosen);
        }
    }

    private void select(FreeSlot slot) {
        boolean changed = chosen == null ? slot != null : slot == null || !chosen.start().equals(slot.start());
        chosen = slot;
        timeButtons.forEach((start, button) ->
                ToggleButtons.setPressed(button, slot != null && start.equals(slot.start())));
        if (changed) {
            onChoose.accept(slot);
        }
    }


}
