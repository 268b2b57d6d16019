package org.tokenscope.views.premium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.host.premium.PremiumSettings;
import org.tokenscope.views.shell.PanelSection;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The panel's section of the project file ({@code panels.premium}): the setup, the table, chart and sentence
 * choices, and the last result. The setup keys are the command line's option names, so a section can be
 * replayed with {@code tokenscope premium}. Fields this class does not know are left as they were. Made with
 * its view model, it is the panel's {@link PanelSection}.
 */
public final class PremiumSection implements PanelSection {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final PremiumViewModel vm; // null for the bare codec
    private ObjectNode base; // the section as last read or written; null for a project without one
    /** The result's JSON is built once per result: the table can hold thousands of rows. */
    private PremiumResult encoded;
    private ObjectNode encodedJson;

    /** The bare codec: {@link #write(PremiumViewModel, ObjectNode)} and {@link #read(PremiumViewModel, ObjectNode)}. */
    public PremiumSection() {
        this(null);
    }

    public PremiumSection(PremiumViewModel vm) {
        this.vm = vm;
    }

    @Override
    public WorkbenchPanel panel() {
        return WorkbenchPanel.PREMIUM;
    }

    /** A missing section shows a fresh panel; a computation still running for the previous project is dropped. */
    @Override
    public void read(ObjectNode section, Context project) {
        base = section;
        vm.startOver();
        read(vm, section == null ? F.objectNode() : section);
    }

    @Override
    public ObjectNode write() {
        base = write(vm, base);
        return base;
    }

    @Override
    public ObservableValue<?> revision() {
        return vm.revisionProperty();
    }

    /** {@code base} (the section as last saved, or null) updated with the view model's state. */
    public ObjectNode write(PremiumViewModel vm, ObjectNode base) {
        ObjectNode n = base == null ? F.objectNode() : base.deepCopy();
        PremiumSetup s = vm.setup();
        n.put("corpus", s.corpusProperty().get().spec());
        n.put("include_partial", s.includePartialProperty().get());
        n.put("whole_document", s.wholeDocumentProperty().get());
        strings(n.putArray("languages"), s.languages());
        strings(n.putArray("tokenizers"), s.tokenizers().stream().map(TokenizerSpec::key).toList());
        n.put("reference", s.referenceProperty().get());
        n.put("convention", s.conventionProperty().get().key());
        n.put("normalize", s.normalizationProperty().get().key());
        ObjectNode lexicons = n.putObject("lexicons");
        s.lexicons().forEach((code, file) -> lexicons.put(code, file.toString()));
        n.putObject("model_scores").put("enabled", s.scoreModelProperty().get())
                .put("segments", s.modelSegmentsProperty().get());

        LanguageTableModel t = vm.table();
        ObjectNode table = n.putObject("table").put("metric", t.metricProperty().get().key())
                .put("group", t.groupingProperty().get().name().toLowerCase(Locale.ROOT));
        ArrayNode sort = table.putArray("sort");
        t.sortKeys().forEach(k -> sort.addObject().put("column", k.column()).put("ascending", k.ascending()));
        ObjectNode chart = n.putObject("chart").put("languages", vm.charts().subsetProperty().get().name().toLowerCase(Locale.ROOT));
        putText(chart, "tokenizer", vm.charts().tokenizerProperty().get());
        SentenceModel sv = vm.sentence();
        ObjectNode sentence = n.putObject("sentence");
        strings(sentence.putArray("languages"), nonNull(sv.languageAProperty().get(), sv.languageBProperty().get()));
        strings(sentence.putArray("tokenizers"), nonNull(sv.tokenizerAProperty().get(), sv.tokenizerBProperty().get()));
        putText(sentence, "segment", sv.segmentProperty().get());

        PremiumResult r = vm.resultProperty().get();
        if (r == null) {
            n.remove("result");
        } else {
            if (r != encoded) {
                encodedJson = ResultCodec.write(r);
                encoded = r;
            }
            n.set("result", encodedJson.deepCopy());
        }
        return n;
    }

    /**
     * Shows a saved section: missing fields keep a fresh panel's defaults. A malformed result is dropped and
     * reported through the returned message (null when all was read), so the settings still open.
     */
    public String read(PremiumViewModel vm, ObjectNode n) {
        PremiumSetup s = vm.setup();
        String[] problem = {null};
        vm.restoring(() -> {
            s.reset();
            s.corpusProperty().set(CorpusSpec.parse(n.path("corpus").asText(CorpusSpec.UDHR.spec())));
            s.wholeDocumentProperty().set(n.path("whole_document").asBoolean(false));
            s.includePartialProperty().set(n.path("include_partial").asBoolean(false));
            s.languages().setAll(texts(n.path("languages")));
            if (n.has("tokenizers")) {
                s.tokenizers().setAll(texts(n.get("tokenizers")).stream().map(TokenizerSpec::parse).toList());
            }
            s.referenceProperty().set(n.path("reference").asText(PremiumSettings.DEFAULT_REFERENCE));
            s.conventionProperty().set(parse(() -> Convention.of(n.path("convention").asText("petrov")), Convention.PETROV));
            s.normalizationProperty().set(parse(() -> Normalization.of(n.path("normalize").asText("none")), Normalization.NONE));
            ResultCodec.strings(n.path("lexicons")).forEach((code, file) -> s.lexicons().put(code, Path.of(file)));
            s.scoreModelProperty().set(n.path("model_scores").path("enabled").asBoolean(true));
            s.modelSegmentsProperty().set(n.path("model_scores").path("segments").asInt(PremiumSetup.DEFAULT_MODEL_SEGMENTS));

            JsonNode table = n.path("table");
            vm.table().metricProperty().set(PremiumMetric.of(table.path("metric").asText("premium")));
            vm.table().groupingProperty().set(parse(() -> LanguageTableModel.Grouping.valueOf(
                    table.path("group").asText("script").toUpperCase(Locale.ROOT)), LanguageTableModel.Grouping.SCRIPT));
            List<SortKey> keys = new ArrayList<>();
            table.path("sort").forEach(k -> keys.add(new SortKey(k.path("column").asText(), k.path("ascending").asBoolean(true))));
            vm.table().sortKeys().setAll(keys);
            JsonNode chart = n.path("chart");
            vm.charts().subsetProperty().set(parse(() -> PremiumCharts.Subset.valueOf(
                    chart.path("languages").asText("highest").toUpperCase(Locale.ROOT)), PremiumCharts.Subset.HIGHEST));
            vm.charts().tokenizerProperty().set(chart.hasNonNull("tokenizer") ? chart.get("tokenizer").asText() : null);
            JsonNode sentence = n.path("sentence");
            List<String> languages = texts(sentence.path("languages"));
            List<String> tokenizers = texts(sentence.path("tokenizers"));
            SentenceModel sv = vm.sentence();
            sv.languageAProperty().set(languages.size() > 0 ? languages.get(0) : null);
            sv.languageBProperty().set(languages.size() > 1 ? languages.get(1) : null);
            sv.tokenizerAProperty().set(tokenizers.size() > 0 ? tokenizers.get(0) : null);
            sv.tokenizerBProperty().set(tokenizers.size() > 1 ? tokenizers.get(1) : null);
            sv.segmentProperty().set(sentence.hasNonNull("segment") ? sentence.get("segment").asText() : null);

            PremiumResult r = null;
            if (n.hasNonNull("result")) {
                try {
                    r = ResultCodec.read(n.get("result"));
                } catch (RuntimeException e) {
                    problem[0] = "the saved premium result could not be read (" + Outcome.oneLine(e) + "); compute it again";
                }
            }
            vm.show(r);
        });
        vm.refuse(problem[0]);
        return problem[0];
    }

    /** The saved result alone, for reports; null when the section has none or it is malformed. */
    public static PremiumResult result(ObjectNode section) {
        if (section == null || !section.hasNonNull("result")) {
            return null;
        }
        try {
            return ResultCodec.read(section.get("result"));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, T fallback) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            return fallback; // a value from a newer version or a typo: keep the default rather than refuse the project
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null).toList();
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (value == null) {
            n.remove(field);
        } else {
            n.put(field, value);
        }
    }
}
