package pl.wizyty.visit;

/** The visits the person acting may see and change; any other visit is "not found" to them, never "forbidden". */
@FunctionalInterface
interface VisitScope {

    boolean includes(Visit visit);

    static VisitScope ownedBy(long residentId) {
        return visit -> visit.getResidentId() == residentId;
    }

    static VisitScope everyVisit() {
        return visit -> true;
    }
}
