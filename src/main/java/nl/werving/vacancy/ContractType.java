package nl.werving.vacancy;

import io.quarkus.qute.TemplateEnum;

/** The kind of contract offered; AGENCY means employed through a staffing agency. */
@TemplateEnum
public enum ContractType {
    PERMANENT, FIXED_TERM, AGENCY
}
