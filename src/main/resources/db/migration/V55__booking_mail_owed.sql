-- The confirmation a booking still owes its candidate (BOOKED, RESCHEDULED or PROMOTED): a booking is written with it, and
-- the booking-confirmations job renders the mail with the booking as it is then and queues it in the outbox seconds later,
-- so that a rush for a few seats spends its requests on the seats. Null once queued.
alter table booking add column mail_owed varchar(20);

create index ix_booking_mail_owed on booking (mail_owed);
