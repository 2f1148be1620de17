package cn.org.smeie.competition.web.shared;

import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
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
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Failures of a page that are not the server's fault, answered as what they are instead of HTTP 500:
 * <ul>
 *   <li>a form sent with a view the server no longer keeps — the sign-in timed out, the server restarted, a page
 *       was left open for hours on a judge's phone, or the post was forged: the same page again, fresh (a redirect,
 *       for Ajax requests too), with a message saying what happened and that nothing was done (wapiti once found
 *       700 such answers of 500);</li>
 *   <li>a refusal of the EJB layer while the page was opened (another track's round in the address, a role the
 *       boundary does not serve): 403 with the platform's refusal page;</li>
 *   <li>something named in the address that does not exist: 404.</li>
 * </ul>
 * (A post without its page's script nonce is refused before this: {@link ScriptNonceCheck}.)
 * Anything else goes on to the container's 500 page, as before.
 */
public class PageFailures extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageFailures.class.getName());

    public PageFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            FacesContext context = FacesContext.getCurrentInstance();
            if (expired(failure)) {
                events.remove();
                openAgain(context);
                continue;
            }
            OptionalInt status = statusOf(failure);
            if (status.isPresent() && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                refuse(context, status.getAsInt(), failure);
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

    /** The status a failure is answered with when it is a refusal, not the server's fault. */
    static OptionalInt statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof EJBAccessException
                    || t instanceof AccessLocalException) {
                return OptionalInt.of(403);
            }
            if (t instanceof NotFoundException) {
                return OptionalInt.of(404);
            }
        }
        return OptionalInt.empty();
    }

    private static void refuse(FacesContext context, int status, Throwable failure) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.info(() -> "Answered " + status + " to " + request.getMethod() + " " + request.getRequestURI() + ": "
                + rootOf(failure));
        try {
            external.responseReset();
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String rootOf(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
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
            return new PageFailures(getWrapped().getExceptionHandler());
        }
    }
}
