package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * A refusal from {@code Permissions} deep inside an action answers 403 with the French page, not 500:
 * the back office's buttons are hidden from who may not use them, but a forged request still meets the
 * rule.
 */
public class AccessDeniedHandler extends ExceptionHandlerWrapper {

    public AccessDeniedHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            for (Throwable t = events.next().getContext().getException(); t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException) {
                    events.remove();
                    ErrorResponses.send(403);
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessDeniedHandler(getWrapped().getExceptionHandler());
        }
    }
}
