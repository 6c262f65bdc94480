package pl.wizyty.visit;

/** One aggregate row of a report query: a group key and its counts. */
record ReportRow(Object key, long booked, long attended, long noShows, long cancelledByResidents,
        long cancelledByOffice, long bookedMinutes, Double leadHours) {

    OfficeReport.Counts counts() {
        return new OfficeReport.Counts(booked, attended, noShows, cancelledByResidents, cancelledByOffice);
    }
}
