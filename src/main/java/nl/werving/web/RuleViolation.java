package nl.werving.web;

/**
 * A domain rule refused an action (publishing without a salary range, closing a closed vacancy).
 * The code is stable for API clients; pages turn it into a message in the user's language.
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
