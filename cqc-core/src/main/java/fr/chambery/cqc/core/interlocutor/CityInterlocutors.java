package fr.chambery.cqc.core.interlocutor;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * A council's interlocutors within the city (« Les interlocuteurs du CQC au sein de la Ville »): its
 * mairie de quartier and its adjoint·e de quartier. Values marked {@link #isIllustrative() illustrative}
 * are invented demo content and say so on the page.
 */
@Entity
@Table(name = "city_interlocutors")
public class CityInterlocutors {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The space these interlocutors serve; the assembly aggregate does not know this component. */
    @Column(name = "assembly_id", nullable = false, unique = true)
    private Long spaceId;

    @Embedded
    private MairieDeQuartier mairie;

    @Embedded
    private AdjointDeQuartier adjoint;

    @Column(nullable = false)
    private boolean illustrative;

    protected CityInterlocutors() {
    }

    public CityInterlocutors(long spaceId, MairieDeQuartier mairie, AdjointDeQuartier adjoint, boolean illustrative) {
        this.spaceId = spaceId;
        this.mairie = Objects.requireNonNull(mairie, "mairie");
        this.adjoint = adjoint;
        this.illustrative = illustrative;
    }

    public long spaceId() { return spaceId; }
    public MairieDeQuartier mairie() { return mairie; }
    public AdjointDeQuartier adjoint() { return adjoint; }
    public boolean isIllustrative() { return illustrative; }
}
