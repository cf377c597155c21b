package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/** A query the site search does not run: empty, too long, too many words, or no word to look for. */
public class SearchRefusal extends DomainRefusal {

    public SearchRefusal(String key, Object... arguments) {
        super(key, arguments);
    }
}
