/* The committee's finals page: when the stage changes (server-sent events of the round, the same the big
   screen follows), the stage panel is refreshed by the page's remote command refreshStage. The element
   carrying data-stage-events appears once the page has a round, also after an ajax update (a round just
   created); one subscription per round. */
(function () {
    var subscribed = null;
    function listen() {
        var el = document.querySelector('[data-stage-events]');
        var url = el && el.getAttribute('data-stage-events');
        if (!url || url === subscribed || !window.EventSource) {
            return;
        }
        subscribed = url;
        new EventSource(url).addEventListener('stage', function () {
            if (typeof window.refreshStage === 'function') {
                window.refreshStage();
            }
        });
    }
    document.addEventListener('DOMContentLoaded', listen);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', listen);
    }
})();
