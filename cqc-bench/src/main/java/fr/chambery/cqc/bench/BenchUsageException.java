package fr.chambery.cqc.bench;

/** A mistake of the person running the kit: printed as it is, without a stack trace. */
public class BenchUsageException extends RuntimeException {

    public BenchUsageException(String message) {
        super(message);
    }
}
