package nl.werving.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.candidate.Tag;
import nl.werving.candidate.TagColour;
import nl.werving.web.OneOf;

/** A tag on the admins' list as an admin edits it. */
public class TagForm {

    @RestForm
    @NotBlank(message = "{tag.name.required}")
    @Size(max = Tag.NAME_MAX, message = "{werving.size.max}")
    public String name;

    @RestForm
    @OneOf(TagColour.class)
    public String colour;

    @RestForm
    public Long version;

    public static TagForm of(Tag tag) {
        TagForm form = new TagForm();
        form.name = tag.name;
        form.colour = tag.colour.name();
        form.version = tag.version;
        return form;
    }
}
