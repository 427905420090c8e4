package backproplab.web;

import backproplab.page.BackpropLesson;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The backprop page's program box, its examples and mistakes, and the input boxes under the graph. */
final class BackpropForm {
    private final BackpropLesson lesson;
    private final Runnable rebuilt;
    private final Runnable changed;
    private final HTMLInputElement programBox = Dom.byId("bp-program");

    /**
     * @param rebuilt called when a new graph replaces the old
     * @param changed called when an input takes a new number: the same graph, other numbers
     */
    BackpropForm(BackpropLesson lesson, Runnable rebuilt, Runnable changed) {
        this.lesson = lesson;
        this.rebuilt = rebuilt;
        this.changed = changed;
        Dom.on(Dom.byId("bp-form"), "submit", e -> {
            e.preventDefault();
            if (lesson.typed(programBox.getValue())) {
                rebuilt.run();
            } else {
                showError();
                programBox.focus();
            }
        });
        HTMLSelectElement examples = Dom.byId("bp-example");
        Dom.on(examples, "change", e -> {
            if (!examples.getValue().isEmpty()) {
                lesson.example(examples.getValue());
                rebuilt.run();
                examples.setValue("");
            }
        });
    }

    /** After a new graph: the box holds its program (or the one that failed), and the input boxes are its inputs. */
    void rebuilt() {
        Dom.show(Dom.byId("bp-form"), !lesson.network());
        if (!lesson.network()) {
            programBox.setValue(lesson.error() != null ? lesson.error().text() : lesson.program());
        }
        showError();
        fillInputs();
    }

    /** The mistake under the box, with a caret under its place if it has one; or no box. */
    private void showError() {
        BackpropLesson.ProgramError e = lesson.error();
        Dom.show(Dom.byId("bp-error"), e != null);
        programBox.setAttribute("aria-invalid", Boolean.toString(e != null));
        if (e == null) {
            return;
        }
        Dom.text("bp-error-message", e.message());
        Dom.show(Dom.byId("bp-error-where"), e.where() != null);
        if (e.where() != null) {
            Dom.text("bp-error-where", e.where());
            showCaret(Dom.byId("bp-error-where"));
            selectInput(programBox, e.offset());
        }
    }

    /**
     * Where the expression is wider than its box, scrolls it sideways so that the caret (the
     * text's last character) stands in sight, two thirds of the way across: what was read before
     * the mistake matters more than what follows it.
     */
    @JSBody(params = "pre", script = "try { var t = pre.firstChild, r = document.createRange();"
            + " pre.scrollLeft = 0; r.setStart(t, t.length - 1); r.setEnd(t, t.length);"
            + " var c = r.getBoundingClientRect(), left = pre.getBoundingClientRect().left + pre.clientLeft;"
            + " if (c.right > left + pre.clientWidth) { pre.scrollLeft = c.left - left - 2 * pre.clientWidth / 3; }"
            + " } catch (e) {}")
    private static native void showCaret(HTMLElement pre);

    @JSBody(params = {"input", "at"}, script = "try { input.setSelectionRange(at, at); } catch (e) {}")
    private static native void selectInput(HTMLInputElement input, int at);

    private void fillInputs() {
        HTMLElement box = Dom.byId("bp-inputs");
        Dom.clear(box);
        List<BackpropLesson.Input> inputs = lesson.inputs();
        for (int k = 0; k < inputs.size(); k++) {
            BackpropLesson.Input in = inputs.get(k);
            HTMLElement label = Dom.el("label", "bp-input", null);
            label.appendChild(Dom.el("span", "mono", in.shown() + " ="));
            // text, not type=number: a number box empties itself on "abc" and hides what was typed
            HTMLInputElement field = (HTMLInputElement) Dom.el("input", "bp-input-field mono", null);
            field.setAttribute("type", "text");
            field.setAttribute("inputmode", "decimal");
            field.setAttribute("autocomplete", "off");
            field.setAttribute("spellcheck", "false");
            field.setAttribute("data-input", in.name());
            field.setAttribute("aria-describedby", "bp-input-note-" + k);
            field.setValue(in.value());
            HTMLElement note = Dom.el("span", "bp-input-note", null);
            note.setAttribute("id", "bp-input-note-" + k);
            note.setAttribute("role", "status");
            // every keystroke is checked; the graph takes the number once it is complete (Enter or leaving the box)
            Dom.on(field, "input", e -> type(field, note, in.name(), false));
            Dom.on(field, "change", e -> type(field, note, in.name(), true));
            label.appendChild(field);
            box.appendChild(label);
            box.appendChild(note);
        }
        Dom.show(Dom.byId("bp-inputs-box"), !inputs.isEmpty());
    }

    private void type(HTMLInputElement field, HTMLElement note, String name, boolean commit) {
        BackpropLesson.Typed typed = lesson.type(name, field.getValue(), commit);
        field.setAttribute("aria-invalid", Boolean.toString(typed.note() != null));
        note.setTextContent(typed.note() == null ? "" : typed.note());
        if (typed.changed()) {
            changed.run();
        }
    }
}
