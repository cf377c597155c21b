package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.membership.MembershipService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** « Je m'inscris à mon conseil de quartier citoyen » on a space's page: its councils, or its member count. */
@Named
@RequestScoped
public class MembershipBlock {

    @Inject
    MembershipService service;

    private List<Assembly> councils;

    /** The councils to choose from when the space is an assembly of councils. */
    public List<Assembly> councils(Assembly space) {
        if (councils == null) {
            councils = service.councilsOf(space);
        }
        return councils;
    }

    public long count(Assembly council) {
        return service.memberCount(council);
    }
}
