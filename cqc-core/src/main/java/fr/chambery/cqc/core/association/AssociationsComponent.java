package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * « Les associations de votre quartier » on a council's page. A space that enables it is a quartier for
 * the directory sync: the directory's quartier names are matched against its title.
 */
@ApplicationScoped
public class AssociationsComponent implements ComponentType {

    public static final String KEY = "associations";

    @Override
    public ComponentDescriptor descriptor() {
        return new ComponentDescriptor(KEY, "component.associations", 40);
    }
}
