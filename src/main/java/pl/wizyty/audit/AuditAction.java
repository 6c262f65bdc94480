package pl.wizyty.audit;

/** What an audit entry records. New kinds are added at the end; the name is stored. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, REGISTERED, PASSWORD_RESET, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED,
    STAFF_CREATED, STAFF_CHANGED, STAFF_DISABLED, STAFF_ENABLED, STAFF_PASSWORD_RESET,
    OFFICE_SAVED, MATTER_SAVED, DESK_SAVED, HOURS_SAVED, CLOSURE_SAVED, CLOSURE_VISITS_CANCELLED,
    VISIT_BOOKED, VISIT_MOVED, VISIT_CANCELLED, VISIT_ATTENDANCE, THROTTLED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
