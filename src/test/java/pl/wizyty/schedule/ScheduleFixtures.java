package pl.wizyty.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds an office of its own for each test, so tests never see each other's slots. */
@Component
public class ScheduleFixtures {

    public record Setup(long officeId, long matterId, List<Long> deskIds) {
    }

    private final OfficeRepository offices;
    private final MatterRepository matters;
    private final DeskRepository desks;
    private final OpeningHoursRepository hours;
    private final ClosureRepository closures;

    ScheduleFixtures(OfficeRepository offices, MatterRepository matters, DeskRepository desks,
            OpeningHoursRepository hours, ClosureRepository closures) {
        this.offices = offices;
        this.matters = matters;
        this.desks = desks;
        this.hours = hours;
        this.closures = closures;
    }

    /** An office open Monday to Friday 8:00–12:00 and 12:30–15:00, one matter of 30 minutes, 30-day window. */
    @Transactional
    public Setup weekdayOffice(int deskCount) {
        return office(deskCount, 30, 15, 0, 30, true);
    }

    /** The same office under a name of its own, for a test that picks it out of a list of offices. */
    @Transactional
    public Setup weekdayOffice(String name, int deskCount) {
        return office(name, deskCount, 30, 15, 0, 30, true);
    }

    @Transactional
    public Setup office(int deskCount, int durationMinutes, int slotMinutes, int minNoticeHours, int maxDaysAhead,
            boolean online) {
        return office("Wydział Testowy", deskCount, durationMinutes, slotMinutes, minNoticeHours, maxDaysAhead,
                online);
    }

    private Setup office(String name, int deskCount, int durationMinutes, int slotMinutes, int minNoticeHours,
            int maxDaysAhead, boolean online) {
        Office office = offices.save(new Office(name, "ul. Testowa 1, 00-001 Test", "pok. 1",
                "Wejście bez progów", "+48 54 000 00 00", "test@example.pl", slotMinutes));
        Matter matter = new Matter("Sprawa testowa", "Opis", durationMinutes, List.of("Dowód osobisty"), online,
                minNoticeHours, maxDaysAhead);
        matter.handledBy(office);
        matters.save(matter);
        List<Long> deskIds = new ArrayList<>();
        for (int i = 1; i <= deskCount; i++) {
            Desk desk = new Desk(office, "Stanowisko " + i);
            desk.handles(matter);
            deskIds.add(desks.save(desk).getId());
        }
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.save(new OpeningHours(office, day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.save(new OpeningHours(office, day, LocalTime.of(12, 30), LocalTime.of(15, 0)));
        }
        return new Setup(office.getId(), matter.getId(), deskIds);
    }

    /** The office and its matter as an admin describes them in English: names, room and what to bring. */
    @Transactional
    public void inEnglish(Setup setup) {
        inEnglish(setup, "Test Department", "Test matter");
    }

    /** The same with names of the test's own, for a test that picks them out of a list. */
    @Transactional
    public void inEnglish(Setup setup, String officeName, String matterName) {
        offices.getReferenceById(setup.officeId()).describeInEnglish(new Office.English(officeName, "room 1", null));
        Matter matter = matters.getReferenceById(setup.matterId());
        Matter.Wording polish = matter.wording();
        matter.update(new Matter.Wording(polish.name(), polish.description(), polish.whatToBring(), matterName,
                null, "ID card", polish.keywords()), matter.getDurationMinutes(), matter.isBookableOnline(),
                matter.getMinNoticeHours(), matter.getMaxDaysAhead(), matter.isActive());
    }

    @Transactional
    public void openOn(long officeId, DayOfWeek day, LocalTime opens, LocalTime closes) {
        hours.save(new OpeningHours(offices.getReferenceById(officeId), day, opens, closes));
    }

    /** Another bookable matter at the office, with its English name and search keywords (either may be null). */
    @Transactional
    public long matter(long officeId, String name, String nameEn, String keywords) {
        Matter matter = new Matter(name, "Opis", 30, List.of(), true, 0, 30);
        matter.update(new Matter.Wording(name, "Opis", null, nameEn, null, null, keywords), 30, true, 0, 30, true);
        matter.handledBy(offices.getReferenceById(officeId));
        return matters.save(matter).getId();
    }

    /** Closes the whole office for part of one day. */
    @Transactional
    public void closeHours(long officeId, LocalDate day, LocalTime from, LocalTime to) {
        closures.save(new Closure(offices.getReferenceById(officeId), null, day, day, from, to, "Test"));
    }

    @Transactional
    public void close(long officeId, Long deskId, LocalDate first, LocalDate last) {
        closures.save(new Closure(offices.getReferenceById(officeId), deskId, first, last, "Test"));
    }
}
