package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An open project as an immutable value: title and notes, the model reference, the prompt list, and one JSON
 * object per panel whose content the panel defines. Fields this version does not know are kept in
 * {@link #extra()} and written back, so a file from a newer minor version survives a round trip. Changes make
 * a new value ({@code with...}); comparing the value with the saved one is how the window knows it is dirty.
 */
public final class Project {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Project EMPTY = new Project(null, null, null, List.of(), Map.of(), null);

    private final String title;
    private final String notes;
    private final ModelReference model;
    private final List<String> prompts;
    private final Map<String, ObjectNode> panels;
    private final ObjectNode extra;

    Project(String title, String notes, ModelReference model, List<String> prompts, Map<String, ObjectNode> panels,
            ObjectNode extra) {
        this.title = title;
        this.notes = notes;
        this.model = model;
        this.prompts = List.copyOf(prompts);
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        panels.forEach((id, section) -> copy.put(Objects.requireNonNull(id), section.deepCopy()));
        this.panels = Collections.unmodifiableMap(copy);
        this.extra = extra == null ? F.objectNode() : extra.deepCopy();
    }

    /** A new, empty project. */
    public static Project empty() {
        return EMPTY;
    }

    /** Optional title shown in the window and reports. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** Free text for the reader, e.g. what to look at in a sample. */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** The model the project was saved with, when it records one. */
    public Optional<ModelReference> model() {
        return Optional.ofNullable(model);
    }

    public List<String> prompts() {
        return prompts;
    }

    /** Ids of the panel sections present, in file order (unknown panels included). */
    public List<String> panelIds() {
        return List.copyOf(panels.keySet());
    }

    /** A copy of the panel's section: changing it does not change the project; use {@link #withSection}. */
    public Optional<ObjectNode> section(String panelId) {
        ObjectNode s = panels.get(panelId);
        return s == null ? Optional.empty() : Optional.of(s.deepCopy());
    }

    /** Unknown top-level fields, as a copy. */
    public ObjectNode extra() {
        return extra.deepCopy();
    }

    public Project withTitle(String newTitle) {
        return new Project(newTitle, notes, model, prompts, panels, extra);
    }

    public Project withNotes(String newNotes) {
        return new Project(title, newNotes, model, prompts, panels, extra);
    }

    public Project withModel(ModelReference newModel) {
        return new Project(title, notes, newModel, prompts, panels, extra);
    }

    public Project withPrompts(List<String> newPrompts) {
        return new Project(title, notes, model, newPrompts, panels, extra);
    }

    /** The prompt list with {@code more} appended. */
    public Project withMorePrompts(List<String> more) {
        List<String> all = new ArrayList<>(prompts);
        all.addAll(more);
        return withPrompts(all);
    }

    /** Sets (or, with null, removes) a panel's section; the project keeps a copy. */
    public Project withSection(String panelId, ObjectNode section) {
        Map<String, ObjectNode> next = new LinkedHashMap<>(panels);
        if (section == null) {
            next.remove(panelId);
        } else {
            next.put(panelId, section);
        }
        return new Project(title, notes, model, prompts, next, extra);
    }

    Map<String, ObjectNode> sections() {
        return panels; // unmodifiable; the codec only reads it
    }

    ObjectNode extraView() {
        return extra; // for the codec, which copies what it writes
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project p && Objects.equals(title, p.title) && Objects.equals(notes, p.notes)
                && Objects.equals(model, p.model) && prompts.equals(p.prompts) && panels.equals(p.panels)
                && extra.equals(p.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, notes, model, prompts, panels, extra);
    }

    @Override
    public String toString() {
        return "Project[" + (title == null ? "untitled" : title) + ", " + prompts.size() + " prompts, panels "
                + panels.keySet() + "]";
    }
}
