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
    private final SerializableBiConsumer<MatterInfo, OfficeInfo> onChoose;
    final TextField search = new TextField();
    private final Div catalogue = new Div();
    private final List<RadioButtonGroup<MatterInfo>> officeGroups = new ArrayList<>();
    private Long chosenMatter;
    private Long chosenOffice;

    MatterStep(ScheduleService schedule, SerializableBiConsumer<MatterInfo, OfficeInfo> onChoose) {
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

    private RadioButtonGroup<MatterInfo> officeGroup(OfficeMatters office) {
        RadioButtonGroup<MatterInfo> group = new RadioButtonGroup<>(office.office().name(getLocale()));
        group.setId("booking-office-" + office.office().id());
        group.addClassName("booking-office");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(office.matters());
        group.setItemLabelGenerator(matter -> matter.name(getLocale()));
        group.setRenderer(new ComponentRenderer<>(matter -> matterLabel(matter, office.office())));
        if (chosenOffice != null && chosenOffice == office.office().id()) {
            office.matters().stream().filter(matter -> chosenMatter != null && matter.id() == chosenMatter)
                    .findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                officeGroups.stream().filter(other -> other != group).forEach(RadioButtonGroup::clear);
                chosenMatter = change.getValue().id();
                chosenOffice = office.office().id();
                onChoose.accept(change.getValue(), office.office());
            }
        });
        officeGroups.add(group);
        return group;
    }

    /**
     * A matter's label: its name and, in smaller type, its duration and office. One element with fixed markup (the
     * texts escaped) rather than a component per line: the catalogue has a label per matter and office, and every
     * component is a node kept in the session and sent in the page's first answer (issue 15).
     */
    private Component matterLabel(MatterInfo matter, OfficeInfo office) {
        String details = getTranslation("booking.matter.details", matter.durationMinutes(),
                office.name(getLocale()));
        return new Html("<div class=\"booking-matter\"><span class=\"booking-matter-name\">"
                + Markup.escape(matter.name(getLocale())) + "</span><span class=\"booking-matter-details\">"
                + Markup.escape(details) + "</span></div>");
    }
}
