package nl.werving.interview;

import java.util.Collection;

/**
 * Krippendorff's alpha for interval data: how far the interviewers of the same candidate agree, compared with how far
 * any two ratings of the group differ. 1 is full agreement, 0 is no better than chance, below 0 is systematic
 * disagreement. Chosen over ICC(1) because a candidate may have two interviewers or four: alpha needs no equal number
 * of ratings per candidate.
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * Alpha over units (here: one candidate's ratings of one competency), each with its values. Units with fewer than
     * two values are not pairable and left out. {@code null} when nothing is pairable or all values are the same, where
     * agreement is undefined.
     */
    static Double of(Collection<double[]> units) {
        int n = 0;
        double sum = 0;
        double sumOfSquares = 0;
        double observed = 0;
        for (double[] unit : units) {
            int m = unit.length;
            if (m < 2) {
                continue;
            }
            double withinPairs = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    withinPairs += square(unit[i] - unit[j]);
                }
                sum += unit[i];
                sumOfSquares += square(unit[i]);
            }
            observed += withinPairs / (m - 1);
            n += m;
        }
        if (n < 2) {
            return null;
        }
        // Sum over all ordered pairs of the pairable values, by the identity Σ(vi − vj)² = 2(nΣv² − (Σv)²).
        double allPairs = 2 * (n * sumOfSquares - sum * sum);
        double expectedDisagreement = allPairs / ((double) n * (n - 1));
        if (expectedDisagreement <= 1e-12) {
            return null;
        }
        double observedDisagreement = observed / n;
        return 1 - observedDisagreement / expectedDisagreement;
    }

    private static double square(double value) {
        return value * value;
    }
}
