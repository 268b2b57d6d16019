package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tokenscope.host.decode.BranchTree;
import org.tokenscope.host.decode.Intervention;

/**
 * The branch tree as JSON: an array of nodes in creation order, each naming its parent. Used in the project
 * section and as the tree's JSON export. Ids are token ids, never text (text fields are for reading only);
 * an infinite KL is written as null.
 */
public final class BranchJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private BranchJson() {
    }

    public static ArrayNode write(Branches branches) {
        ArrayNode out = F.arrayNode();
        for (Branch b : branches.branches()) {
            BranchTree.Node n = b.node();
            ObjectNode o = out.addObject();
            o.put("id", n.id());
            if (n.parent() == null) {
                o.putNull("parent");
            } else {
                o.put("parent", n.parent());
            }
            o.put("in_prompt", n.intervention().inPrompt());
            o.put("position", n.intervention().position());
            o.set("forced_ids", ints(n.intervention().forcedIds()));
            o.put("label", n.label());
            o.set("ids", ints(n.ids()));
            if (n.firstDivergence() == null) {
                o.putNull("first_divergence");
            } else {
                o.put("first_divergence", n.firstDivergence());
            }
            o.put("edit_distance_cf", n.editDistance());
            o.put("edit_distance_int", b.editDistanceInt());
            o.put("text", b.text());
            o.put("interventional_text", b.interventionalText());
            o.put("kl_start", b.klStart());
            ArrayNode kl = o.putArray("kl");
            for (double x : b.kl()) {
                if (Double.isFinite(x)) {
                    kl.add(x);
                } else {
                    kl.addNull();
                }
            }
        }
        return out;
    }

    /** Reads nodes written by {@link #write}; ids must run 0, 1, 2, … and parents come before children. */
    public static Branches read(JsonNode array) {
        Branches out = Branches.EMPTY;
        if (array == null || array.isMissingNode() || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"branches\" must be an array");
        }
        for (JsonNode o : array) {
            int id = o.path("id").asInt(-1);
            if (id != out.size()) {
                throw new IllegalArgumentException("branch ids must run 0, 1, 2, … in order; found " + o.path("id")
                        + " at index " + out.size());
            }
            Integer parent = o.path("parent").isNumber() ? o.get("parent").asInt() : null;
            if (parent != null && (parent < 0 || parent >= id)) {
                throw new IllegalArgumentException("branch " + id + " names parent " + parent + ", which does not come before it");
            }
            Intervention iv = new Intervention(o.path("in_prompt").asBoolean(false), o.path("position").asInt(),
                    ints(o.path("forced_ids")));
            Integer first = o.path("first_divergence").isNumber() ? o.get("first_divergence").asInt() : null;
            BranchTree.Node node = new BranchTree.Node(id, parent, iv, ints(o.path("ids")), first,
                    o.path("edit_distance_cf").asInt(), o.path("label").asText(""));
            JsonNode klNode = o.path("kl");
            double[] kl = new double[klNode.size()];
            for (int i = 0; i < kl.length; i++) {
                kl[i] = klNode.get(i).isNumber() ? klNode.get(i).asDouble() : Double.POSITIVE_INFINITY;
            }
            out = out.add(new Branch(node, o.path("edit_distance_int").asInt(), o.path("text").asText(""),
                    o.path("interventional_text").asText(""), o.path("kl_start").asInt(), kl));
        }
        return out;
    }

    static ArrayNode ints(int[] ids) {
        ArrayNode a = F.arrayNode();
        for (int id : ids) {
            a.add(id);
        }
        return a;
    }

    static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).canConvertToInt()) {
                throw new IllegalArgumentException("token ids must be integers, found " + a.get(i));
            }
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
