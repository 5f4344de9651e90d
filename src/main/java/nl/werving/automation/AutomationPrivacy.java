package nl.werving.automation;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * What stage automations planned for the candidate's applications. The rows name the application only, but they say
 * what was done to a person and when: the copy lists them, and the purge or an erasure deletes them before the
 * application loses its link to the person, so nothing runs for an erased candidate.
 */
@ApplicationScoped
public class AutomationPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(117, "plannedActions", ScheduledAction.listOfCandidate(candidateId).stream()
                .map(r -> row("action", r[0].toString(), "dueAt", r[1], "status", r[2].toString(), "vacancy", r[3]))
                .toList()));
    }

    /** The actions hang on applications, which the pipeline moves to the kept candidate. */
    @Override
    public void merge(long duplicateId, long keptId) {
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void beforeDelete(List<Long> candidateIds) {
        ScheduledAction.deleteOfCandidates(candidateIds);
    }
}
