package org.tokenscope.host.model;

import java.util.List;

/** A graph input or output as the session reports it; shape entries are Long sizes or symbolic names. */
public record TensorSpec(String name, ElementType type, List<Object> shape) {
    public TensorSpec {
        shape = List.copyOf(shape);
    }

    /** The fixed size of dimension {@code i}, or -1 when it is symbolic or unknown. */
    public long dim(int i) {
        return i < shape.size() && shape.get(i) instanceof Long n ? n : -1;
    }

    public int rank() {
        return shape.size();
    }
}
