package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.refusal.Refusal;

import java.util.List;

/** An account that cannot be created or changed as asked, with its reasons ({@code refusal.account.*} keys). */
public class InvalidAccountException extends DomainRefusal {

    private final List<Refusal> problems;

    public InvalidAccountException(List<? extends Refusal> problems) {
        super(problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidAccountException(String key, Object... arguments) {
        this(List.of(Refusal.of(key, arguments)));
    }

    public List<Refusal> problems() {
        return problems;
    }
}
