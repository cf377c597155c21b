package fr.chambery.cqc.web.api;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/**
 * A request of the API whose input is refused before reaching the domain: a 400 worded from the bundles,
 * answered as every other {@link DomainRefusal}.
 */
public class InvalidRequestException extends DomainRefusal {

    public InvalidRequestException(String key, Object... arguments) {
        super(key, arguments);
    }
}
