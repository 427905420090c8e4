package backproplab.web;

import backproplab.page.BackpropLesson;
import backproplab.page.Line;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The backprop page's side panels and check: copies the lesson's view data into their elements. */
final class BackpropPanels {
    private BackpropPanels() {
    }

    /** "This step", the chain rule, the algorithm, the node details and the numerical check. */
    static void show(BackpropLesson lesson) {
        showNow(lesson);
        showRule(lesson);
        HTMLElement algorithm = Dom.byId("bp-algo");
        Dom.clear(algorithm);
        for (BackpropLesson.AlgorithmLine a : lesson.algorithm()) {
            HTMLElement li = Dom.el("li", (a.body() ? "bp-algo-body" : "") + (a.current() ? " bp-now-line" : ""), a.text());
            if (a.current()) {
                li.setAttribute("aria-current", "step");
            }
            algorithm.appendChild(li);
        }
        showDetails(lesson);
        showCheck(lesson);
    }

    private static void showNow(BackpropLesson lesson) {
        BackpropLesson.Now now = lesson.now();
        Dom.text("bp-kind", now.kind());
        HTMLElement box = Dom.byId("bp-now");
        Dom.clear(box);
        for (BackpropLesson.Term t : now.terms()) {
            HTMLElement p = Dom.el("p", "bp-term", null);
            p.appendChild(Dom.el("span", "bp-term-what", t.what()));
            p.appendChild(Dom.el("span", "bp-term-text", t.text()));
            box.appendChild(p);
        }
        for (Line line : now.lines()) {
            box.appendChild(Dom.el("p", switch (line.role()) {
                case NOTE -> "bp-muted";
                case FORMULA -> "bp-big";
                case RESULT -> "bp-big bp-result";
                case WARNING -> "bp-warning";
                case GOOD -> "bp-done";
                default -> "bp-line";
            }, line.text()));
        }
    }

    private static void showRule(BackpropLesson lesson) {
        BackpropLesson.Rule rule = lesson.chainRule();
        Dom.text("bp-rule-general", rule.general());
        HTMLElement box = Dom.byId("bp-rule-node");
        Dom.clear(box);
        for (BackpropLesson.Piece p : rule.node()) {
            box.appendChild(Dom.el("span", switch (p.mark()) {
                case NOW -> "bp-now-term";
                case DONE -> "bp-done-term";
                case TODO -> "bp-todo-term";
                case PLAIN -> null;
            }, p.text()));
        }
        Dom.text("bp-rule-note", rule.note());
    }

    static void showDetails(BackpropLesson lesson) {
        HTMLElement dl = Dom.byId("bp-details");
        Dom.clear(dl);
        List<BackpropLesson.Detail> details = lesson.details();
        // the prompt stands beside the list: a definition list holds only its terms and values
        Dom.text("bp-details-prompt", details.isEmpty() ? lesson.detailsPrompt() : "");
        Dom.show(Dom.byId("bp-details-prompt"), details.isEmpty());
        for (BackpropLesson.Detail d : details) {
            dl.appendChild(Dom.el("dt", null, d.term()));
            dl.appendChild(Dom.el("dd", "mono", d.value()));
        }
    }

    private static void showCheck(BackpropLesson lesson) {
        Dom.text("bp-check-about", lesson.checkAbout());
        HTMLElement body = Dom.byId("bp-check-rows");
        Dom.clear(body);
        for (BackpropLesson.CheckRow r : lesson.checkRows()) {
            HTMLElement tr = Dom.el("tr", null, null);
            tr.appendChild(Dom.el("th", "mono", r.symbol()));
            tr.appendChild(Dom.el("td", "figure", r.backprop()));
            tr.appendChild(Dom.el("td", "figure", r.numeric()));
            tr.appendChild(Dom.el("td", "figure", r.error()));
            tr.appendChild(Dom.el("td", switch (r.verdict()) {
                case YES -> "bp-yes";
                case NO -> "bp-no";
                case OPEN -> "bp-muted";
            }, r.mark()));
            body.appendChild(tr);
        }
        Line why = lesson.checkWhy();
        Dom.text("bp-check-why", why.text());
        Dom.setClass(Dom.byId("bp-check-why"), "bp-warning", why.role() == Line.Role.WARNING);
        Dom.show(Dom.byId("bp-check-why"), !why.text().isEmpty());
    }
}
