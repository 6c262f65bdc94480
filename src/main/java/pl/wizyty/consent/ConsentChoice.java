package pl.wizyty.consent;

/** Which of the three ways the visitor chose; recorded with every consent for accountability. */
public enum ConsentChoice {
    ACCEPT_ALL,
    REJECT_OPTIONAL,
    CUSTOM
}
