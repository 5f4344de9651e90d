package nl.werving.pipeline;

import java.util.Collection;
import java.util.Map;

/** How many automated actions wait for each application, from the automation feature, in one query. */
public interface PendingActions {

    /** Pending actions by application id, for a vacancy's board; applications without any are left out. */
    Map<Long, Integer> ofVacancy(long vacancyId);

    /** The same for some applications, e.g. the one card a move redraws. */
    Map<Long, Integer> of(Collection<Long> applicationIds);
}
