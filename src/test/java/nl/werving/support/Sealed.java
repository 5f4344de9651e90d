package nl.werving.support;

import io.quarkus.arc.Arc;
import nl.werving.personaldata.CandidateKeys;

/** Values as the application stores them, for tests that build rows by hand. */
public final class Sealed {

    private Sealed() {
    }

    /** The text sealed under the candidate's key; call it inside the transaction that stores the row. */
    public static byte[] text(long candidateId, String text) {
        return Arc.container().instance(CandidateKeys.class).get().encryptText(candidateId, text);
    }
}
