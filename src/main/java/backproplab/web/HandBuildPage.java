package backproplab.web;

import backproplab.page.HandBuildLesson;
import backproplab.page.HandBuildLink;
import backproplab.page.HandExercise;
import backproplab.page.Line;
import backproplab.render.HandBuildView;
import backproplab.render.Palette;
import backproplab.render.Style;
import backproplab.render.Viewport;
import backproplab.text.Fmt;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * build.html: binds {@link HandBuildLesson} (every sentence, number and check) to the plane, the
 * list of units and their typed boxes, and the link. Every drag has a key and a button instead.
 */
public final class HandBuildPage {
    /** Where solved exercises are remembered, in this browser only. */
    private static final String SOLVED_KEY = "backproplab.build.solved";
    /** From this window width the plane sits beside the controls (as the CSS's media query). */
    private static final int WIDE = 900;
    /** A panel's padding on both sides, CSS pixels. */
    private static final double PANEL_PADDING = 28;

    private HandBuildLesson lesson;
    private final HTMLCanvasElement canvas = Dom.byId("hb-plane");
    private final CanvasSurface plane = new CanvasSurface(canvas);
    private final HTMLSelectElement exercise = Dom.byId("hb-exercise");
    private final HTMLElement unitList = Dom.byId("hb-units");
    private HandBuildView view;
    private int dragging = -1;
    private String written = "";

    private HandBuildPage() {
    }

    public static void start() {
        new HandBuildPage().init();
    }

    private void init() {
        readLink();
        Dom.on(exercise, "change", e -> {
            lesson.choose(HandExercise.byId(exercise.getValue()));
            rebuild();
        });
        Dom.on(Dom.byId("hb-solution"), "click", e -> changed(lesson::showSolution));
        Dom.on(Dom.byId("hb-reset"), "click", e -> changed(lesson::startOver));
        Dom.<MouseEvent>on(canvas, "pointerdown", e -> {
            dragging = view.handleAt(e.getOffsetX(), e.getOffsetY(), lesson);
            if (dragging >= 0) {
                lesson.select(1, dragging / 2);
                capture(canvas, e);
                e.preventDefault();
                drag(e);
            }
        });
        Dom.<MouseEvent>on(canvas, "pointermove", e -> {
            if (dragging >= 0) {
                drag(e);
            } else {
                canvas.getStyle().setProperty("cursor", view.handleAt(e.getOffsetX(), e.getOffsetY(), lesson) >= 0 ? "grab" : "default");
            }
        });
        Dom.on(canvas, "pointerup", e -> endDrag());
        Dom.on(canvas, "pointercancel", e -> endDrag());
        Dom.<KeyboardEvent>on(canvas, "keydown", this::key);
        Window.current().addEventListener("hashchange", Notices.guard(e -> {
            if (!Address.hashText().equals(written)) {
                readLink();
            }
        }));
        LessonPages.onLayoutChange(this::layout);
    }

    private void readLink() {
        HandBuildLink.Parsed parsed = HandBuildLink.parse(Address.hashText());
        Notices.set("link", parsed.notices());
        lesson = parsed.lesson();
        rebuild();
    }

    /** A new exercise: its options, its list of units and its plane. */
    private void rebuild() {
        LessonPages.options(exercise, lesson.exerciseChoices(SafeStorage.get(SOLVED_KEY)));
        exercise.setValue(lesson.exercise().id);
        Dom.text("hb-task", lesson.exercise().task);
        Dom.clear(unitList);
        for (HandBuildLesson.UnitView u : lesson.units()) {
            unitList.appendChild(unitBox(u));
        }
        layout();
    }

    private HTMLElement unitBox(HandBuildLesson.UnitView u) {
        int l = u.layer();
        int j = u.unit();
        HTMLElement box = Dom.el("fieldset", "hb-unit", null);
        box.setAttribute("id", "hb-unit-" + l + "-" + j);
        HTMLElement legend = Dom.el("legend", null, null);
        HTMLElement pick = Dom.el("button", "hb-pick", u.name());
        pick.setAttribute("type", "button");
        pick.setAttribute("aria-label", "Select " + u.name());
        Dom.on(pick, "click", e -> changed(() -> lesson.select(l, j)));
        legend.appendChild(pick);
        box.appendChild(legend);
        box.appendChild(Dom.el("p", "hb-formula", null));
        box.appendChild(Dom.el("p", "hb-gate", null));
        HTMLElement row = Dom.el("div", "hb-numbers", null);
        for (int i = 0; i <= lesson.inputs(l); i++) {
            int input = i;
            HTMLElement field = Dom.el("label", "hb-number", lesson.weightName(l, j, i) + " ");
            HTMLInputElement typed = (HTMLInputElement) Dom.el("input", null, null);
            typed.setAttribute("inputmode", "decimal");
            typed.setAttribute("id", "hb-w-" + l + "-" + j + "-" + i);
            typed.setAttribute("size", "6");
            Dom.on(typed, "change", e -> {
                String refused = lesson.type(l, j, input, typed.getValue());
                Notices.set("input", refused == null ? java.util.List.of() : java.util.List.of(refused));
                lesson.select(l, j);
                refresh();
            });
            field.appendChild(typed);
            row.appendChild(field);
        }
        box.appendChild(row);
        HTMLElement buttons = Dom.el("div", "hb-buttons", null);
        if (u.plane()) {
            buttons.appendChild(button("Turn ⟲", "Turn " + u.name() + " 5° anticlockwise", () -> lesson.turn(j, HandBuildLesson.TURN)));
            buttons.appendChild(button("Turn ⟳", "Turn " + u.name() + " 5° clockwise", () -> lesson.turn(j, -HandBuildLesson.TURN)));
            buttons.appendChild(button("Flip", "Flip " + u.name() + "'s arrow to the other side", () -> lesson.flip(j)));
        } else {
            buttons.appendChild(button("AND", "Make " + u.name() + " the AND of its inputs", () -> lesson.gate(l, j, true)));
            buttons.appendChild(button("OR", "Make " + u.name() + " the OR of its inputs", () -> lesson.gate(l, j, false)));
        }
        box.appendChild(buttons);
        return box;
    }

    private HTMLElement button(String text, String label, Runnable action) {
        HTMLElement b = Dom.el("button", null, text);
        b.setAttribute("type", "button");
        b.setAttribute("aria-label", label);
        Dom.on(b, "click", e -> changed(action));
        return b;
    }

    /** After any change: the numbers, the check and the picture, and the link. */
    private void changed(Runnable change) {
        change.run();
        refresh();
    }

    private void drag(MouseEvent e) {
        Viewport v = view.view();
        double x1 = v.wx(e.getOffsetX());
        double x2 = v.wy(e.getOffsetY());
        if (dragging % 2 == 0) {
            lesson.moveTo(dragging / 2, x1, x2);
        } else {
            lesson.aim(dragging / 2, x1, x2);
        }
        refresh();
    }

    private void endDrag() {
        dragging = -1;
    }

    /** The plane's keys: 1–9 pick a line, arrows move it, [ ] (or Q E) turn it, F flips it. */
    private void key(KeyboardEvent e) {
        String k = e.getKey();
        Runnable action = lesson.keyAction(k, e.isShiftKey());
        if (action != null) {
            e.preventDefault();
            changed(action);
        }
    }

    private void layout() {
        boolean projector = SiteChrome.isHighContrast();
        Style style = Style.of(projector ? Palette.HIGH_CONTRAST : Palette.STANDARD, projector ? 1.45 : 1.2);
        double width = LessonPages.widthOf((HTMLElement) canvas.getParentNode()) - PANEL_PADDING;
        // the grid gives the plane's panel its width; beside the controls, as tall as the window allows
        double side = Math.floor(Math.max(240, Window.current().getInnerWidth() >= WIDE
                ? Math.min(width, Window.current().getInnerHeight() - 160) : width));
        plane.resize(side, side);
        view = new HandBuildView(side, side, style, lesson.exercise());
        refresh();
    }

    private void refresh() {
        for (HandBuildLesson.UnitView u : lesson.units()) {
            HTMLElement box = Dom.byId("hb-unit-" + u.layer() + "-" + u.unit());
            Dom.setClass(box, "hb-selected", u.selected());
            box.querySelector(".hb-pick").setAttribute("aria-pressed", Boolean.toString(u.selected()));
            box.querySelector(".hb-formula").setTextContent(u.formula());
            box.querySelector(".hb-gate").setTextContent(u.gate());
            for (int i = 0; i <= lesson.inputs(u.layer()); i++) {
                HTMLInputElement typed = Dom.byId("hb-w-" + u.layer() + "-" + u.unit() + "-" + i);
                if (!LessonPages.hasFocus(typed)) {
                    typed.setValue(Fmt.num(lesson.value(u.layer(), u.unit(), i), 4));
                }
            }
        }
        Line verdict = lesson.verdict();
        Dom.text("hb-verdict", verdict.text());
        Dom.byId("hb-verdict").setAttribute("data-role", verdict.role().name().toLowerCase());
        canvas.setAttribute("aria-label", lesson.describe());
        view.draw(plane, lesson);
        String solved = SafeStorage.get(SOLVED_KEY);
        if (lesson.solved() && !lesson.markSolved(solved).equals(solved)) {
            SafeStorage.put(SOLVED_KEY, lesson.markSolved(solved));
            LessonPages.options(exercise, lesson.exerciseChoices(SafeStorage.get(SOLVED_KEY)));
            exercise.setValue(lesson.exercise().id);
        }
        String h = HandBuildLink.write(lesson);
        written = SiteChrome.keepEmbed(h);
        LessonPages.setHash(h);
    }

    @JSBody(params = {"element", "event"}, script = "if (element.setPointerCapture) element.setPointerCapture(event.pointerId);")
    private static native void capture(HTMLElement element, MouseEvent event);
}
