package nl.werving.careers;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one running application stands, as the candidate's status page shows it: the vacancy's stages done, current
 * and to come, the next step, the date by which the candidate hears from us (the stage's time limit in working days),
 * and who their recruiter is and how to reach the team. No private contact details: a work or team address only.
 */
public record ApplicationProgress(long applicationId, List<Step> steps, String nextStep, LocalDate hearBackBy, boolean late,
        String recruiterFirstName, String contactAddress) {

    public enum StepState {
        DONE, CURRENT, TO_COME
    }

    public record Step(String name, StepState state) {

        public boolean isDone() {
            return state == StepState.DONE;
        }

        public boolean isCurrent() {
            return state == StepState.CURRENT;
        }
    }

    /** The number of the current step, counted from 1. */
    public int currentNumber() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isCurrent()) {
                return i + 1;
            }
        }
        return 0;
    }
}
