package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.ArrayList;
import java.util.List;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.OfficeMatters;
import pl.wizyty.schedule.ScheduleService;

/** Step 1 of the wizard: search, and the bookable matters as one radio group per office. */
class MatterStep extends Div {

    private final ScheduleService schedule;
    private final SerializableBiConsumer<Long, Long> onChoose;
    final TextField search = new TextField();
    private final Div catalogue = new Div();
    private final List<RadioButtonGroup<Choice>> officeGroups = new ArrayList<>();
    private Long chosenMatter;
    private Long chosenOffice;

    /**
     * What a radio button holds: the matter's id and its label's texts, nothing more. The step stays in the session
     * while it is open, and a matter's whole description (both languages, what to bring) would stay with it.
     */
    record Choice(long id, String name, String details) {
    }

    /** {@code onChoose} gets the ids of the matter and of the office it is chosen at. */
    MatterStep(ScheduleService schedule, SerializableBiConsumer<Long, Long> onChoose) {
        this.schedule = schedule;
        this.onChoose = onChoose;
        search.setLabel(getTranslation("booking.search.label"));
        search.setHelperText(hint());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showCatalogue(change.getValue()));
        search.addClassName("booking-search");
        catalogue.addClassName("booking-catalogue");
        add(search, catalogue);
        showCatalogue("");
    }

    /** The search's hint, suggesting only the example words that find a matter in this catalogue. */
    private String hint() {
        List<String> examples = List.of(getTranslation("booking.search.examples").split("\\|"));
        List<String> working = schedule.searchesThatFind(examples);
        if (working.isEmpty()) {
            return getTranslation("booking.search.helperPlain");
        }
        return getTranslation("booking.search.helper", String.join(", ", working.stream()
                .map(example -> getTranslation("booking.search.example", example)).toList()));
    }

    /** Marks the matter as chosen at that office (after Back, or from the address). */
    void select(Long matterId, Long officeId) {
        chosenMatter = matterId;
        chosenOffice = officeId;
        showCatalogue(search.getValue());
    }

    private void showCatalogue(String text) {
        catalogue.removeAll();
        officeGroups.clear();
        List<OfficeMatters> found = schedule.bookableCatalogue(text);
        if (found.isEmpty()) {
            boolean nothingSetUp = text == null || text.isBlank();
            catalogue.add(new Paragraph(getTranslation(nothingSetUp ? "setup.heading" : "booking.search.noResults")));
        }
        found.forEach(office -> catalogue.add(officeGroup(office)));
    }

    private RadioButtonGroup<Choice> officeGroup(OfficeMatters office) {
        long officeId = office.office().id();
        RadioButtonGroup<Choice> group = new RadioButtonGroup<>(office.office().name(getLocale()));
        group.setId("booking-office-" + officeId);
        group.addClassName("booking-office");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        List<Choice> choices = office.matters().stream().map(matter -> choice(matter, office.office())).toList();
        group.setItems(choices);
        group.setItemLabelGenerator(Choice::name);
        group.setRenderer(new ComponentRenderer<>(MatterStep::matterLabel));
        if (chosenOffice != null && chosenOffice == officeId) {
            choices.stream().filter(choice -> chosenMatter != null && choice.id() == chosenMatter)
                    .findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                officeGroups.stream().filter(other -> other != group).forEach(RadioButtonGroup::clear);
                chosenMatter = change.getValue().id();
                chosenOffice = officeId;
                onChoose.accept(chosenMatter, officeId);
            }
        });
        officeGroups.add(group);
        return group;
    }

    private Choice choice(MatterInfo matter, OfficeInfo office) {
        return new Choice(matter.id(), matter.name(getLocale()), getTranslation("booking.matter.details",
                matter.durationMinutes(), office.name(getLocale())));
    }

    /**
     * A matter's label: its name and, in smaller type, its duration and office. One element with fixed markup (the
     * texts escaped) rather than a component per line: the catalogue has a label per matter and office, and every
     * component is a node kept in the session and sent in the page's first answer (issue 15).
     */
    private static Component matterLabel(Choice choice) {
        return new Html("<div class=\"booking-matter\"><span class=\"booking-matter-name\">"
                + Markup.escape(choice.name()) + "</span><span class=\"booking-matter-details\">"
                + Markup.escape(choice.details()) + "</span></div>");
    }
}
