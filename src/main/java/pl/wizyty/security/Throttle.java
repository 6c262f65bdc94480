package pl.wizyty.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit on how often one account and one client address may try something (sign in, register, reset a password,
 * book), as two token buckets per key (bucket4j), on the injected clock. An attempt takes one token from the
 * account's bucket and one from the address's; when either is empty, the attempt is refused until the time the
 * verdict names. A key that is not known (no address outside a web request) is not limited on that side.
 *
 * <p>The buckets live in this instance's memory: behind a load balancer each instance counts on its own, and a
 * restart forgives everyone. Idle (full) buckets are dropped once there are many keys.
 */
public final class Throttle {

    private static final int SWEEP_ABOVE = 10_000;

    private final Limit perAccount;
    private final Limit perAddress;
    private final TimeMeter time;
    private final Clock clock;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    public Throttle(Limit perAccount, Limit perAddress, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * What an attempt was told.
     *
     * @param allowed   whether it may go ahead
     * @param retryAt   when the next attempt will be allowed, if this one emptied a bucket or was refused
     * @param exhausted whether this attempt took the last token: from now on the key waits (worth an audit entry)
     */
    public record Verdict(boolean allowed, Optional<Instant> retryAt, boolean exhausted) {
    }

    /** When the account or the address may try again, if either must wait now; takes nothing. */
    public Optional<Instant> blockedUntil(String account, String address) {
        return later(waitOf(accounts, account), waitOf(addresses, address));
    }

    /** Takes one attempt for the account and the address; refused (taking nothing) when either must wait. */
    public Verdict take(String account, String address) {
        Optional<Instant> blocked = blockedUntil(account, address);
        if (blocked.isPresent()) {
            return new Verdict(false, blocked, false);
        }
        boolean accountEmptied = takeOne(accounts, account, perAccount);
        boolean addressEmptied = takeOne(addresses, address, perAddress);
        Optional<Instant> next = blockedUntil(account, address);
        return new Verdict(true, next, accountEmptied || addressEmptied);
    }

    /** Forgets the account's attempts, e.g. after the right password. The address keeps its count. */
    public void forgive(String account) {
        if (account != null) {
            accounts.remove(account);
        }
    }

    private boolean takeOne(Map<String, Bucket> buckets, String key, Limit limit) {
        if (key == null) {
            return false;
        }
        sweepIfLarge(buckets, limit);
        Bucket bucket = buckets.computeIfAbsent(key, unused -> bucket(limit));
        return bucket.tryConsumeAndReturnRemaining(1).getRemainingTokens() == 0;
    }

    private Optional<Instant> waitOf(Map<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.get(key);
        if (bucket == null) {
            return Optional.empty();
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos <= 0 ? Optional.empty() : Optional.of(clock.instant().plus(Duration.ofNanos(nanos)));
    }

    private Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period()).build())
                .withCustomTimePrecision(time).build();
    }

    private static void sweepIfLarge(Map<String, Bucket> buckets, Limit limit) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.attempts());
        }
    }

    private static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
        if (one.isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return one;
        }
        return one.get().isAfter(other.get()) ? one : other;
    }
}
