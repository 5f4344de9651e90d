package nl.werving.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Krippendorff's alpha for interval data against examples worked out by hand. */
class CalibrationStatisticsTest {

    @Test
    void shouldMatchAHandComputedAlphaForPairs() {
        // Units (1,2), (3,3), (4,5); n = 6 pairable values.
        // Observed: each unit sums (vi − vj)² over ordered pairs and divides by m − 1: 2/1 + 0/1 + 2/1 = 4; Do = 4/6.
        // Expected: over all ordered pairs of the 6 values, Σ(vi − vj)² = 2(nΣv² − (Σv)²) = 2(6·64 − 18²) = 120;
        // De = 120 / (6·5) = 4. Alpha = 1 − (4/6)/4 = 5/6 = 0.8333.
        assertEquals(0.8333, KrippendorffAlpha.of(List.of(new double[] { 1, 2 }, new double[] { 3, 3 }, new double[] { 4, 5 })),
                0.0001);
    }

    @Test
    void shouldWeighUnitsOfDifferentSizes() {
        // Units (2,3,4), (4,4); n = 5. Observed: (2·(1 + 4 + 1)) / 2 + 0 = 6; Do = 6/5 = 1.2.
        // Expected: Σv = 17, Σv² = 61: 2(5·61 − 17²) = 32; De = 32 / (5·4) = 1.6. Alpha = 1 − 1.2/1.6 = 0.25.
        assertEquals(0.25, KrippendorffAlpha.of(List.of(new double[] { 2, 3, 4 }, new double[] { 4, 4 })), 0.0001);
    }

    @Test
    void shouldLeaveOutUnitsWithOneRating() {
        assertEquals(0.8333, KrippendorffAlpha.of(List.of(new double[] { 1, 2 }, new double[] { 3, 3 }, new double[] { 4, 5 },
                new double[] { 1 })), 0.0001);
    }

    @Test
    void shouldBeUndefinedWithoutSpreadOrPairs() {
        assertNull(KrippendorffAlpha.of(List.of(new double[] { 3, 3 }, new double[] { 3, 3, 3 })));
        assertNull(KrippendorffAlpha.of(List.of(new double[] { 4 })));
    }
}
