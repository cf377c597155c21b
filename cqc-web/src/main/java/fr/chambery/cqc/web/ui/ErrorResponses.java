package fr.chambery.cqc.web.ui;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends the current Faces request with an HTTP error, answered by the French error page of web.xml. The
 * response is reset first: when rendering had begun, it already carries that page's Content-Security-Policy
 * and nonce, which would block the error page's own scripts (the security headers come back with the
 * error dispatch, see {@code SecurityHeaders}).
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    /** The error page of {@code status} words the refusal in the interface language: no text here. */
    public static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseReset();
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
