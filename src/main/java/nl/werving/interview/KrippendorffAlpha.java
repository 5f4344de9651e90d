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
        Sums sums = new Sums(0, 0, 0, 0);
        for (double[] unit : units) {
            int m = unit.length;
            if (m < 2) {
                continue;
            }
            double sum = 0;
            double sumOfSquares = 0;
            for (double value : unit) {
                sum += value;
                sumOfSquares += square(value);
            }
            sums = sums.plus(new Sums(m, sum, sumOfSquares, 2 * (m * sumOfSquares - sum * sum) / (m - 1)));
        }
        return of(sums);
    }

    /**
     * The sums alpha needs over the pairable values: how many, their sum and sum of squares, and the observed
     * disagreement, Σ over units of Σ(vi − vj)² / (m − 1), where a unit's Σ(vi − vj)² over its ordered pairs is
     * 2(mΣv² − (Σv)²). They add up over units, so the calibration facts can carry them.
     */
    record Sums(long n, double sum, double sumOfSquares, double observed) {

        Sums plus(Sums other) {
            return new Sums(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares, observed + other.observed);
        }
    }

    /** Alpha from its sums; {@code null} when nothing is pairable or all values are the same. */
    static Double of(Sums sums) {
        long n = sums.n();
        if (n < 2) {
            return null;
        }
        // Sum over all ordered pairs of the pairable values, by the same identity.
        double allPairs = 2 * (n * sums.sumOfSquares() - sums.sum() * sums.sum());
        double expectedDisagreement = allPairs / ((double) n * (n - 1));
        if (expectedDisagreement <= 1e-12) {
            return null;
        }
        return 1 - sums.observed() / n / expectedDisagreement;
    }

    private static double square(double value) {
        return value * value;
    }
}
