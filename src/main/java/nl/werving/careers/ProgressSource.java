package nl.werving.careers;

import java.util.Map;

/** The progress of a candidate's running applications, by application id, for the status page; a fixed number of queries. */
public interface ProgressSource {

    Map<Long, ApplicationProgress> of(long candidateId);
}
