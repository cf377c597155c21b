package fr.chambery.cqc.core.account;

import java.util.List;

/** An account that cannot be created as asked, with the reasons in French. */
public class InvalidAccountException extends RuntimeException {

    private final List<String> problems;

    public InvalidAccountException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
