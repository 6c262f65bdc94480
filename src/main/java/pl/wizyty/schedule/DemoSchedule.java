package pl.wizyty.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The offices, matters, desks and hours of a small town hall, created once in the demo profile only. */
@Component
@Profile("demo")
@Order(2)
class DemoSchedule implements ApplicationRunner {

    private final OfficeRepository offices;
    private final MatterRepository matters;
    private final DeskRepository desks;
    private final OpeningHoursRepository hours;
    private final ClosureRepository closures;
    private final Clock clock;

    DemoSchedule(OfficeRepository offices, MatterRepository matters, DeskRepository desks,
            OpeningHoursRepository hours, ClosureRepository closures, Clock clock) {
        this.offices = offices;
        this.matters = matters;
        this.desks = desks;
        this.hours = hours;
        this.closures = closures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (offices.count() > 0) {
            return;
        }
        String address = "ul. Słowackiego 12, 87-700 Aleksandrów Kujawski";
        Office citizens = office("Wydział Spraw Obywatelskich", address, "pok. 5, parter",
                "Wejście od ul. Słowackiego bez progów, pętla indukcyjna przy stanowisku 1, toaleta dostępna na "
                        + "parterze.", "+48 54 282 00 15", "dowody@aleksandrowkujawski.pl", 15);
        Office registry = office("Urząd Stanu Cywilnego", address, "pok. 10, parter",
                "Wejście bez progów, sala ślubów na parterze, możliwość obsługi przez tłumacza PJM po wcześniejszym "
                        + "zgłoszeniu.", "+48 54 282 00 20", "usc@aleksandrowkujawski.pl", 15);
        Office taxes = office("Referat Podatków i Opłat Lokalnych", address, "pok. 21, I piętro",
                "I piętro, dostępne windą z holu głównego; krzesła dla oczekujących.", "+48 54 282 00 30",
                "podatki@aleksandrowkujawski.pl", 15);

        Matter idApply = matter("Dowód osobisty – złożenie wniosku",
                "Wniosek o wydanie dowodu osobistego dla osoby dorosłej lub dziecka.", 15,
                List.of("Aktualne zdjęcie 35 × 45 mm", "Dotychczasowy dowód osobisty",
                        "Przy wniosku dla dziecka: obecność dziecka i jednego z rodziców"), citizens);
        Matter idCollect = matter("Dowód osobisty – odbiór",
                "Odbiór gotowego dowodu osobistego (po otrzymaniu powiadomienia SMS lub e-mail).", 15,
                List.of("Dotychczasowy dowód osobisty"), citizens);
        Matter residence = matter("Zameldowanie na pobyt stały",
                "Zameldowanie na pobyt stały w lokalu na terenie gminy.", 15,
                List.of("Dowód osobisty lub paszport", "Dokument potwierdzający tytuł prawny do lokalu"), citizens);
        Matter copy = matter("Odpis aktu stanu cywilnego",
                "Odpis skrócony lub zupełny aktu urodzenia, małżeństwa albo zgonu.", 15,
                List.of("Dowód osobisty", "Potwierdzenie opłaty skarbowej (22 zł za odpis skrócony)"), registry);
        Matter birth = matter("Zgłoszenie urodzenia dziecka",
                "Sporządzenie aktu urodzenia i nadanie numeru PESEL.", 30,
                List.of("Dowody osobiste rodziców", "Karta urodzenia (przesyła szpital)"), registry);
        Matter propertyTax = matter("Podatek od nieruchomości – konsultacja",
                "Pomoc w wypełnieniu informacji lub deklaracji na podatek od nieruchomości.", 30,
                List.of("Akt notarialny lub inny dokument nabycia", "Numer działki lub księgi wieczystej"), taxes);
        Matter marriage = new Matter("Ślub cywilny – złożenie zapewnień",
                "Ustalenie terminu ślubu; wymaga rozmowy telefonicznej z kierownikiem USC.", 45,
                List.of("Dowody osobiste narzeczonych"), false, 24, 30);
        marriage.handledBy(registry);
        matters.save(marriage);
        inEnglish(citizens, taxes, registry, idApply, idCollect, residence, copy, birth, propertyTax, marriage);

        desk(citizens, "Stanowisko 1", idApply, idCollect, residence);
        desk(citizens, "Stanowisko 2", idApply, idCollect);
        desk(registry, "Stanowisko USC", copy, birth, marriage);
        desk(taxes, "Stanowisko podatkowe", propertyTax);

        for (Office office : List.of(citizens, registry, taxes)) {
            hours.save(new OpeningHours(office, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.save(new OpeningHours(office, DayOfWeek.MONDAY, LocalTime.of(12, 30), LocalTime.of(16, 0)));
            for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
                hours.save(new OpeningHours(office, day, LocalTime.of(7, 30), LocalTime.of(12, 0)));
                hours.save(new OpeningHours(office, day, LocalTime.of(12, 30), LocalTime.of(15, 30)));
            }
            hours.save(new OpeningHours(office, DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(14, 0)));
        }
        searchedAs(idApply, "dowód, dokument tożsamości, ID card, identity card");
        searchedAs(idCollect, "dowód, dokument tożsamości, odbiór dowodu, ID card, identity card");
        searchedAs(residence, "meldunek, meldowanie, adres, registration, residence, address");
        searchedAs(copy, "akt urodzenia, akt małżeństwa, akt zgonu, certificate");
        searchedAs(birth, "urodzenie, narodziny, noworodek, PESEL, birth, newborn, baby");
        searchedAs(propertyTax, "podatek, nieruchomość, działka, property tax");
        searchedAs(marriage, "ślub, małżeństwo, wedding, marriage");
        LocalDate nextWednesday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        closures.save(new Closure(taxes, null, nextWednesday, nextWednesday, "Szkolenie pracowników"));
    }

    /** What a resident reading English sees; admins enter the same in "Sprawy" and "Wydziały". */
    private static void inEnglish(Office citizens, Office taxes, Office registry, Matter idApply, Matter idCollect,
            Matter residence, Matter copy, Matter birth, Matter propertyTax, Matter marriage) {
        citizens.describeInEnglish(new Office.English("Civil Affairs Department", "room 5, ground floor",
                "Step-free entrance from Słowackiego Street, hearing loop at desk 1, accessible toilet on the ground "
                        + "floor."));
        registry.describeInEnglish(new Office.English("Registry Office", "room 10, ground floor",
                "Step-free entrance, wedding hall on the ground floor, a Polish Sign Language interpreter on request "
                        + "made in advance."));
        taxes.describeInEnglish(new Office.English("Local Taxes and Fees Section", "room 21, first floor",
                "First floor, reached by lift from the main hall; chairs for those waiting."));
        inEnglish(idApply, "ID card – application", "Applying for an ID card for an adult or a child.",
                "A current photo, 35 × 45 mm", "Your current ID card",
                "For a child's card: the child and one of the parents must come");
        inEnglish(idCollect, "ID card – collection",
                "Collecting a ready ID card (after the text message or e-mail saying it is ready).",
                "Your current ID card");
        inEnglish(residence, "Registering permanent residence",
                "Registering as a permanent resident at an address in the municipality.", "ID card or passport",
                "A document showing your right to live at the address");
        inEnglish(copy, "Copy of a civil status certificate",
                "A short or full copy of a birth, marriage or death certificate.", "ID card",
                "Proof of the stamp duty payment (22 zł for a short copy)");
        inEnglish(birth, "Registering a child's birth",
                "Drawing up the birth certificate and assigning a PESEL number.", "Both parents' ID cards", "The birth card (sent by the hospital)");
        inEnglish(propertyTax, "Property tax – consultation",
                "Help with filling in the property tax information or return.",
                "The notarial deed or another document of acquisition", "The plot number or land register number");
        inEnglish(marriage, "Civil wedding – declarations",
                "Setting the wedding date; needs a phone call with the head of the Registry Office first.",
                "The ID cards of both partners");
    }

    private static void inEnglish(Matter matter, String name, String description, String... whatToBring) {
        Matter.Wording polish = matter.wording();
        matter.update(new Matter.Wording(polish.name(), polish.description(), polish.whatToBring(), name, description,
                String.join("\n", whatToBring), polish.keywords()), matter.getDurationMinutes(),
                matter.isBookableOnline(), matter.getMinNoticeHours(), matter.getMaxDaysAhead(), matter.isActive());
    }

    private Office office(String name, String address, String room, String accessibility, String phone,
            String email, int slotMinutes) {
        return offices.save(new Office(name, address, room, accessibility, phone, email, slotMinutes));
    }

    private Matter matter(String name, String description, int minutes, List<String> bring, Office office) {
        Matter matter = new Matter(name, description, minutes, bring, true, 2, 30);
        matter.handledBy(office);
        return matters.save(matter);
    }

    private void desk(Office office, String name, Matter... served) {
        Desk desk = new Desk(office, name);
        for (Matter matter : served) {
            desk.handles(matter);
        }
        desks.save(desk);
    }

    /** The words residents search this matter by, as an admin enters them in "Słowa do wyszukiwania". */
    private static void searchedAs(Matter matter, String keywords) {
        Matter.Wording texts = matter.wording();
        matter.update(new Matter.Wording(texts.name(), texts.description(), texts.whatToBring(), texts.nameEn(),
                texts.descriptionEn(), texts.whatToBringEn(), keywords), matter.getDurationMinutes(),
                matter.isBookableOnline(), matter.getMinNoticeHours(), matter.getMaxDaysAhead(), matter.isActive());
    }
}
