package nl.werving.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.werving.candidate.Tag;

/** A tag as typed on the profile or for many candidates at once: an admin's tag's name or a free tag. */
record TagText(@NotBlank(message = "{tag.text.required}") @Size(max = Tag.NAME_MAX, message = "{werving.size.max}") String tag) {
}
