package cn.org.smeie.competition.web.shared;

import cn.org.smeie.competition.platform.error.Messages;
import cn.org.smeie.competition.web.api.ServletProblems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the container shows for a request it refuses or fails (web.xml's error pages): for the REST API the
 * platform's problem JSON in the caller's language, for everything else a plain page in Chinese and English with
 * its charset — no Faces and no database, so that it shows even when they are the trouble, and nothing of the
 * failure, which the log keeps. A refusal (400, 403, 404, 405) says what to do next, not "server error".
 */
@WebServlet(name = "ErrorPages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/error-page";

    /** The API's problem key for each status this page is shown for; any other status reads as 500. */
    private static final Map<Integer, String> PROBLEMS = Map.of(400, "error.badRequest", 401, "error.signInRequired",
            403, "error.accessDenied", 404, "error.pathNotFound", 405, "error.methodNotAllowed",
            503, "error.unavailable");

    /** The refusals a page of its own explains; any other status shows the page of a failure. */
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ServletProblems.send(request, response, status, PROBLEMS.getOrDefault(status, "error.internal"), "-");
            return;
        }
        int shown = PAGES.contains(status) ? status : 500;
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page(request.getContextPath(), shown));
    }

    /** The page for a status, in Chinese with the English beneath. */
    static String page(String context, int status) {
        String title = text(Locale.SIMPLIFIED_CHINESE, "page.error." + status) + " · "
                + text(Locale.ENGLISH, "page.error." + status);
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%1$s</title>
                <link rel="stylesheet" href="%2$s/resources/css/console.css"/>
                </head>
                <body>
                <header class="console-header">
                <a class="console-brand" href="%2$s/">
                <span class="console-brand-title">企校协同创新大赛</span>
                <span class="console-brand-sub">Enterprise–University Collaborative Innovation Competition</span>
                </a>
                </header>
                <main class="console-main" id="main" data-status="%3$d">
                <div class="page-title"><h1>%1$s</h1></div>
                <p>%4$s</p>
                <p lang="en">%5$s</p>
                <p><a href="%2$s/">%6$s · <span lang="en">%7$s</span></a></p>
                </main>
                </body>
                </html>
                """.formatted(title, context, status, text(Locale.SIMPLIFIED_CHINESE, "page.error." + status + ".text"),
                text(Locale.ENGLISH, "page.error." + status + ".text"), text(Locale.SIMPLIFIED_CHINESE, "page.error.home"),
                text(Locale.ENGLISH, "page.error.home"));
    }

    private static String text(Locale locale, String key) {
        return Messages.format(locale, key);
    }
}
