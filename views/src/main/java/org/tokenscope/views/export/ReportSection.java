package org.tokenscope.views.export;

import java.util.List;

/** A titled part of a report: what one panel contributes, or one result of it. */
public record ReportSection(String title, List<ReportBlock> blocks) {
    public ReportSection {
        blocks = List.copyOf(blocks);
    }
}
