/*
 * The big screen of the live finals: draws the stage from the view the page carries, then follows
 * the views the server pushes (server-sent events). No polling: the browser's EventSource reconnects
 * by itself when the connection drops.
 */
(function () {
    "use strict";
    var stage = document.querySelector(".screen-stage");
    if (!stage) {
        return;
    }
    var texts = stage.dataset;
    var connection = document.getElementById("connection");

    function text(id, value) {
        document.getElementById(id).textContent = value || "";
    }

    function format(pattern, values) {
        return pattern.replace(/\{(\d+)\}/g, function (m, i) { return values[i]; });
    }

    function score(value) {
        return value === null || value === undefined ? "" : Number(value).toFixed(2);
    }

    function draw(view) {
        stage.className = "screen-stage screen-phase-" + view.phase;
        if (!view.teamName) {
            text("position", "");
            text("teamName", texts.waiting);
            text("projectTitle", "");
            text("organizations", "");
            document.getElementById("judges").replaceChildren();
            text("result", "");
            return;
        }
        text("position", format(texts.of, [view.position, view.finalists]) + " · " + view.trackCode);
        text("teamName", view.teamName);
        text("projectTitle", view.projectTitle);
        text("organizations", view.universities.join("、") + "  ×  " + view.enterprises.join("、"));
        var tiles = view.judges.map(function (judge) {
            var tile = document.createElement("div");
            tile.className = "screen-judge" + (judge.total === null || judge.total === undefined ? " pending" : " shown")
                + (judge.struck ? " struck" : "");
            tile.id = "judge-" + judge.number;
            var label = document.createElement("div");
            label.className = "screen-judge-label";
            label.textContent = format(texts.judge, [judge.number]);
            var total = document.createElement("div");
            total.className = "screen-judge-total";
            total.textContent = score(judge.total) || "···";
            tile.append(label, total);
            return tile;
        });
        document.getElementById("judges").replaceChildren.apply(document.getElementById("judges"), tiles);
        var result = document.getElementById("result");
        if (view.finalScore !== null && view.finalScore !== undefined) {
            result.innerHTML = "";
            var label = document.createElement("span");
            label.textContent = texts.final;
            var value = document.createElement("strong");
            value.id = "finalScore";
            value.textContent = score(view.finalScore);
            result.append(label, value);
        } else {
            result.textContent = format(texts.scoring, [view.submitted, view.judges.length]);
        }
    }

    draw(JSON.parse(texts.state));

    var events = new EventSource(texts.events);
    events.addEventListener("stage", function (e) {
        draw(JSON.parse(e.data));
    });
    events.onopen = function () {
        connection.className = "screen-connection live";
    };
    events.onerror = function () {
        connection.className = "screen-connection";
        if (events.readyState === EventSource.CLOSED) {
            // refused (the screen is no longer public): say so instead of a stale stage
            text("teamName", texts.closed);
        }
    };
}());
