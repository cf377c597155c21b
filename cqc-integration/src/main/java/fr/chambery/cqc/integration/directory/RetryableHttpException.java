package fr.chambery.cqc.integration.directory;

/** An answer worth asking again (5xx, 429, a dropped connection); Fault Tolerance retries on it. */
public class RetryableHttpException extends RuntimeException {

    public RetryableHttpException(String message) {
        super(message);
    }

    public RetryableHttpException(String message, Throwable cause) {
        super(message, cause);
    }
}
