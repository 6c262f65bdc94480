package pl.wizyty.visit;

/**
 * Who makes a change of a visit: the kind (the resident, or the office on their behalf) and, where a person did it,
 * their account. A closure run by the system is the office with no account.
 */
public record Acting(Actor kind, Long accountId) {

    public static Acting resident(long accountId) {
        return new Acting(Actor.RESIDENT, accountId);
    }

    public static Acting office(Long clerkAccountId) {
        return new Acting(Actor.OFFICE, clerkAccountId);
    }

    boolean isResident() {
        return kind == Actor.RESIDENT;
    }
}
