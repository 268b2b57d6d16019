package org.tokenscope.app.export;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectException;
import org.tokenscope.app.project.ProjectFiles;

/**
 * FUZZ TEST: every field of every sample project (samples/projects/*.tokenscope.json) mutated one at a time —
 * type swapped, NaN (bare and as a string), a huge number, negative, missing, an empty string — then opened
 * through the code the window uses ({@link ProjectFiles#parse}) and reported as HTML. Nothing may throw except a
 * {@link ProjectException}, and every refusal or left-out section is a readable one-line message. Every mutation of
 * the fields down to the panel settings is run; the deeper ones (results arrays) are sampled with a fixed seed,
 * at most {@value #MAX_CASES} cases in all, stopping after {@value #MAX_SECONDS} s.
 */
class ProjectFuzzTest {
    private static final int MAX_CASES = 2000;
    private static final int MAX_SECONDS = 45;
    private static final int ALWAYS_DEPTH = 3; // "panels.stepper.temperature": every mutation of these runs
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String NAN_MARK = "__tokenscope_fuzz_nan__";

    enum Mutation { TYPE_SWAP, NAN, NAN_STRING, HUGE, HUGE_INTEGER, NEGATIVE, MISSING, EMPTY_STRING }

    /** One field (a JSON pointer into one sample) and what is done to it. */
    record Case(Path file, List<Object> path, Mutation mutation) {
        @Override
        public String toString() {
            return file.getFileName() + " " + path + " " + mutation;
        }
    }

    @Test
    void everyMutatedSampleOpensOrIsRefusedInOneReadableLine() throws IOException {
        List<Case> always = new ArrayList<>();
        List<Case> deeper = new ArrayList<>();
        List<Path> samples = samples();
        assertTrue(samples.size() >= 5, "samples found: " + samples);
        for (Path sample : samples) {
            JsonNode root = JSON.readTree(Files.readAllBytes(sample));
            List<List<Object>> paths = new ArrayList<>();
            collect(root, new ArrayList<>(), paths);
            for (List<Object> p : paths) {
                for (Mutation m : Mutation.values()) {
                    (p.size() <= ALWAYS_DEPTH ? always : deeper).add(new Case(sample, p, m));
                }
            }
        }
        Collections.shuffle(deeper, new Random(15L));
        List<Case> cases = new ArrayList<>(always);
        cases.addAll(deeper.subList(0, Math.max(0, Math.min(deeper.size(), MAX_CASES - always.size()))));

        ReportBuilder builder = new ReportBuilder(ReportContributors.discover(), "fuzz");
        long deadline = System.nanoTime() + MAX_SECONDS * 1_000_000_000L;
        List<String> failures = new ArrayList<>();
        int run = 0;
        int refused = 0;
        int omitted = 0;
        for (Case c : cases) {
            if (System.nanoTime() > deadline) {
                break;
            }
            run++;
            byte[] bytes = mutate(c);
            String name = String.valueOf(c.file().getFileName());
            try {
                Project p;
                try {
                    p = ProjectFiles.parse(bytes, name);
                } catch (ProjectException e) {
                    refused++;
                    check(c, "refusal", e.getMessage(), failures);
                    continue;
                }
                Report r = builder.build("Fuzz", p, ReportBuilder.panelsWithSections(p), Instant.EPOCH);
                HtmlReportWriter.toHtml(r);
                for (Report.Omission o : r.omitted()) {
                    omitted++;
                    check(c, "omission", o.message(), failures);
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(c + ": uncaught " + e);
            }
        }
        System.out.printf("ProjectFuzzTest: %d of %d cases (%d always, %d sampled of %d deeper), %d refused, %d sections left out%n",
                run, cases.size(), always.size(), cases.size() - always.size(), deeper.size(), refused, omitted);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + run + " cases failed, e.g.:\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
        assertTrue(run >= Math.min(cases.size(), 300), "too few cases in the time: " + run);
    }

    /** One line, some words, no exception class or stack frame, not a novel. */
    private static void check(Case c, String what, String message, List<String> failures) {
        boolean readable = message != null && !message.isBlank() && message.indexOf('\n') < 0 && message.indexOf('\r') < 0
                && message.length() <= 400 && !message.contains("Exception") && !message.contains("\tat ")
                && !message.matches(".*\\b(java|javax|com\\.fasterxml)\\.[a-z]+\\..*");
        if (!readable) {
            failures.add(c + ": unreadable " + what + ": " + message);
        }
    }

    /** Every node below the root, by path of field names and array indexes. */
    private static void collect(JsonNode node, List<Object> at, List<List<Object>> out) {
        if (!at.isEmpty()) {
            out.add(List.copyOf(at));
        }
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                at.add(f);
                collect(node.get(f), at, out);
                at.remove(at.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                collect(node.get(i), at, out);
                at.remove(at.size() - 1);
            }
        }
    }

    private static byte[] mutate(Case c) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(c.file()));
        JsonNode parent = root;
        for (Object step : c.path().subList(0, c.path().size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        Object last = c.path().get(c.path().size() - 1);
        JsonNode old = last instanceof Integer i ? parent.get(i) : parent.get((String) last);
        JsonNode replacement = switch (c.mutation()) {
            case TYPE_SWAP -> swap(old);
            case NAN -> F.textNode(NAN_MARK);
            case NAN_STRING -> F.textNode("NaN");
            case HUGE -> F.numberNode(1e308);
            case HUGE_INTEGER -> F.numberNode(BigInteger.TEN.pow(30));
            case NEGATIVE -> old.isNumber() ? F.numberNode(old.doubleValue() > 0 ? -old.doubleValue() : -1 - Math.abs(old.doubleValue()))
                    : F.numberNode(-1);
            case MISSING, EMPTY_STRING -> F.textNode("");
        };
        if (c.mutation() == Mutation.MISSING) {
            if (parent instanceof ObjectNode o) {
                o.remove((String) last);
            } else {
                ((ArrayNode) parent).remove((Integer) last);
            }
        } else if (parent instanceof ObjectNode o) {
            o.set((String) last, replacement);
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement);
        }
        String text = JSON.writeValueAsString(root).replace("\"" + NAN_MARK + "\"", "NaN");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode swap(JsonNode old) {
        if (old.isNumber()) {
            return F.textNode("twelve");
        }
        if (old.isTextual()) {
            return F.numberNode(12345);
        }
        if (old.isBoolean()) {
            return F.textNode("yes");
        }
        if (old.isObject()) {
            return F.arrayNode().add(1);
        }
        if (old.isArray()) {
            return F.objectNode().put("x", 1);
        }
        return F.booleanNode(true); // null
    }

    private static List<Path> samples() throws IOException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path projects = d.resolve("samples").resolve("projects");
            if (Files.isDirectory(projects)) {
                try (Stream<Path> s = Files.list(projects)) {
                    return s.filter(p -> p.getFileName().toString().endsWith(ProjectFiles.EXTENSION)).sorted().toList();
                }
            }
        }
        throw new IllegalStateException("samples/projects not found above " + Path.of("").toAbsolutePath());
    }
}
