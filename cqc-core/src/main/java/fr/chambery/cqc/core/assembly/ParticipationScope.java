package fr.chambery.cqc.core.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who takes part and in what (the metadata panel): « Périmètre d'application » (scope), « Participants »
 * (target), « Objectifs » (participatory scope), « Modalités de décision » (participatory structure),
 * « Échelle » (meta scope), « Espace d'organisation » (local area), « Organisateur » (developer group).
 */
@Embeddable
public class ParticipationScope {

    @Column(name = "scope_label", length = 300)
    private String scope;
    @Column(length = 500)
    private String target;
    @Column(name = "participatory_scope", length = 500)
    private String participatoryScope;
    @Column(name = "participatory_structure", length = 500)
    private String participatoryStructure;
    @Column(name = "meta_scope", length = 300)
    private String metaScope;
    @Column(name = "local_area", length = 300)
    private String localArea;
    @Column(name = "developer_group", length = 300)
    private String developerGroup;

    /** Nothing said yet. */
    public static final ParticipationScope NONE = new ParticipationScope(null, null, null, null, null, null, null);

    protected ParticipationScope() {
    }

    public ParticipationScope(String scope, String target, String participatoryScope, String participatoryStructure,
                              String metaScope, String localArea, String developerGroup) {
        this.scope = clean(scope);
        this.target = clean(target);
        this.participatoryScope = clean(participatoryScope);
        this.participatoryStructure = clean(participatoryStructure);
        this.metaScope = clean(metaScope);
        this.localArea = clean(localArea);
        this.developerGroup = clean(developerGroup);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String scope() { return scope; }
    public String target() { return target; }
    public String participatoryScope() { return participatoryScope; }
    public String participatoryStructure() { return participatoryStructure; }
    public String metaScope() { return metaScope; }
    public String localArea() { return localArea; }
    public String developerGroup() { return developerGroup; }
}
