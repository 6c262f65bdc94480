package pl.wizyty.clerk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.visit.AgendaRow;
import pl.wizyty.visit.VisitStatus;

class AgendaCsvTest {

    private static final List<String> HEADERS = List.of("Data", "Początek", "Koniec", "Stanowisko", "Numer",
            "Mieszkaniec", "Telefon", "E-mail", "Sprawa", "Status", "Potrzeby dostępności", "Uwagi");

    @Test
    void the_file_has_a_byte_order_mark_semicolons_and_keeps_polish_letters_and_quotes() throws IOException {
        AgendaRow row = new AgendaRow(1, "AK-23456", Instant.parse("2026-12-09T08:00:00Z"),
                Instant.parse("2026-12-09T08:30:00Z"), "Zofia Żółć", "+48 600 100 200", null, "Dowód; osobisty",
                VisitStatus.BOOKED, "Wózek \"duży\"", null, 0, 1, "Stanowisko 1");

        byte[] file = AgendaCsv.write(HEADERS, List.of(row), shown -> "Umówiona", TranslationProvider.POLISH);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Data;Początek;Koniec;Stanowisko;Numer;");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(1);
        CSVRecord record = records.getFirst();
        assertThat(record.get("Data")).isEqualTo("09.12.2026");
        assertThat(record.get("Początek")).isEqualTo("09:00");
        assertThat(record.get("Koniec")).isEqualTo("09:30");
        assertThat(record.get("Mieszkaniec")).isEqualTo("Zofia Żółć");
        assertThat(record.get("Sprawa")).isEqualTo("Dowód; osobisty");
        assertThat(record.get("Potrzeby dostępności")).isEqualTo("Wózek \"duży\"");
        assertThat(record.get("E-mail")).isEmpty();
        assertThat(record.get("Status")).isEqualTo("Umówiona");
    }
}
