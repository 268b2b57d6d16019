package org.tokenscope.host.model;

import ai.onnxruntime.OnnxJavaType;

/** Element types the host distinguishes, named as the command line prints them. */
public enum ElementType {
    INT64("int64"), INT32("int32"), FLOAT32("float32"), FLOAT16("float16"), BFLOAT16("bfloat16"), BOOL("bool"),
    OTHER("other");

    private final String label;

    ElementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ElementType of(OnnxJavaType type) {
        return switch (type) {
            case INT64 -> INT64;
            case INT32 -> INT32;
            case FLOAT -> FLOAT32;
            case FLOAT16 -> FLOAT16;
            case BFLOAT16 -> BFLOAT16;
            case BOOL -> BOOL;
            default -> OTHER;
        };
    }
}
