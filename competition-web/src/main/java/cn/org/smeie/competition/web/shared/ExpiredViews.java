package cn.org.smeie.competition.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form sent with a view the server no longer keeps — the sign-in timed out, the server restarted, a page was
 * left open for hours on a judge's phone, or the post was forged — is not a server error: the person gets the
 * same page again, fresh (a redirect, for Ajax requests too), with a message saying what happened and that
 * nothing was done. Before, such a post answered 500 with the portal's front page (wapiti found 700 of them).
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

    public ExpiredViews(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (expired(events.next().getContext().getException())) {
                events.remove();
                openAgain(FacesContext.getCurrentInstance());
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Redirects to the page the form was on, with a message for it. */
    private static void openAgain(FacesContext context) {
        if (context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String text = context.getApplication().evaluateExpressionGet(context, "#{msg['page.expired']}", String.class);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViews(getWrapped().getExceptionHandler());
        }
    }
}
