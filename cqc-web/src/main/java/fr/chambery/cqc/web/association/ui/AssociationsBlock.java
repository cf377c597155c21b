package fr.chambery.cqc.web.association.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.AssociationCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * « Les associations de votre quartier » on a council's page: the listed associations, searched by
 * name ({@code ?association=}) and filtered by theme ({@code ?theme=}), with the link to the city's directory.
 */
@Named
@RequestScoped
public class AssociationsBlock {

    @Inject
    AssociationCatalog catalog;

    private List<Association> list;

    public List<Association> of(Assembly quartier) {
        if (list == null) {
            list = catalog.of(quartier, getQuery(), getTheme());
        }
        return list;
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
