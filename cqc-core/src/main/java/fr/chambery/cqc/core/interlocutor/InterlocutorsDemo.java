package fr.chambery.cqc.core.interlocutor;

import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Every demo council shows its mairie de quartier and its adjoint·e, invented and marked illustrative. */
@ApplicationScoped
public class InterlocutorsDemo implements DemoSeed {

    @Inject
    Interlocutors interlocutors;

    @Override
    public String componentKey() {
        return InterlocutorsComponent.KEY;
    }

    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return Set.of(DemoSpaces.Kind.COUNCIL);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoSpaces spaces) {
        for (DemoSpaces.Council council : spaces.councils()) {
            interlocutors.add(new CityInterlocutors(council.space().id(),
                    new MairieDeQuartier("Mairie de quartier " + council.of(),
                            council.street() + ", 73000 Chambéry",
                            "04 65 71 00 0" + council.number(),
                            "mairie-" + council.space().slug() + "@example.org",
                            "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h"),
                    new AdjointDeQuartier("Camille Exemple", "Adjoint·e du quartier " + council.of()),
                    true));
        }
    }
}
