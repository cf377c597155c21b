package fr.chambery.cqc.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/** The data's version counted in this JVM: right for one instance. */
@ApplicationScoped
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
