package nl.werving.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Percentiles from a histogram read as PostgreSQL's and H2's percentile_cont read the values themselves. */
class HistogramPercentileTest {

    @Test
    void interpolatesBetweenNeighboursLikePercentileCont() {
        long[][] values = { { 1, 1 }, { 2, 1 }, { 4, 1 }, { 10, 1 } };
        // Median: position 0.5 × 3 = 1.5, between 2 and 4. 90th: position 2.7, between 4 and 10: 4 + 0.7 × 6.
        assertEquals(3.0, PipelineFacts.percentile(values, 0.5), 1e-9);
        assertEquals(8.2, PipelineFacts.percentile(values, 0.9), 1e-9);
    }

    @Test
    void countsEachValueAsOftenAsItOccurs() {
        long[][] values = { { 24, 2 }, { 72, 5 } };
        assertEquals(72.0, PipelineFacts.percentile(values, 0.5), 1e-9);
        assertEquals(24.0, PipelineFacts.percentile(values, 0.0), 1e-9);
        assertEquals(48.0, PipelineFacts.percentile(new long[][] { { 48, 1 } }, 0.9), 1e-9);
    }
}
