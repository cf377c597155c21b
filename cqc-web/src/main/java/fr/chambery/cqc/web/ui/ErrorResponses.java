package fr.chambery.cqc.web.ui;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends the current Faces request with an HTTP error, answered by the French error page of web.xml. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void send(int status, String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
