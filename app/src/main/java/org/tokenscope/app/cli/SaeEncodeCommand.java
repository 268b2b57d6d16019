package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tokenscope.host.sae.Sae;
import org.tokenscope.host.sae.SaeCode;
import org.tokenscope.host.sae.SaeFiles;
import org.tokenscope.host.sae.SaeLensFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Encode vectors with an SAE (SAELens folder): active features and the reconstruction of each.")
final class SaeEncodeCommand implements Callable<Integer> {
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sae", required = true, paramLabel = "DIR", description = "SAELens folder (cfg.json, sae_weights.safetensors).")
    Path saeDir;

    @Option(names = "--input", required = true, paramLabel = "FILE.json", description = "A JSON array of d_in-vectors.")
    Path input;

    @Override
    public Integer call() {
        Sae sae = SaeLensFormat.read(saeDir);
        List<float[]> vectors = readVectors(input, sae.dIn());
        List<SaeCode> codes = new ArrayList<>(vectors.size());
        List<float[]> reconstructions = new ArrayList<>(vectors.size());
        for (float[] x : vectors) {
            SaeCode c = sae.encode(x);
            codes.add(c);
            reconstructions.add(sae.decode(c));
        }
        if (output.json) {
            ObjectNode settings = Json.object();
            settings.put("sae", saeDir.toString());
            settings.put("input", input.toString());
            settings.put("architecture", sae.config().architecture().saeLensName());
            settings.put("d_in", sae.dIn());
            settings.put("d_sae", sae.dSae());
            ObjectNode root = Json.withMeta("sae.encode", settings);
            ArrayNode results = root.putArray("results");
            for (int i = 0; i < codes.size(); i++) {
                ObjectNode r = results.addObject();
                r.set("features", SaeCliSupport.features(codes.get(i)));
                r.set("reconstruction", SaeCliSupport.floats(reconstructions.get(i)));
            }
            spec.commandLine().getOut().println(Json.write(root));
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < codes.size(); i++) {
                SaeCode c = codes.get(i);
                sb.append(String.format(Locale.ROOT, "vector %d: %d active feature%s", i, c.size(), c.size() == 1 ? "" : "s"));
                for (int a = 0; a < Math.min(c.size(), 10); a++) {
                    sb.append(String.format(Locale.ROOT, "%s %d (%.4g)", a == 0 ? ":" : ",", c.indices()[a], c.values()[a]));
                }
                sb.append(c.size() > 10 ? ", ...\n" : "\n");
            }
            spec.commandLine().getOut().print(sb);
        }
        return 0;
    }

    private static List<float[]> readVectors(Path file, int dIn) {
        JsonNode root;
        try {
            // a regular file of at most SaeFiles.VECTORS_LIMIT bytes of UTF-8: never /dev/zero or a pipe read whole
            root = Json.MAPPER.readTree(SaeFiles.readUtf8(file, "input file", SaeFiles.VECTORS_LIMIT));
        } catch (IOException e) {
            throw new InputException("cannot read " + file + " as JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isArray()) {
            throw new InputException(file + " must hold a JSON array of vectors, e.g. [[0.1, 0.2, ...], ...]");
        }
        List<float[]> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode v = root.get(i);
            if (!v.isArray() || v.size() != dIn) {
                throw new InputException("vector " + i + " of " + file + " has " + (v.isArray() ? v.size() + " values" : "no array")
                        + "; this SAE takes d_in = " + dIn);
            }
            float[] x = new float[dIn];
            for (int j = 0; j < dIn; j++) {
                if (!v.get(j).isNumber()) {
                    throw new InputException("vector " + i + ", value " + j + " of " + file + " is not a number");
                }
                x[j] = (float) v.get(j).asDouble();
                if (!Float.isFinite(x[j])) {
                    throw new InputException("vector " + i + ", value " + j + " of " + file + " (" + v.get(j).asText()
                            + ") is outside the range of a float");
                }
            }
            out.add(x);
        }
        return out;
    }
}
