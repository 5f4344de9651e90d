package nl.werving.booking;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.booking.Bookings.BookingPage;
import nl.werving.booking.Bookings.Outcome;
import nl.werving.candidate.CandidateService;
import nl.werving.web.Flash;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/**
 * The candidate's booking page, opened from the status page or the booking-link mail: choose a moment, move it, cancel
 * it, or wait for a seat in a full slot. A refused action re-renders the page with the reason and the other moments.
 */
@Path("/status/{token}/applications/{applicationId}/booking")
@Produces(MediaType.TEXT_HTML)
public class BookingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance booking(String token, BookingPage page, String problem);
    }

    @Inject
    CandidateService candidates;

    @Inject
    Bookings bookings;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response booking(@RestPath String token, @RestPath long applicationId) {
        return page(token, candidate(token), applicationId, Response.Status.OK, null);
    }

    @POST
    public Response book(@RestPath String token, @RestPath long applicationId, @RestForm Long slotId) {
        long candidateId = candidate(token);
        BookingMessages msg = messages();
        if (slotId == null) {
            return page(token, candidateId, applicationId, Response.Status.BAD_REQUEST, msg.chooseSlot());
        }
        try {
            Outcome outcome = bookings.book(candidateId, applicationId, slotId, locale.get());
            flash.success(outcome == Outcome.RESCHEDULED ? msg.rescheduled() : msg.booked());
            return backToPage(token, applicationId);
        } catch (RuleViolation e) {
            return refused(token, candidateId, applicationId, e);
        } catch (PersistenceException twice) {
            // The same application booked twice at once (two tabs): the unique key kept one.
            return page(token, candidateId, applicationId, Response.Status.CONFLICT, msg.alreadyBooked());
        }
    }

    @POST
    @Path("cancel")
    public Response cancel(@RestPath String token, @RestPath long applicationId, @RestForm SlotKind kind) {
        long candidateId = candidate(token);
        if (kind == null) {
            throw new NotFoundException();
        }
        try {
            bookings.cancel(candidateId, applicationId, kind);
            flash.success(messages().cancelled());
            return backToPage(token, applicationId);
        } catch (RuleViolation e) {
            return refused(token, candidateId, applicationId, e);
        }
    }

    @POST
    @Path("wait")
    public Response joinWaitingList(@RestPath String token, @RestPath long applicationId, @RestForm Long slotId) {
        long candidateId = candidate(token);
        if (slotId == null) {
            return page(token, candidateId, applicationId, Response.Status.BAD_REQUEST, messages().chooseSlot());
        }
        try {
            bookings.joinWaitingList(candidateId, applicationId, slotId);
            flash.success(messages().waiting());
            return backToPage(token, applicationId);
        } catch (RuleViolation e) {
            return refused(token, candidateId, applicationId, e);
        }
    }

    @POST
    @Path("leave")
    public Response leaveWaitingList(@RestPath String token, @RestPath long applicationId, @RestForm SlotKind kind) {
        long candidateId = candidate(token);
        if (kind != null) {
            bookings.leaveWaitingList(candidateId, applicationId, kind);
        }
        flash.success(messages().leftWaitingList());
        return backToPage(token, applicationId);
    }

    /** The page again with the reason; a booking refused before its seat brings the page it was refused with. */
    private Response refused(String token, long candidateId, long applicationId, RuleViolation e) {
        BookingMessages msg = messages();
        BookingPage page = e instanceof BookingRefused refused ? refused.page() : bookings.page(candidateId, applicationId, locale.get());
        return switch (e.code()) {
            case "slot-full" -> page(token, page, Response.Status.CONFLICT, msg.slotFull());
            case "cut-off" -> page(token, page, Response.Status.CONFLICT, null);
            case "ended" -> page(token, page, Response.Status.CONFLICT, msg.applicationEnded());
            case "already-booked" -> page(token, page, Response.Status.CONFLICT, msg.alreadyBooked());
            case "slot-free" -> page(token, page, Response.Status.CONFLICT, msg.slotFree());
            default -> page(token, page, Response.Status.BAD_REQUEST, msg.notOffered());
        };
    }

    private Response page(String token, long candidateId, long applicationId, Response.Status status, String problem) {
        return page(token, bookings.page(candidateId, applicationId, locale.get()), status, problem);
    }

    private Response page(String token, BookingPage page, Response.Status status, String problem) {
        String shown = problem;
        if (status == Response.Status.CONFLICT && problem == null) {
            shown = page.contact() == null ? messages().cutOffReply() : messages().cutOffContact(page.contact());
        }
        return PersonalData.uncached(Response.status(status).entity(Templates.booking(token, page, shown)));
    }

    private BookingMessages messages() {
        return locale.bundle(BookingMessages.class);
    }

    private static Response backToPage(String token, long applicationId) {
        return Response.seeOther(URI.create("/status/" + token + "/applications/" + applicationId + "/booking")).build();
    }

    /** An unknown, forged or expired link gets the same 404 as any missing page. */
    private long candidate(String token) {
        return candidates.candidateForStatusToken(token).orElseThrow(NotFoundException::new);
    }
}
