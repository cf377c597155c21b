package fr.chambery.cqc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Where focus goes when a page comes back after an update (RGAA 7.1, WCAG 2.4.3): the control whose
 * {@code data-focus-key} an action named, such as the ↓ button of the row just moved, rather than the top
 * of the page. Kept through a redirect (the flash); the admin template writes it on {@code main} and
 * {@code forms.js} moves focus there.
 */
@Named
@RequestScoped
public class FocusAfterUpdate {

    private static final String FLASH_KEY = "cqc.focus";

    private String key;

    /** After this update, focus the control with this {@code data-focus-key}, on this response or the redirect's. */
    public void on(String key) {
        this.key = key;
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(FLASH_KEY, key);
    }

    public String getKey() {
        if (key == null) {
            Object kept = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_KEY);
            key = kept == null ? "" : kept.toString();
        }
        return key;
    }
}
