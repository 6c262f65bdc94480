package pl.wizyty.visit;

/** Who changed a visit: the resident themself or the office (a clerk) on their behalf. */
public enum Actor {
    RESIDENT, OFFICE
}
