package fr.chambery.cqc.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Makes a public page stateless before it renders: no view kept, so no session for a visitor (PrimeFaces
 * keeps a page's CSP nonce in the view's map, which would otherwise open one on every visit). The first
 * view action of the pages on {@code public.xhtml}; its {@code transient="true"} comes too late for that.
 */
@Named
@ApplicationScoped
public class StatelessView {

    public void apply() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    }
}
