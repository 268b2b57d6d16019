package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.TempFolders;
import org.tokenscope.host.sae.CorpusText;
import org.tokenscope.host.sae.SaeCode;
import org.tokenscope.host.tokenize.Tokenizer;

/** What the sae subcommands share: corpus choice, temporary stores, and how SAE numbers print. */
final class SaeCliSupport {
    private SaeCliSupport() {
    }

    /** The given corpus file, or the bundled corpus the demo model was trained on. */
    static CorpusText corpus(Path file) {
        return file == null ? CorpusText.bundled(CorpusText.DEMO_TRAIN) : CorpusText.read(file);
    }

    static String corpusName(Path file) {
        return file == null ? "demo:" + CorpusText.DEMO_TRAIN : file.toString();
    }

    /**
     * A float as the shortest decimal that round-trips the float (0.6, not 0.6000000238418579): SAE weights and
     * activations are single precision, so that is the value's full information.
     */
    static JsonNode num(float v) {
        return Float.isFinite(v) ? Json.F.numberNode(Double.parseDouble(Float.toString(v))) : Json.F.nullNode();
    }

    static ArrayNode floats(float[] values) {
        ArrayNode a = Json.array();
        for (float v : values) {
            a.add(num(v));
        }
        return a;
    }

    /** {@code [{"index", "value"}]}, as the code lists them: largest first. */
    static ArrayNode features(SaeCode code) {
        ArrayNode a = Json.array();
        for (int i = 0; i < code.size(); i++) {
            a.addObject().put("index", code.indices()[i]).set("value", num(code.values()[i]));
        }
        return a;
    }

    /** {@code {"id", "text", "display"}} of a token, text fields null without a tokenizer. */
    static ObjectNode token(int id, Tokenizer tok) {
        ObjectNode t = Json.object();
        t.put("id", id);
        t.put("text", tok == null ? null : tok.tokenText(id));
        t.put("display", tok == null ? null : tok.displayText(id));
        return t;
    }

    /** A scratch folder that a Ctrl-C, or the next run after a kill, removes (see {@link TempFolders}). */
    static Path tempDir(String prefix) {
        try {
            return TempFolders.create(prefix);
        } catch (IOException e) {
            throw new InputException("cannot create a temporary folder: " + BoundedFiles.reason(e), e);
        }
    }

    static void deleteTree(Path dir) {
        TempFolders.delete(dir);
    }
}
