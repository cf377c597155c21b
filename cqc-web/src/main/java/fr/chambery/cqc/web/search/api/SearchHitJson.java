package fr.chambery.cqc.web.search.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One result of the site search as the API shows it. */
@Schema(name = "SearchHit", description = "Un résultat de la recherche : son type, son titre, son adresse, son espace, "
        + "sa date, un extrait et les mots trouvés dans cet extrait")
public record SearchHitJson(String kind, String title, String url, String space, String spaceTitle, String date,
                            String snippet, List<String> highlights) {
}
