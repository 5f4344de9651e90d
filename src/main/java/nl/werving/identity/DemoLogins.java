package nl.werving.identity;

/**
 * Whether the login page may point at the demo logins. Implemented only by the demo data, which exists in development
 * and test builds alone; a production build has no implementation, so its login page never mentions them.
 */
public interface DemoLogins {

    boolean available();
}
