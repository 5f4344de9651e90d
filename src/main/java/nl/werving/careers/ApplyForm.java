package nl.werving.careers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.werving.candidate.AcceptableCv;
import nl.werving.candidate.CvFile;
import nl.werving.pipeline.SourceChannel;
import nl.werving.web.ContactEmail;
import nl.werving.web.FormFields;
import nl.werving.web.PhoneNumber;

/**
 * The apply form: only what a first selection needs. Deliberately no fields for citizen service number,
 * ID copy, photo, date of birth or salary history.
 */
public class ApplyForm {

    @RestForm
    @NotBlank(message = "{apply.fullName.required}")
    @Size(max = 120, message = "{werving.size.max}")
    public String fullName;

    @RestForm
    @NotBlank(message = "{apply.email.required}")
    @ContactEmail
    @Size(max = ContactEmail.MAX_LENGTH, message = "{werving.size.max}")
    public String email;

    @RestForm
    @NotBlank(message = "{apply.phone.required}")
    @PhoneNumber
    public String phone;

    @RestForm
    @Size(max = 2000, message = "{werving.size.max}")
    public String motivation;

    /** The candidate's answer to "how did you hear of us?". */
    @RestForm
    public SourceChannel source;

    /** The {@code ?src=} of the job-board link the candidate arrived through. */
    @RestForm
    @Size(max = 40)
    public String src;

    @RestForm
    public boolean talentPool;

    /** Invisible to people; a bot that fills it in gets a thank-you and nothing is stored. */
    @RestForm
    public String website;

    @RestForm
    @AcceptableCv
    public FileUpload cv;

    /** Spaces around pasted names and addresses are not mistakes worth a message, nor line breaks counted twice. */
    public void strip() {
        fullName = fullName == null ? null : fullName.strip();
        email = email == null ? null : email.strip();
        phone = phone == null ? null : phone.strip();
        motivation = FormFields.lines(motivation);
    }

    /** The CV as stored; only for a form whose CV passed {@link AcceptableCv}. */
    public CvFile cvFile() {
        return CvFile.read(cv).orElseThrow();
    }

    public boolean isBot() {
        return website != null && !website.isBlank();
    }

    /** The channel for reports: the job-board link wins over the candidate's memory. */
    public SourceChannel channel() {
        return SourceChannel.fromTag(src).orElse(source == null ? SourceChannel.SITE : source);
    }

    /** The link's tag as a plain word, for campaign reports. */
    public String sourceTag() {
        if (src == null) {
            return null;
        }
        String tag = src.toLowerCase().replaceAll("[^a-z0-9-]", "");
        return tag.isEmpty() ? null : tag.substring(0, Math.min(tag.length(), 40));
    }
}
