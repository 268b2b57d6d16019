package org.tokenscope.views.shapley;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.ValueKind;
import org.tokenscope.views.shapley.ShapleySettings.Question;

/**
 * The pickers of an attribution, in reading order: what a player is; the question (a target continuation, or
 * options with the one whose share is explained); the value function; how an absent player is masked; the
 * estimator and its budget. Fields that do not apply to the current choice are hidden.
 */
final class SettingsBar extends FlowPane {

    SettingsBar(ShapleySettings s) {
        super(14, 6);
        getStyleClass().add("shapley-settings");
        ChoiceBox<Granularity> players = choice("shapley-players", Granularity.values(), s.granularityProperty(),
                g -> g.label());
        ToggleGroup q = new ToggleGroup();
        RadioButton target = radio("shapley-question-target", "Target", q);
        RadioButton options = radio("shapley-question-options", "Options", q);
        q.selectToggle(s.questionProperty().get() == Question.OPTIONS ? options : target);
        s.questionProperty().addListener((o, was, now) -> q.selectToggle(now == Question.OPTIONS ? options : target));
        q.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                s.questionProperty().set(now == options ? Question.OPTIONS : Question.TARGET);
            }
        });
        TextField targetText = text("shapley-target", s.targetProperty(), 120,
                "The continuation whose (log-)probability is explained; a leading space counts (\" rich\")");
        TextField optionsText = text("shapley-options", s.optionsProperty(), 90, "Answers separated by |, e.g. A|B (taken literally)");
        TextField choiceText = text("shapley-choice", s.choiceProperty(), 50, "The option whose share is explained; empty: the first");
        Node targetField = field("", targetText);
        Node optionsField = field("", optionsText, new Label("choice"), choiceText);
        targetField.visibleProperty().bind(s.questionProperty().isEqualTo(Question.TARGET));
        optionsField.visibleProperty().bind(s.questionProperty().isEqualTo(Question.OPTIONS));
        targetField.managedProperty().bind(targetField.visibleProperty());
        optionsField.managedProperty().bind(optionsField.visibleProperty());
        ChoiceBox<ValueKind> value = choice("shapley-value", withAuto(ValueKind.values()), s.valueProperty(),
                v -> v == null ? "auto" : v.label());
        ChoiceBox<MaskingKind> masking = choice("shapley-masking", MaskingKind.values(), s.maskingProperty(), MaskingKind::label);
        masking.setTooltip(new Tooltip("remove: drop the part (positions shift) · baseline: replace its tokens by a pad/unk token "
                + "· filler: replace it by the text on the right"));
        TextField filler = text("shapley-filler", s.fillerProperty(), 50, "The text an absent part is replaced by");
        filler.visibleProperty().bind(s.maskingProperty().isEqualTo(MaskingKind.FILLER));
        filler.managedProperty().bind(filler.visibleProperty());
        ChoiceBox<Method> method = choice("shapley-method", withAuto(Method.values()), s.methodProperty(),
                m -> m == null ? "auto" : m.label());
        method.setTooltip(new Tooltip("auto: exact up to 12 players (2^M coalitions), else permutation sampling"));
        TextField samples = number("shapley-samples", s.samplesProperty()::get, v -> s.samplesProperty().set(Math.max(0, v.longValue())),
                "Permutations (an antithetic pair counts 2) or KernelSHAP coalitions; 0: default", s.samplesProperty());
        TextField seconds = number("shapley-max-seconds", s.maxSecondsProperty()::get,
                v -> s.maxSecondsProperty().set(Math.max(0, v.doubleValue())), "Stop sampling after this many seconds; 0: no limit",
                s.maxSecondsProperty());
        TextField seed = number("shapley-seed", s.seedProperty()::get, v -> s.seedProperty().set(v.longValue()),
                "Seeds the permutations and KernelSHAP's draws", s.seedProperty());
        CheckBox noise = new CheckBox("token noise");
        noise.setId("shapley-token-noise");
        noise.setTooltip(new Tooltip("Also measure each player's surprisal (one forward pass) to plot φ against it"));
        noise.selectedProperty().bindBidirectional(s.tokenNoiseProperty());
        getChildren().addAll(field("players", players), field("explain", target, options), targetField, optionsField,
                field("value", value), field("masking", masking, filler), field("method", method), field("samples", samples),
                field("max s", seconds), field("seed", seed), noise);
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] withAuto(T[] values) {
        T[] out = Arrays.copyOf(values, values.length + 1);
        System.arraycopy(values, 0, out, 1, values.length);
        out[0] = null; // "auto": let the engine choose
        return out;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] items, ObjectProperty<T> property, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static RadioButton radio(String id, String text, ToggleGroup g) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(g);
        return r;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p, double width, String tip) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(1);
        t.setPrefWidth(width);
        t.setTooltip(new Tooltip(tip));
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /** A number field that commits on Enter or leaving it; text that is not a number reverts. */
    private static TextField number(String id, java.util.function.Supplier<Number> get, java.util.function.Consumer<Number> set,
            String tip, javafx.beans.value.ObservableValue<?> source) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefWidth(64);
        t.setTooltip(new Tooltip(tip));
        Runnable show = () -> t.setText(format(get.get()));
        Runnable commit = () -> {
            try {
                set.accept(Double.parseDouble(t.getText().strip()));
            } catch (NumberFormatException e) {
                // not a number: keep the setting as it was
            }
            show.run();
        };
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        source.addListener(o -> show.run());
        show.run();
        return t;
    }

    private static String format(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Node field(String label, Node... nodes) {
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        if (!label.isEmpty()) {
            Label l = new Label(label);
            l.getStyleClass().add("shapley-field-label");
            box.getChildren().add(l);
        }
        box.getChildren().addAll(nodes);
        return box;
    }
}
