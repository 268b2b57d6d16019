package org.tokenscope.app.cli;

import java.nio.file.Path;
import org.tokenscope.host.model.CpuInfo;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.OnnxLanguageModel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command that runs a model shares. */
public final class ModelOptions {
    @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: the embedded demo model).")
    Path model;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "ONNX variant when the folder has several (fp32, fp16, quantized, ... or a file name).")
    String variant;

    @Option(names = "--threads", paramLabel = "N",
            description = "Intra-op threads (default: physical cores). Results are deterministic for a fixed count.")
    Integer threads;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    /** The most threads --threads accepts: four per logical processor (more only adds contention). */
    static int maxThreads() {
        return Runtime.getRuntime().availableProcessors() * 4;
    }

    int effectiveThreads() {
        if (threads != null) {
            return Cli.intOption(command.commandLine(), "--threads", threads, 1, maxThreads());
        }
        return CpuInfo.physicalCores();
    }

    LanguageModel load() {
        int n = effectiveThreads();
        if (model == null) {
            return variant == null ? DemoModel.load(n) : OnnxLanguageModel.load(ModelFolder.open(DemoModel.folder(), variant), n);
        }
        return OnnxLanguageModel.load(ModelFolder.open(model, variant), n);
    }
}
