package fr.chambery.cqc.core.interlocutor;

import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentType;
import jakarta.enterprise.context.ApplicationScoped;

/** The component that shows a council's interlocutors within the city on its page. */
@ApplicationScoped
public class InterlocutorsComponent implements ComponentType {

    public static final String KEY = "interlocutors";

    @Override
    public ComponentDescriptor descriptor() {
        return new ComponentDescriptor(KEY, "component.interlocutors", 90);
    }
}
