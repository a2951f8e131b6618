package com.atiende.domain.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order in which a list of options is shown, shuffled so that a position gives nothing away, yet the same for
 * the same seed and key wherever and whenever it is computed: on reload, on resume days later, on any node of a
 * cluster. The seed is something stored (an attempt's seed, an enrolment's id), the key names the list within it (a
 * step's code), so that each list of one attempt gets an order of its own.
 *
 * <p>The arithmetic is written out here, not borrowed from {@code java.util.Random} or {@code Collections.shuffle},
 * whose sequences a JDK is not bound to keep: SplitMix64 (Steele, Lea and Flood, 2014) seeded with the seed and the
 * key's {@link String#hashCode()} (whose formula the JLS fixes), driving a Fisher-Yates shuffle. Changing any of it
 * reorders every attempt in progress, which ShuffledOrderTest pins.
 */
public final class ShuffledOrder {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ShuffledOrder() {
    }

    /** The items in the order the seed and key give: a permutation of all of them, the list itself untouched. */
    public static <T> List<T> of(List<T> items, long seed, String key) {
        List<T> shuffled = new ArrayList<>(items);
        long state = mix(seed) ^ mix(key.hashCode());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            state += GOLDEN_GAMMA;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            shuffled.set(j, shuffled.set(i, shuffled.get(j)));
        }
        return Collections.unmodifiableList(shuffled);
    }

    /** SplitMix64's finaliser: every bit of the input moves about half the bits of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
