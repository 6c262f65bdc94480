package pl.wizyty.account;

import java.util.Set;

/** The offices a staff member may act on: all of them (an admin) or the assigned ones (a clerk). */
public record OfficeAccess(boolean all, Set<Long> officeIds) {

    public static final OfficeAccess ALL = new OfficeAccess(true, Set.of());

    public OfficeAccess {
        officeIds = Set.copyOf(officeIds);
    }

    public boolean allows(long officeId) {
        return all || officeIds.contains(officeId);
    }
}
