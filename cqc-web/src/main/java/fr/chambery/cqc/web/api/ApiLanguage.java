package fr.chambery.cqc.web.api;

import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language of an API answer: the first of {@code Accept-Language} the platform speaks, French by default. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        try {
            return headers == null ? RefusalMessages.FRENCH : RefusalMessages.firstSpoken(headers.getAcceptableLanguages());
        } catch (RuntimeException malformed) {
            return RefusalMessages.FRENCH;
        }
    }
}
