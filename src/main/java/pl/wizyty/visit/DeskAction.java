package pl.wizyty.visit;

/** What a clerk can do with a visit on the desk; {@link DeskService#actionsFor} says which apply now. */
public enum DeskAction {
    PRESENT, ABSENT, RESCHEDULE, CANCEL, PREVIEW
}
