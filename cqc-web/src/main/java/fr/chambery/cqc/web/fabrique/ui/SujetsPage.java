package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.SujetCatalog;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import fr.chambery.cqc.web.ui.PageNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /assemblies/{slug}/fabrique}: the space's subjects (an assembly: its councils'), newest first,
 * filtered by state and theme, ten a page. An unknown filter value is ignored.
 */
@Named
@RequestScoped
public class SujetsPage {

    static final int PAGE_SIZE = 10;

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    SujetCatalog catalog;

    private Map<Long, Assembly> scope;
    private ResultPage<Sujet> list;
    private Map<Long, Long> counts;
    private String state;
    private String theme;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Optional<EtatSujet> etat = Arrays.stream(EtatSujet.values()).filter(e -> e.name().equals(params.get("state"))).findFirst();
        Optional<Theme> th = Arrays.stream(Theme.values()).filter(t -> t.name().equals(params.get("theme"))).findFirst();
        state = etat.map(Enum::name).orElse("");
        theme = th.map(Enum::name).orElse("");
        scope = catalog.scopeOf(assemblyPage.getSpace());
        list = catalog.search(scope.keySet(), etat, th, PageNumber.of(params.get("page")), PAGE_SIZE);
        counts = catalog.commentCounts(list.items().stream().map(Sujet::id).toList());
    }

    public ResultPage<Sujet> getList() {
        return list;
    }

    public Assembly spaceOf(Sujet sujet) {
        return scope.get(sujet.spaceId());
    }

    public long comments(Sujet sujet) {
        return counts.getOrDefault(sujet.id(), 0L);
    }

    /** Whether the list spans several councils (an assembly's page), to name each subject's. */
    public boolean isSeveralSpaces() {
        return scope.size() > 1;
    }

    /** The query string of the current filters, for the paging links. */
    public String filters() {
        return "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&theme=" + URLEncoder.encode(theme, StandardCharsets.UTF_8);
    }

    public String getState() { return state; }
    public String getTheme() { return theme; }
}
