package pl.wizyty.clerk.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.visit.AgendaRow;

/**
 * "Pobierz CSV": the agenda as a spreadsheet file. UTF-8 with a byte-order mark and semicolons, so that Excel with
 * Polish settings opens it in columns with the diacritics intact. The columns are listed in the README.
 */
final class AgendaCsv {

    static final String[] COLUMN_KEYS = {"date", "start", "end", "desk", "number", "resident", "phone", "email",
            "matter", "state", "accessibility", "note"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AgendaCsv() {
    }

    static byte[] write(List<String> headers, List<AgendaRow> rows, Function<AgendaRow, String> state,
            Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(headers.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (AgendaRow row : rows) {
                ZonedDateTime start = row.startsAt().atZone(TimeConfiguration.ZONE);
                printer.printRecord(DateTimeTexts.numericDate(start.toLocalDate(), locale), DateTimeTexts.time(row.startsAt()),
                        DateTimeTexts.time(row.endsAt()), row.deskName(), row.bookingNumber(), row.residentName(),
                        row.contactPhone(), row.contactEmail(), row.matterName(), state.apply(row),
                        row.accessibilityNeeds(), row.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
