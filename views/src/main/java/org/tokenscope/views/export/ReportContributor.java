package org.tokenscope.views.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a panel adds to a report, computed from the panel's section of the project file alone: no nodes, no
 * model, no display, so the command line's {@code report} produces the same report as the window.
 *
 * <p>Register an implementation (public, with a no-argument constructor) in
 * {@code META-INF/services/org.tokenscope.views.export.ReportContributor}; the report finds it by
 * {@link java.util.ServiceLoader}. The report always adds the panel's saved settings after these sections.
 */
public interface ReportContributor {

    /** The panel's id as in the project file's {@code panels} object: stepper, counterfactual, shapley, sae, premium. */
    String panelId();

    /** Sections with charts, tables and text built from {@code section}; an empty list adds nothing. */
    List<ReportSection> sections(ObjectNode section);
}
