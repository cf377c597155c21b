package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * « Je m'inscris à mon conseil de quartier citoyen »: the sign-up form of a council (or, on an assembly,
 * the choice of one of its councils) and, on a council, how many members it has.
 */
@ApplicationScoped
public class MembershipComponent implements ComponentType {

    public static final String KEY = "membership";

    @Override
    public ComponentDescriptor descriptor() {
        return new ComponentDescriptor(KEY, "component.membership", 5)
                .administeredAt("admin/members", "admin.members.title");
    }
}
