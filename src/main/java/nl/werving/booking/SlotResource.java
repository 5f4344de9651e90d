package nl.werving.booking;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.booking.Slots.SlotsPage;
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.Formats;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.ReturnPath;
import nl.werving.web.RuleViolation;

/** The slots of a vacancy: publish many at once, see who booked, cancel or delete one, record who came, send booking links. */
@Path("/app/vacancies/{id}/slots")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class SlotResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slots(SlotsPage page, SlotForm form, FormErrors errors, String problem);
    }

    @Inject
    Slots slots;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response list(@RestPath long id) {
        return page(id, SlotForm.next(LocalDate.now(clock.withZone(Formats.ZONE)).plusDays(1)), FormErrors.none(), null,
                Response.Status.OK);
    }

    @POST
    public Response publish(@RestPath long id, @BeanParam SlotForm form) {
        BookingMessages msg = messages();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                int published = slots.publish(id, form);
                flash.success(msg.published(published));
                return back(id);
            } catch (RuleViolation e) {
                switch (e.code()) {
                    case "slot-stage" -> errors.add("stageId", msg.stageInvalid());
                    case "slot-times" -> errors.add("times", msg.timesInvalid());
                    case "slot-place" -> errors.add("location", msg.placeRequired());
                    case "slot-interviewer" -> errors.add("interviewerIds", msg.interviewerInvalid());
                    case "slot-too-many" -> errors.add("days", msg.tooMany(SlotForm.MOST_SLOTS));
                    case "slot-in-past" -> errors.add("date", msg.inThePast());
                    default -> throw e;
                }
            }
        }
        return page(id, form, errors, null, Response.Status.BAD_REQUEST);
    }

    @POST
    @Path("{slotId}/cancel")
    public Response cancel(@RestPath long id, @RestPath long slotId) {
        try {
            int told = slots.cancel(id, slotId);
            flash.success(messages().slotCancelled(told));
        } catch (RuleViolation alreadyCancelled) {
            flash.error(messages().slotAlreadyCancelled());
        }
        return back(id);
    }

    @POST
    @Path("{slotId}/delete")
    public Response delete(@RestPath long id, @RestPath long slotId) {
        try {
            slots.delete(id, slotId);
            flash.success(messages().slotDeleted());
            return back(id);
        } catch (RuleViolation hasBookings) {
            return page(id, SlotForm.next(LocalDate.now(clock.withZone(Formats.ZONE)).plusDays(1)), FormErrors.none(),
                    messages().slotHasBookings(), Response.Status.CONFLICT);
        }
    }

    @POST
    @Path("bookings/{bookingId}/attendance")
    public Response attendance(@RestPath long id, @RestPath long bookingId, @RestForm Attendance attendance) {
        if (attendance == null) {
            flash.error(messages().attendanceRequired());
            return back(id);
        }
        try {
            slots.recordAttendance(id, bookingId, attendance);
            flash.success(messages().attendanceRecorded());
        } catch (RuleViolation notStarted) {
            flash.error(messages().attendanceTooEarly());
        }
        return back(id);
    }

    /** Sends the booking link to the ticked cards of the board, or to one application. */
    @POST
    @Path("invite")
    public Response invite(@RestPath long id, @RestForm List<Long> ids, @RestForm String returnTo) {
        ids = ids == null ? List.of() : ids;
        int sent = slots.invite(id, ids);
        BookingMessages msg = messages();
        if (sent == 0) {
            flash.error(msg.noneInvited());
        } else {
            flash.success(msg.invited(sent) + (sent < ids.size() ? " " + msg.notInvited(ids.size() - sent) : ""));
        }
        return Response.seeOther(URI.create(ReturnPath.orElse(returnTo, "/app/vacancies/" + id + "/slots"))).build();
    }

    private Response page(long id, SlotForm form, FormErrors errors, String problem, Response.Status status) {
        return PersonalData.uncached(Response.status(status).entity(Templates.slots(slots.page(id), form, errors, problem)));
    }

    private BookingMessages messages() {
        return locale.bundle(BookingMessages.class);
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/app/vacancies/" + id + "/slots")).build();
    }
}
