package fr.chambery.cqc.core.interlocutor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The elected deputy mayor for the quartier (« adjoint·e de quartier »), who represents the city. */
@Embeddable
public class AdjointDeQuartier {

    @Column(name = "adjoint_name", length = 200)
    private String fullName;
    @Column(name = "adjoint_role", length = 300)
    private String role;

    protected AdjointDeQuartier() {
    }

    public AdjointDeQuartier(String fullName, String role) {
        this.fullName = fullName;
        this.role = role;
    }

    public String fullName() { return fullName; }
    public String role() { return role; }
}
