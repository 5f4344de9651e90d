package nl.werving.personaldata;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The {@link BlindIndex}'s key, wrapped by a master key: one row. */
@Entity
public class IndexKey extends PanacheEntityBase {

    static final int ONLY = 1;

    @Id
    public Integer id;

    /** Nonce, then the key encrypted under the master key, then the tag. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] wrappedKey;

    public String masterKeyId;

    public Instant createdAt;
}
