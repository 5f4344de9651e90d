package nl.werving.candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Hibernate;

import nl.werving.personaldata.BlindIndex;
import nl.werving.personaldata.CandidateKeys;

/**
 * A candidate's name, e-mail address and phone number: sealed under the candidate's key like all their personal data,
 * and found through keyed hashes ({@link BlindIndex}): the e-mail address for a second application, mailbox, phone and
 * name for likely duplicates, the starts of words for the search. Pages with many candidates open them with one key
 * query ({@link #open(Collection)}, {@link #names}).
 */
@ApplicationScoped
public class CandidateContacts {

    private final CandidateKeys keys;
    private final BlindIndex index;

    public CandidateContacts(CandidateKeys keys, BlindIndex index) {
        this.keys = keys;
        this.index = index;
    }

    /** A candidate's contact details in plain text; {@code phone} may be {@code null}. */
    public record Contact(String name, String email, String phone) {

        /** What a list shows for a candidate purged or erased after the list was read and before their key was. */
        static final Contact REMOVED = new Contact("—", "", null);
    }

    /** Seals the details onto the (persisted) candidate and keeps every hash that finds them in step. */
    @Transactional(TxType.MANDATORY)
    public void write(Candidate candidate, String name, String email, String phone) {
        seal(candidate, name, email, phone);
        index(candidate, name, email, phone);
    }

    /** Seals the details onto the candidate, which needs its id; {@link #index} sets the hashes. */
    void seal(Candidate candidate, String name, String email, String phone) {
        candidate.sealedName = keys.encryptText(candidate.id, name);
        candidate.sealedEmail = keys.encryptText(candidate.id, email);
        candidate.sealedPhone = keys.encryptText(candidate.id, phone);
        candidate.contact = new Contact(name, email, phone);
    }

    /** Sets every hash that finds the details; it needs no id, so a new candidate has them from its first insert. */
    void index(Candidate candidate, String name, String email, String phone) {
        String mailbox = DuplicateKeys.mailbox(email);
        String nameKey = DuplicateKeys.name(name);
        candidate.emailKey = emailKey(email);
        candidate.mailboxKey = index.exact("mailbox", mailbox);
        candidate.phoneKey = phoneKey(phone);
        candidate.nameUserKey = nameKey == null || mailbox == null ? null
                : index.exact("name-user", nameKey + " " + DuplicateKeys.user(mailbox));
        candidate.searchWords = SearchWords.starts(name, email).stream().map(index::token).distinct()
                .collect(Collectors.joining(" ", " ", " "));
    }

    /**
     * The details of one loaded candidate, for {@link Candidate#fullName()} and its siblings; in a transaction of its own
     * when called outside one (a template rendering after the service returned).
     */
    @Transactional
    Contact open(Candidate candidate) {
        List<String> plain = keys.decryptTexts(candidate.id,
                Arrays.asList(candidate.sealedName, candidate.sealedEmail, candidate.sealedPhone));
        return new Contact(plain.get(0), plain.get(1), plain.get(2));
    }

    /**
     * Opens the details of these loaded candidates with one key query, so a page that lists them and their names does
     * not read a key per row.
     * <p>
     * A purge or an erasure that commits between the page's query and this one takes the key with the candidate: such a
     * candidate is shown as {@link Contact#REMOVED} and is gone on the next load. A key missing for a candidate that is
     * still there is no race but lost data, and fails as before.
     */
    @Transactional
    public void open(Collection<Candidate> candidates) {
        // A lazy reference is opened on the entity behind it, which its methods read.
        List<Candidate> closed = candidates.stream().map(candidate -> (Candidate) Hibernate.unproxy(candidate))
                .filter(candidate -> candidate.contact == null).distinct().toList();
        if (closed.isEmpty()) {
            return;
        }
        CandidateKeys.Opener opener = keys.opener(closed.stream().map(candidate -> candidate.id).toList());
        List<Long> keyless = closed.stream().filter(candidate -> !opener.hasKey(candidate.id) && candidate.isSealed())
                .map(candidate -> candidate.id).toList();
        Set<Long> removed = keyless.isEmpty() ? Set.of() : Candidate.missing(keyless);
        for (Candidate candidate : closed) {
            candidate.contact = removed.contains(candidate.id) ? Contact.REMOVED
                    : new Contact(opener.text(candidate.id, candidate.sealedName), opener.text(candidate.id, candidate.sealedEmail),
                            opener.text(candidate.id, candidate.sealedPhone));
        }
    }

    /** The names of these candidates by id, with one query and one for their keys; ids no longer known are absent. */
    @Transactional
    public Map<Long, String> names(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = Set.copyOf(candidateIds);
        CandidateKeys.Opener opener = keys.opener(ids);
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : Candidate.listSealedNames(ids)) {
            names.put((Long) row[0], opener.text((Long) row[0], (byte[]) row[1]));
        }
        return names;
    }

    /** The hash {@link Candidate#emailKey} holds for this address. */
    public String emailKey(String email) {
        return index.exact("email", Candidate.normalisedEmail(email));
    }

    /** The hash {@link Candidate#phoneKey} holds for this number; {@code null} when it is no phone number to compare. */
    public String phoneKey(String phone) {
        return index.exact("phone", DuplicateKeys.phone(phone));
    }

    /**
     * The condition on {@code alias.searchWords} (a Candidate) that finds candidates having a word starting with each word
     * of the text; empty for a blank text. A text without a word of two letters finds nobody.
     * <p>
     * The tokens are written into the condition, not bound: a statement run again on a pooled connection is planned once
     * for any pattern after a few runs, and PostgreSQL's plan for an unknown pattern walks every candidate instead of
     * asking the trigram index (80 ms instead of 4 over 100,000 candidates). A token is six hex digits of a keyed hash,
     * nothing a typed text can turn into SQL.
     */
    public Optional<WordSearch> wordSearch(String text, String alias) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> asked = SearchWords.asked(text);
        if (asked.isEmpty()) {
            return Optional.of(new WordSearch("1 = 0"));
        }
        List<String> conditions = new ArrayList<>();
        for (String word : asked) {
            String token = index.token(word);
            if (!HEX_DIGITS.matcher(token).matches()) {
                throw new IllegalStateException("A search token is not hex digits");
            }
            conditions.add(alias + ".searchWords like '% " + token + " %'");
        }
        return Optional.of(new WordSearch("(" + String.join(" and ", conditions) + ")"));
    }

    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-f]+");

    /** A JPQL condition on the candidate's search words, with the tokens in it. */
    public record WordSearch(String condition) {
    }

    /**
     * Up to {@code max} ids of candidates the text finds (see {@link #wordSearch}), in no order.
     * <p>
     * A token is shared by other words on purpose (see {@link BlindIndex}), so the tokens can find a stranger. When they
     * find all their candidates (fewer than {@code max}) and no more than {@link #CONFIRMED_MAX}, as a search for one
     * person does, those are opened and only the ones whose name or address has a word starting with each word of the
     * text are kept: a stranger among two hits is what a recruiter would notice. Among more hits one may remain.
     */
    public List<Long> idsMatching(String text, int max) {
        List<Long> found = wordSearch(text, "c").map(search -> Candidate.idsWhere(search.condition(), max)).orElse(List.of());
        return found.size() < max ? confirmed(found, text) : found;
    }

    /** At most this many candidates found by their tokens are opened to confirm them: two queries, a few milliseconds. */
    static final int CONFIRMED_MAX = 200;

    /**
     * Of these candidates, found by the text's tokens, those whose name or e-mail address has a word starting with each
     * word of the text; all of them when there are more than {@link #CONFIRMED_MAX} to open.
     */
    @Transactional
    public List<Long> confirmed(List<Long> ids, String text) {
        if (ids.isEmpty() || ids.size() > CONFIRMED_MAX) {
            return ids;
        }
        List<Candidate> candidates = Candidate.list("id in ?1", ids);
        open(candidates);
        return candidates.stream().filter(candidate -> candidate.isFoundBy(text)).map(candidate -> candidate.id).toList();
    }
}
