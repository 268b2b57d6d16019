package org.tokenscope.views.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One piece of a report section; the HTML and PDF writers render each kind. */
public sealed interface ReportBlock {

    /** A paragraph of plain text (never markup: writers escape it). */
    record Text(String text) implements ReportBlock {
    }

    /** Name–value lines, e.g. the settings a result was computed with. */
    record Facts(List<Fact> facts) implements ReportBlock {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String name, String value) {
    }

    /** A JSON value shown pretty-printed under a caption, e.g. a panel's saved settings. */
    record Json(String caption, JsonNode json) implements ReportBlock {
        public Json {
            json = json.deepCopy();
        }
    }

    record Chart(ChartData chart) implements ReportBlock {
    }

    record Table(TableData table) implements ReportBlock {
    }
}
