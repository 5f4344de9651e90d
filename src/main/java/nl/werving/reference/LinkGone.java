package nl.werving.reference;

/** A referee's link that existed but no longer opens the questionnaire, and why; answered with 410 Gone. */
public class LinkGone extends RuntimeException {

    public enum Reason {
        /** Answered or declined already: the link works once. */
        USED,
        EXPIRED,
        /** The candidate withdrew consent, or the procedure ended. */
        CANCELLED
    }

    private final Reason reason;

    public LinkGone(Reason reason) {
        super("Referee link " + reason.name().toLowerCase(java.util.Locale.ROOT), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
