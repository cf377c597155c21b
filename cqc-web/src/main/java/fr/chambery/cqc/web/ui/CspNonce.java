package fr.chambery.cqc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's CSP nonce, for the hidden {@code primefaces.nonce} field of our forms. PrimeFaces' CSP mode
 * checks that field on every postback and its script adds it at load; rendering it on the server too
 * keeps the forms working in a browser without JavaScript.
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
