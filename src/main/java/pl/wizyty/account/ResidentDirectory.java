package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.security.Roles;

/**
 * The clerk finds a resident by e-mail, phone or name, for the search and for booking on a caller's behalf. Each
 * kind of text is one indexed lookup: the e-mail (unique), the phone's last nine digits, the name's lower-case keys
 * (surname first, or first name; "Anna Nowak" and "Nowak Anna" both find her).
 */
@Service
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class ResidentDirectory {

    private final UserAccountRepository accounts;

    ResidentDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<ResidentCard> find(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        PageRequest page = PageRequest.of(0, limit);
        if (typed.contains("@")) {
            return accounts.findByEmail(UserAccount.normalizeEmail(typed))
                    .filter(account -> Roles.RESIDENT.equals(account.getRole())).map(ResidentCard::of)
                    .stream().toList();
        }
        if (typed.matches("[0-9+()\\-. ]+")) {
            String key = UserAccount.phoneKey(typed);
            return key == null || key.length() < 6 ? List.of()
                    : cards(accounts.findResidentsByPhoneKey(key, page));
        }
        String[] words = UserAccount.nameKey(typed).split("\\s+", 2);
        Map<Long, ResidentCard> found = new LinkedHashMap<>();
        if (words.length == 2) {
            add(found, accounts.findResidentsByName(like(words[1]), like(words[0]), page));
            add(found, accounts.findResidentsByName(like(words[0]), like(words[1]), page));
        } else {
            add(found, accounts.findResidentsByName(like(words[0]), "%", page));
            add(found, accounts.findResidentsByFirstName(like(words[0]), page));
        }
        return found.values().stream().limit(limit).toList();
    }

    private static void add(Map<Long, ResidentCard> found, List<UserAccount> accounts) {
        accounts.forEach(account -> found.putIfAbsent(account.getId(), ResidentCard.of(account)));
    }

    private static List<ResidentCard> cards(List<UserAccount> accounts) {
        return accounts.stream().map(ResidentCard::of).toList();
    }

    private static String like(String prefix) {
        return prefix.replace("%", "").replace("_", "") + "%";
    }
}
