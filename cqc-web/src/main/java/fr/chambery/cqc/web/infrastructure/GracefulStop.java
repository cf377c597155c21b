package fr.chambery.cqc.web.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Knows that this instance is being stopped (SIGTERM: systemd, Kubernetes, {@code ./cqc cluster stop}) from the
 * first moment: a hook of the JVM, run beside Payara's own shutdown hook, which first waits its grace period
 * ({@code --shutdowngrace}) before it tears the application down. Meanwhile the instance turns new requests away
 * with a 503 ({@link StoppingInstance}) and its readiness goes down, so that nginx sends them to the other
 * instances, while the requests already running finish.
 */
@ApplicationScoped
public class GracefulStop {

    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());

    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread hook;

    void watch(@Observes @Initialized(ApplicationScoped.class) Object started) {
        hook = new Thread(this::begin, "cqc-graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The instance stops: from now on, new requests are turned away. */
    void begin() {
        if (stopping.compareAndSet(false, true)) {
            LOG.info("Stopping: new requests are answered 503 while the running ones finish.");
        }
    }

    public boolean stopping() {
        return stopping.get();
    }

    /** An undeployment without the JVM stopping (tests, redeploy) leaves no hook behind. */
    @PreDestroy
    void forget() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyStopping) {
                // the JVM is stopping: the hook has run
            }
        }
    }
}
