package fr.chambery.cqc.web.association.api;

import fr.chambery.cqc.core.association.Association;

import java.util.List;

/** An association as published in the directory: no internal state beyond its listing. */
public record AssociationJson(long id, String name, List<String> formerNames, String theme, String purpose, String address,
                              String postcode, String phone, String email, String website, String directoryUrl, String rna) {

    static AssociationJson of(Association a) {
        return new AssociationJson(a.id(), a.name(), a.formerNames(), a.theme(), a.purpose(), a.address(), a.postcode(),
                a.phone(), a.email(), a.website(), a.directoryUrl(), a.rnaNumber().orElse(null));
    }
}
