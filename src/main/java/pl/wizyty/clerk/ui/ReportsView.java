package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.ui.DatePickers;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.security.Roles;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.OfficeReport;
import pl.wizyty.visit.ReportService;

/**
 * "Raporty": for one of the clerk's offices and a period, the counts of visits (booked, attended, no-shows, cancelled
 * by residents and by the office), per matter and per week, the most common cancel reasons, the lead time and the
 * utilisation. Each chart is CSS bars beside a table with the same numbers; the whole report downloads as CSV.
 */
@Route(value = ReportsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
@StyleSheet("desk.css")
class ReportsView extends Div implements TitledPage {

    static final String ROUTE = "biurko/raporty";
    private static final List<String> COUNT_KEYS = List.of("booked", "attended", "noShows", "cancelledByResidents",
            "cancelledByOffice");

    final Select<OfficeInfo> office = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Paragraph error = new Paragraph();
    final Div content = new Div();
    final Anchor csv;
    private final ReportService reports;
    private volatile OfficeReport shown;

    ReportsView(ReportService reports, DeskService desk) {
        this.reports = reports;
        addClassNames("page", "desk-view", "report-view");
        List<OfficeInfo> offices = desk.myOffices();
        office.setLabel(getTranslation("desk.office"));
        office.addClassName("desk-office");
        office.setItems(offices);
        office.setItemLabelGenerator(OfficeInfo::name);
        LocalDate today = desk.today();
        from.setLabel(getTranslation("report.from"));
        DatePickers.localize(from, this);
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("report.to"));
        DatePickers.localize(to, this);
        to.setValue(today.with(TemporalAdjusters.lastDayOfMonth()));
        csv = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, getTranslation("desk.csv"));
        Div filters = new Div(office, from, to, csv);
        filters.addClassName("desk-filters");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        content.addClassName("report-content");
        add(new H1(getTranslation("report.heading")), filters, error, content);
        office.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        if (!offices.isEmpty()) {
            office.setValue(offices.getFirst());
        }
    }

    private void refresh() {
        content.removeAll();
        error.setText("");
        shown = null;
        if (office.getValue() == null) {
            return;
        }
        try {
            show(reports.report(office.getValue().id(), from.getValue(), to.getValue()));
        } catch (RuleViolation refused) {
            error.setText(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private void show(OfficeReport report) {
        shown = report;
        OfficeReport.Counts total = report.total();
        List<BarChart.Bar> totals = new ArrayList<>();
        List<Long> values = values(total);
        for (int i = 0; i < COUNT_KEYS.size(); i++) {
            totals.add(new BarChart.Bar(getTranslation("report.count." + COUNT_KEYS.get(i)), values.get(i)));
        }
        NativeTable totalTable = table("report.total.caption", List.of("report.measure", "report.value"));
        totals.forEach(bar -> row(totalTable, bar.label(), String.valueOf(bar.value())));
        section("report.total", new BarChart(totals), totalTable);

        section("report.perMatter", chart(report.perMatter()), lines(report.perMatter(), "report.matter",
                "report.perMatter.caption"));
        section("report.perWeek", chart(report.perWeek()), lines(report.perWeek(), "report.week",
                "report.perWeek.caption"));

        NativeTable reasons = table("report.reasons.caption", List.of("report.reason", "report.value"));
        report.reasons().forEach(reason -> row(reasons, reason.reason(), String.valueOf(reason.count())));
        Component reasonsBody = report.reasons().isEmpty() ? new Paragraph(getTranslation("report.reasons.none"))
                : reasons;
        section("report.reasons", new BarChart(report.reasons().stream()
                .map(reason -> new BarChart.Bar(reason.reason(), reason.count())).toList()), reasonsBody);

        Paragraph lead = new Paragraph(report.averageLeadHours() == null ? getTranslation("report.lead.none")
                : getTranslation("report.lead.value", String.format(getLocale(), "%.1f",
                        report.averageLeadHours() / 24)));
        lead.addClassName("report-lead");
        section("report.lead", lead);

        Paragraph utilisation = new Paragraph(getTranslation("report.utilisation.value",
                String.format(getLocale(), "%.1f", report.utilisation() * 100), report.bookedMinutes(),
                report.offeredMinutes()));
        utilisation.addClassName("report-utilisation");
        section("report.utilisation", utilisation);
    }

    private BarChart chart(List<OfficeReport.Line> lines) {
        return new BarChart(lines.stream().map(line -> new BarChart.Bar(line.label(), line.counts().booked()))
                .toList());
    }

    private NativeTable lines(List<OfficeReport.Line> lines, String labelKey, String captionKey) {
        List<String> headers = new ArrayList<>(List.of(labelKey));
        COUNT_KEYS.forEach(key -> headers.add("report.count." + key));
        NativeTable table = table(captionKey, headers);
        for (OfficeReport.Line line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.label()));
            values(line.counts()).forEach(value -> cells.add(String.valueOf(value)));
            row(table, cells.toArray(String[]::new));
        }
        return table;
    }

    private NativeTable table(String captionKey, List<String> headerKeys) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(getTranslation(captionKey));
        NativeTableRow head = table.getHead().addRow();
        headerKeys.forEach(key -> head.addHeaderCell().setText(getTranslation(key)));
        return table;
    }

    private static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String cell : cells) {
            row.addDataCell().setText(cell);
        }
    }

    private void section(String headingKey, Component... parts) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.addClassName("report-section");
        section.add(parts);
        content.add(section);
    }

    private static List<Long> values(OfficeReport.Counts counts) {
        return List.of(counts.booked(), counts.attended(), counts.noShows(), counts.cancelledByResidents(),
                counts.cancelledByOffice());
    }

    /** The report as shown, one line per number: section, label, then the five counts (or one value). */
    private DownloadHandler csvDownload() {
        List<String> headers = new ArrayList<>(List.of(getTranslation("report.csv.section"),
                getTranslation("report.csv.label")));
        COUNT_KEYS.forEach(key -> headers.add(getTranslation("report.count." + key)));
        String totalLabel = getTranslation("report.total");
        String matterLabel = getTranslation("report.perMatter");
        String weekLabel = getTranslation("report.perWeek");
        String reasonLabel = getTranslation("report.reasons");
        String leadLabel = getTranslation("report.lead");
        String utilisationLabel = getTranslation("report.utilisation");
        return event -> {
            OfficeReport report = shown;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                    .setHeader(headers.toArray(String[]::new)).get();
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
                if (report != null) {
                    printer.printRecord(counts(totalLabel, "", report.total()));
                    for (OfficeReport.Line line : report.perMatter()) {
                        printer.printRecord(counts(matterLabel, line.label(), line.counts()));
                    }
                    for (OfficeReport.Line line : report.perWeek()) {
                        printer.printRecord(counts(weekLabel, line.label(), line.counts()));
                    }
                    for (OfficeReport.Reason reason : report.reasons()) {
                        printer.printRecord(reasonLabel, reason.reason(), reason.count());
                    }
                    printer.printRecord(leadLabel, "h", report.averageLeadHours() == null ? ""
                            : String.format(Locale.ROOT, "%.1f", report.averageLeadHours()));
                    printer.printRecord(utilisationLabel, "%", String.format(Locale.ROOT, "%.1f",
                            report.utilisation() * 100));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] file = bytes.toByteArray();
            event.setFileName(report == null ? "raport.csv"
                    : "raport-" + report.from() + "-" + report.to() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(file.length);
            event.getOutputStream().write(file);
        };
    }

    private static List<Object> counts(String section, String label, OfficeReport.Counts counts) {
        List<Object> cells = new ArrayList<>(List.of(section, label));
        cells.addAll(values(counts));
        return cells;
    }

    @Override
    public String titleKey() {
        return "report.title";
    }
}
