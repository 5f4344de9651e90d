package nl.werving.careers;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.TemplateEnum;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;

/** The filters of the public job list, kept in the URL so a filtered list can be shared. */
public class JobFilter {

    /** Hours a week a candidate is looking for. */
    @TemplateEnum
    public enum Hours {
        UP_TO_24, FROM_24_TO_32, FROM_32;

        boolean overlaps(Integer min, Integer max) {
            return switch (this) {
                case UP_TO_24 -> min != null && min <= 24;
                case FROM_24_TO_32 -> min != null && max != null && min <= 32 && max >= 24;
                case FROM_32 -> max != null && max >= 32;
            };
        }
    }

    @RestQuery
    public String city;

    @RestQuery
    public ContractType contract;

    @RestQuery
    public Hours hours;

    /** A language the work is in. */
    @RestQuery
    public Language language;

    public boolean matches(Vacancy vacancy) {
        return (city == null || city.isBlank() || city.equalsIgnoreCase(vacancy.city))
                && (contract == null || contract == vacancy.contractType)
                && (hours == null || hours.overlaps(vacancy.hoursMin, vacancy.hoursMax))
                && (language == null || vacancy.levelFor(language).isPresent());
    }

    public boolean isActive() {
        return (city != null && !city.isBlank()) || contract != null || hours != null || language != null;
    }
}
