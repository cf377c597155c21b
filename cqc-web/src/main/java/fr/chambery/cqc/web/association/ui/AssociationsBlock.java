package fr.chambery.cqc.web.association.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.AssociationCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.ui.PageNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * « Les associations de votre quartier » on a council's page: the listed associations, searched by
 * name ({@code ?association=}) and filtered by theme ({@code ?theme=}), {@value #PAGE_SIZE} a page, with the
 * link to the city's directory.
 */
@Named
@RequestScoped
public class AssociationsBlock {

    @Inject
    AssociationCatalog catalog;

    /** Associations per page of the block. */
    static final int PAGE_SIZE = 20;

    private ResultPage<Association> list;

    /** The page asked for ({@code ?associations-page=}) of the quartier's associations that match. */
    public ResultPage<Association> of(Assembly quartier) {
        if (list == null) {
            list = catalog.page(quartier, getQuery(), getTheme(), PageNumber.of(param("associations-page")), PAGE_SIZE);
        }
        return list;
    }

    /** The query string of the search, for the pager's links (without the page). */
    public String getFilters() {
        return "association=" + URLEncoder.encode(getQuery(), StandardCharsets.UTF_8)
                + "&theme=" + URLEncoder.encode(getTheme(), StandardCharsets.UTF_8);
    }

    public List<String> themes(Assembly quartier) {
        return catalog.themes(quartier);
    }

    public String getQuery() {
        return param("association");
    }

    public String getTheme() {
        return param("theme");
    }

    public String getCityDirectory() {
        return AssociationCatalog.CITY_DIRECTORY;
    }

    private static String param(String name) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String value = params.get(name);
        return value == null ? "" : value.strip().substring(0, Math.min(100, value.strip().length()));
    }
}
