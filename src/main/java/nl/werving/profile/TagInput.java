package nl.werving.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The tag text a refused form sent, so the profile shows it again beside its message. */
@RequestScoped
@Named("tagInput")
public class TagInput {

    private String value = "";

    public String getValue() {
        return value;
    }

    void keep(String typed) {
        value = typed == null ? "" : typed;
    }
}
