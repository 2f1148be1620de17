/* The portal's countdown to the registration deadline: the element #countdown carries the deadline
   (data-closes, epoch milliseconds) and its texts; a file of its own, as the pages allow no inline script. */
(function () {
    var el = document.getElementById('countdown');
    if (!el) {
        return;
    }
    var closes = Number(el.getAttribute('data-closes'));
    function pad(n) { return ('0' + n).slice(-2); }
    function tick() {
        var left = Math.floor((closes - Date.now()) / 1000);
        if (!(left > 0)) { el.textContent = el.getAttribute('data-closed'); return; }
        var d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600),
            m = Math.floor(left % 3600 / 60), s = left % 60;
        el.textContent = el.getAttribute('data-days').replace('{0}', d) + ' ' + pad(h) + ':' + pad(m) + ':' + pad(s);
        setTimeout(tick, 1000);
    }
    tick();
})();
