package org.tokenscope.views.stepper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.SvgChartWriter;
import org.tokenscope.views.export.TableData;

/**
 * The stepper's exports, without dialogs: the trace as a CSV table (one row per token) or as JSON (the run or
 * score exactly as the project file stores it), the entropy chart as SVG. PNG comes from the chart on screen.
 */
public final class StepperExports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StepperExports() {
    }

    /** One row per shown token: index, id, token, prob, entropy, surprisal, rank, raw values, trials. */
    public static TableData stepsTable(StepperViewModel vm) {
        boolean scoring = vm.modeProperty().get() == StepperViewModel.Mode.SCORE;
        return StepperCharts.steps(scoring ? "Scored tokens" : "Stepper trace", vm.rows());
    }

    public static void writeTraceCsv(StepperViewModel vm, Path file) throws IOException {
        CsvWriter.write(stepsTable(vm), file);
    }

    /** The shown run (or score) as JSON; IllegalStateException when there is none yet. */
    public static String traceJson(StepperViewModel vm) {
        boolean scoring = vm.modeProperty().get() == StepperViewModel.Mode.SCORE;
        ObjectNode n;
        if (scoring && vm.scoreProperty().get() != null) {
            n = ScoreJson.write(vm.scoreProperty().get());
        } else if (!scoring && vm.runProperty().get() != null) {
            n = TraceJson.write(vm.runProperty().get());
        } else {
            throw new IllegalStateException("there is nothing to export yet: step or score first");
        }
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }

    public static void writeTraceJson(StepperViewModel vm, Path file) throws IOException {
        Files.writeString(file, traceJson(vm), StandardCharsets.UTF_8);
    }

    public static void writeEntropySvg(StepperViewModel vm, Path file) throws IOException {
        SvgChartWriter.write(vm.selection().entropyChartProperty().get(), file);
    }
}
