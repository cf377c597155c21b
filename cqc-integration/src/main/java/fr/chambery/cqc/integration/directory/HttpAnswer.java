package fr.chambery.cqc.integration.directory;

/** What a source's server answered: 200 with a body and its validators, or 304. */
public record HttpAnswer(int status, byte[] body, String contentType, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
