package fr.chambery.cqc.core.persistence;

import java.util.concurrent.atomic.AtomicLong;

/** The data's version counted in this JVM, without a container (the unit tests); the application uses {@link GridDataVersion}. */
public class LocalDataVersion implements DataVersion {

    private final AtomicLong version = new AtomicLong();

    @Override
    public long current() {
        return version.get();
    }

    @Override
    public void advance() {
        version.incrementAndGet();
    }
}
