package org.tokenscope.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tokenscope.app.project.ModelReference;
import org.tokenscope.app.project.Project;
import org.tokenscope.views.export.ReportBlock.Fact;

/**
 * Where a report's numbers come from: the app version, the model (path and SHA-256), the seeds the panels
 * used, and when the report was made — enough to reproduce every result in it.
 */
public record Provenance(String appVersion, Optional<ModelReference> model, List<Fact> seeds, Instant created) {

    public Provenance {
        seeds = List.copyOf(seeds);
    }

    /** The provenance of {@code project}'s report over {@code panels}, created at {@code created}. */
    public static Provenance of(String appVersion, Project project, List<String> panels, Instant created) {
        List<Fact> seeds = new ArrayList<>();
        for (String id : panels) {
            project.section(id).ifPresent(section -> collectSeeds(id, section, seeds));
        }
        return new Provenance(appVersion, project.model(), seeds, created);
    }

    /** Every field named like a seed ("seed", "interventional_seed", ...) anywhere in a panel's section. */
    private static void collectSeeds(String panel, ObjectNode section, List<Fact> out) {
        walk(panel, "", section, out);
    }

    private static void walk(String panel, String path, JsonNode node, List<Fact> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains("seed") && e.getValue().isValueNode()) {
                    out.add(new Fact(panel + " " + p, e.getValue().asText()));
                } else {
                    walk(panel, p, e.getValue(), out);
                }
            });
        }
    }

    /** The name–value lines a report prints. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Tokenscope version", appVersion));
        facts.add(new Fact("Report created", DateTimeFormatter.ISO_INSTANT.format(created)));
        if (model.isEmpty()) {
            facts.add(new Fact("Model", "not recorded in the project"));
        } else {
            ModelReference m = model.get();
            facts.add(new Fact("Model", m.embedded() ? "embedded demo model" + (m.name() == null ? "" : " (" + m.name() + ")")
                    : m.name() == null ? "" : m.name()));
            if (m.path() != null) {
                facts.add(new Fact("Model file", m.path()));
            }
            facts.add(new Fact("Model SHA-256", m.sha256() == null ? "not recorded" : m.sha256()));
        }
        if (seeds.isEmpty()) {
            facts.add(new Fact("Seeds", "none recorded in the selected panels"));
        } else {
            seeds.forEach(s -> facts.add(new Fact("Seed: " + s.name(), s.value())));
        }
        return facts;
    }

    /** Now, or {@code SOURCE_DATE_EPOCH} when set, so scripted reports can be reproducible to the byte. */
    public static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
