package org.tokenscope.host.sae;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** The safetensors element types Tokenscope reads and writes; everything is converted to float on load. */
public enum DType {
    F32(4, "float32"), F16(2, "float16"), BF16(2, "bfloat16");

    private final int bytes;
    private final String torchName;

    DType(int bytes, String torchName) {
        this.bytes = bytes;
        this.torchName = torchName;
    }

    public int bytes() {
        return bytes;
    }

    /** The name SAELens writes in {@code cfg.json} ({@code "float32"}, ...). */
    public String torchName() {
        return torchName;
    }

    /** A safetensors dtype string, or a one-line error naming what is supported. */
    public static DType ofSafetensors(String name, String tensor) {
        for (DType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new SaeException("tensor " + tensor + " has dtype " + name + ", which Tokenscope cannot read: SAE weights must be "
                + Arrays.toString(values()) + " (convert the file with safetensors in Python)");
    }

    /** From a {@code cfg.json} dtype ({@code "float16"}, {@code "torch.bfloat16"}), F32 when unknown. */
    public static DType ofTorchName(String name) {
        String n = name == null ? "" : name.replace("torch.", "");
        for (DType t : values()) {
            if (t.torchName.equals(n)) {
                return t;
            }
        }
        return F32;
    }

    /** Reads {@code out.length} little-endian values of this type from {@code in} at its position. */
    void decode(ByteBuffer in, float[] out) {
        switch (this) {
            case F32 -> in.asFloatBuffer().get(out);
            case F16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = HalfFloats.halfToFloat(in.getShort(in.position() + 2 * i));
                }
            }
            case BF16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = HalfFloats.bfloat16ToFloat(in.getShort(in.position() + 2 * i));
                }
            }
        }
    }

    /** Writes {@code values} in this type (little-endian) into {@code out} at its position, advancing it. */
    void encode(float[] values, int from, int to, ByteBuffer out) {
        for (int i = from; i < to; i++) {
            switch (this) {
                case F32 -> out.putFloat(values[i]);
                case F16 -> out.putShort(HalfFloats.floatToHalf(values[i]));
                case BF16 -> out.putShort(HalfFloats.floatToBfloat16(values[i]));
            }
        }
    }
}
