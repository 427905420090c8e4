package backproplab.page;

import backproplab.state.HashParams;
import backproplab.text.JsNumber;
import backproplab.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The build-by-hand page's link: {@code #ex=triangle&w=…}, the exercise and every weight and bias
 * in layer order (per unit its incoming weights, then its bias), so a shared link reopens the
 * student's network.
 */
public final class HandBuildLink {
    private HandBuildLink() {
    }

    /** A lesson read from a link, with a sentence for each part that was refused. */
    public record Parsed(HandBuildLesson lesson, List<String> notices) {
    }

    public static String write(HandBuildLesson lesson) {
        StringBuilder w = new StringBuilder();
        for (int l = 1; l <= lesson.layers(); l++) {
            for (int j = 0; j < lesson.units(l); j++) {
                for (int i = 0; i <= lesson.inputs(l); i++) {
                    w.append(w.length() == 0 ? "" : ",").append(JsNumber.format(lesson.value(l, j, i)));
                }
            }
        }
        return HashParams.write(List.of(new HashParams.Entry("ex", lesson.exercise().id), new HashParams.Entry("w", w.toString())));
    }

    /** Reads a link (with or without #); never throws: a refused part gets a notice and its default. */
    public static Parsed parse(String hash) {
        List<String> notices = new ArrayList<>();
        HandExercise exercise = HandExercise.AND;
        String weights = null;
        for (HashParams.Entry e : HashParams.parse(hash)) {
            switch (e.key()) {
                case "ex": {
                    HandExercise found = HandExercise.byId(e.value());
                    if (found == null) {
                        notices.add("The link's ex=" + Texts.shorten(e.value(), 40) + " is not one of " + ids() + "; using " + exercise.id + ".");
                    } else {
                        exercise = found;
                    }
                    break;
                }
                case "w":
                    weights = e.value();
                    break;
                case HashParams.EMBED: // the site's key, not this page's
                    break;
                default:
                    notices.add("The link's “" + Texts.shorten(e.key(), 40) + "” is not a setting of this page; it was ignored.");
            }
        }
        HandBuildLesson lesson = new HandBuildLesson(exercise);
        if (weights != null) {
            String why = read(lesson, weights);
            if (why != null) {
                lesson.startOver();
                notices.add("The link's weights " + why + "; using the exercise's starting weights.");
            }
        }
        return new Parsed(lesson, notices);
    }

    /** Sets every weight from the list; null when all were taken, else why not. */
    private static String read(HandBuildLesson lesson, String list) {
        List<String> parts = Texts.split(list, ',');
        int needed = 0;
        for (int l = 1; l <= lesson.layers(); l++) {
            needed += lesson.units(l) * (lesson.inputs(l) + 1);
        }
        if (parts.size() != needed) {
            return "are " + parts.size() + " numbers where this exercise has " + needed;
        }
        int k = 0;
        for (int l = 1; l <= lesson.layers(); l++) {
            for (int j = 0; j < lesson.units(l); j++) {
                for (int i = 0; i <= lesson.inputs(l); i++, k++) {
                    if (lesson.type(l, j, i, parts.get(k)) != null) {
                        return "hold “" + Texts.shorten(parts.get(k), 20) + "”, not a number within ±" + JsNumber.format(HandBuildLesson.LIMIT);
                    }
                }
            }
        }
        return null;
    }

    private static String ids() {
        StringBuilder s = new StringBuilder();
        for (HandExercise e : HandExercise.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(e.id);
        }
        return s.toString();
    }
}
