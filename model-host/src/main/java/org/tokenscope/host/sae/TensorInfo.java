package org.tokenscope.host.sae;

import java.util.Arrays;

/**
 * One entry of a safetensors header.
 *
 * @param begin byte offset of the data, relative to the end of the header
 * @param end   exclusive end offset, relative to the end of the header
 */
public record TensorInfo(String name, DType dtype, long[] shape, long begin, long end) {

    public long elements() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    public String shapeText() {
        return Arrays.toString(shape);
    }
}
