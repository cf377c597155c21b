package fr.chambery.cqc.web.document.ui;

import fr.chambery.cqc.core.document.DocumentCatalog;
import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /assemblies/{slug}/documents?q=…}: a space's documents, or those matching a search. */
@Named
@RequestScoped
public class DocumentsPage {

    static final int MAX_QUERY = 200;

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    DocumentCatalog catalog;

    private String query;
    private List<DocumentEntry> results;

    public void search() {
        String q = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        results = query.isEmpty() ? null : catalog.search(assemblyPage.getSpace(), query);
    }

    public String getQuery() {
        return query;
    }

    /** Null when nothing was searched. */
    public List<DocumentEntry> getResults() {
        return results;
    }

    public boolean isSearched() {
        return results != null;
    }
}
