package org.tokenscope.views.stepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/**
 * The stepper's part of a report, from its project section alone: per saved run the settings, the prompt and
 * text, the entropy chart with the CNTP thresholds and the steps table; the comparison run beside it; the
 * score. A section with no run yet says how to make one.
 */
public final class StepperReportContributor implements ReportContributor {

    @Override
    public String panelId() {
        return "stepper";
    }

    @Override
    public List<ReportSection> sections(ObjectNode section) {
        List<ReportSection> out = new ArrayList<>();
        Run run = read(section.get("trace"));
        Run comparison = read(section.get("comparison"));
        if (run != null) {
            out.add(run("Decoding run", run, comparison));
        }
        if (comparison != null) {
            out.add(run("Comparison run", comparison, null));
        }
        JsonNode score = section.get("score");
        if (score != null && score.isObject()) {
            out.add(score(ScoreJson.read(score)));
        }
        if (out.isEmpty()) {
            out.add(new ReportSection("Decoding run", List.of(new ReportBlock.Text(
                    "No run is saved yet: open the project, press Step or Run in the Stepper panel, and save."))));
        }
        return out;
    }

    private static Run read(JsonNode n) {
        return n == null || !n.isObject() ? null : TraceJson.read(n);
    }

    private static ReportSection run(String title, Run run, Run comparison) {
        Trace t = run.trace();
        List<TokenRow> rows = Rows.of(run);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Facts(facts(run)));
        blocks.add(new ReportBlock.Text("Prompt: " + run.prompt()));
        blocks.add(new ReportBlock.Text("Generated: " + run.text()));
        CautiousSettings lines = t.cautious() != null ? t.cautious() : comparison != null ? comparison.trace().cautious() : null;
        blocks.add(new ReportBlock.Chart(StepperCharts.entropy(rows, comparison == null ? List.of() : Rows.of(comparison),
                lines != null ? lines : CautiousSettings.DEFAULT, false)));
        blocks.add(new ReportBlock.Table(StepperCharts.steps(title + ": steps", rows)));
        return new ReportSection(title, blocks);
    }

    private static List<ReportBlock.Fact> facts(Run run) {
        Trace t = run.trace();
        SamplerSettings s = t.sampler();
        List<ReportBlock.Fact> f = new ArrayList<>();
        f.add(new ReportBlock.Fact("Seed", String.valueOf(s.seed())));
        f.add(new ReportBlock.Fact("Sampler", String.format(Locale.ROOT, "τ %s, top-k %s, top-p %s, min-p %s",
                StepperCharts.fmt(s.temperature()), s.topK() > 0 ? s.topK() : "off", s.topP() < 1 ? StepperCharts.fmt(s.topP()) : "off",
                s.minP() > 0 ? StepperCharts.fmt(s.minP()) : "off")));
        CautiousSettings c = t.cautious();
        f.add(new ReportBlock.Fact("Cautious (CNTP)", c == null ? "off" : String.format(Locale.ROOT,
                "H_low %s, H_high %s nats, N_max %d, %s formula, punctuation by %s", StepperCharts.fmt(c.hLow()),
                StepperCharts.fmt(c.hHigh()), c.maxTrials(), c.formula().label(), c.punctuation().label())));
        long trialSteps = t.steps().stream().filter(x -> x.cautious() != null && x.cautious().trials() > 1).count();
        f.add(new ReportBlock.Fact("Tokens", t.steps().size() + " of at most " + t.maxTokens() + (c == null ? ""
                : ", " + trialSteps + " steps ran trials")));
        double mean = t.steps().stream().mapToDouble(x -> x.entropy()).average().orElse(Double.NaN);
        f.add(new ReportBlock.Fact("Mean entropy", Double.isNaN(mean) ? "n/a" : StepperCharts.fmt(mean) + " nats"));
        f.add(new ReportBlock.Fact("Stopped", Trace.RUNNING.equals(t.stop()) ? "no (paused)" : t.stop()));
        return f;
    }

    private static ReportSection score(ScoreRun s) {
        List<TokenRow> rows = Rows.of(s);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Facts(List.of(
                new ReportBlock.Fact("Context", s.prompt() == null ? "BOS" : "the prompt: " + s.prompt()),
                new ReportBlock.Fact("Tokens", String.valueOf(rows.size())),
                new ReportBlock.Fact("Perplexity", StepperCharts.fmt(s.result().ppl())),
                new ReportBlock.Fact("Bits per byte", StepperCharts.fmt(s.result().bitsPerByte())))));
        blocks.add(new ReportBlock.Text("Scored text: " + s.text()));
        blocks.add(new ReportBlock.Chart(StepperCharts.entropy(rows, List.of(), null, true)));
        blocks.add(new ReportBlock.Table(StepperCharts.steps("Scored tokens", rows)));
        return new ReportSection("Score (teacher-forced)", blocks);
    }
}
