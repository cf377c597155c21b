package fr.chambery.cqc.web.interlocutor.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.interlocutor.CityInterlocutors;
import fr.chambery.cqc.core.interlocutor.Interlocutors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The interlocutors block of a council's page; read once per request. */
@Named
@RequestScoped
public class InterlocutorsBlock {

    @Inject
    Interlocutors interlocutors;

    private CityInterlocutors loaded;
    private boolean read;

    public CityInterlocutors of(Assembly space) {
        if (!read) {
            loaded = interlocutors.ofSpace(space.id()).orElse(null);
            read = true;
        }
        return loaded;
    }
}
