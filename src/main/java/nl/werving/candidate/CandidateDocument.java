package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.personaldata.PlainRows;

/**
 * A file a candidate sent, kept in the database so a purge or a rollback is one transaction and every
 * instance serves the same file. {@code applicationId} ties it to the application it came with. Never
 * changed once stored, which also spares Hibernate comparing its bytes at every flush.
 */
@Entity
@Immutable
public class CandidateDocument extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long applicationId;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    /** The name the file had on the candidate's device, sealed like the content: read it through {@link CandidateService#fileName}. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] fileName;

    public String contentType;

    public long sizeBytes;

    /**
     * bytea on PostgreSQL, binary varying on H2. Sealed under the candidate's key ({@code personaldata.CandidateKeys});
     * read it through {@link CandidateService#content}.
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] content;

    public Instant createdAt;

    /**
     * Points the documents of one candidate at another. A document never changes otherwise, so Hibernate refuses a bulk
     * update of the entity: this one statement goes to the table itself.
     */
    public static int moveToCandidate(long fromCandidateId, long toCandidateId) {
        return getEntityManager().createNativeQuery("update candidate_document set candidate_id = :to where candidate_id = :from")
                .setParameter("to", toCandidateId).setParameter("from", fromCandidateId).executeUpdate();
    }

    /** A document's new bytes and name: the same sealed under another key (a merge, or a file stored before encryption). */
    public static void replaceSealed(long documentId, byte[] content, byte[] fileName) {
        getEntityManager().createNativeQuery("update candidate_document set content = :content, file_name = :name where id = :id")
                .setParameter("content", content).setParameter("name", fileName).setParameter("id", documentId).executeUpdate();
    }

    /**
     * Documents stored before encryption came (V34 and V39 listed them).  Seals up to {@code limit} of them with
     * {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("candidate_document_plain", "document_id", limit, seal);
    }

    public static List<CandidateDocument> listForApplication(long applicationId) {
        return list("applicationId", applicationId);
    }

    /** The candidate's documents of these applications, without their bytes, newest first; names still sealed. */
    static List<Stored> listInfo(long candidateId, Collection<Long> applicationIds) {
        return getEntityManager().createQuery("""
                select new nl.werving.candidate.CandidateDocument$Stored(d.id, d.applicationId, d.fileName, d.contentType, d.sizeBytes, d.createdAt)
                from CandidateDocument d where d.candidate.id = :candidate and d.applicationId in :ids order by d.createdAt desc
                """, Stored.class).setParameter("candidate", candidateId).setParameter("ids", applicationIds).getResultList();
    }

    /** Every document the candidate gave, for the copy of their data. */
    public static List<CandidateDocument> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /** A document as {@link #listInfo} reads it: without its bytes, with its name as stored. */
    record Stored(long id, Long applicationId, byte[] fileName, String contentType, long sizeBytes, Instant createdAt) {
    }
}
