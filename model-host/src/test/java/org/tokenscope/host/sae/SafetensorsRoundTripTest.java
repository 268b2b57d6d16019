package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsRoundTripTest {
    @TempDir Path dir;

    /** Values exact in all three types, plus signed zero, infinity, a half subnormal and the largest half. */
    private static final float[] EXACT = {0f, -0f, 1f, -2.5f, 0.15625f, 65504f, 0x1p-24f, Float.POSITIVE_INFINITY, -1024f, 3f};

    @Test
    void roundTripEveryType() {
        for (DType t : DType.values()) {
            float[] values = t == DType.BF16 ? withoutHalfOnly(EXACT) : EXACT;
            Path f = dir.resolve(t + ".safetensors");
            SafetensorsWriter.write(f, List.of(new SafetensorsWriter.Entry("x", t, new long[] {2, values.length / 2}, values),
                    new SafetensorsWriter.Entry("empty", t, new long[] {0}, new float[0])), Map.of("k", "v"));
            SafetensorsFile st = SafetensorsFile.open(f);
            assertEquals(List.of("x", "empty"), List.copyOf(st.names()));
            assertEquals(t, st.info("x").orElseThrow().dtype());
            assertArrayEquals(new long[] {2, values.length / 2}, st.info("x").orElseThrow().shape());
            assertArrayEquals(values, st.floats("x"), t.name());
            assertEquals(0, st.floats("empty").length);
            assertEquals("v", st.metadata().get("k"));
        }
    }

    @Test
    void halfRoundsToNearestEven() {
        // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: ties to even (1); 1 + 3·2^-11 rounds up to 1 + 2^-9
        assertEquals(1f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(1f + 0x1p-11f)));
        assertEquals(1f + 0x1p-9f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(1f + 3 * 0x1p-11f)));
        assertEquals(Float.POSITIVE_INFINITY, HalfFloats.halfToFloat(HalfFloats.floatToHalf(70000f)));
        assertTrue(Float.isNaN(HalfFloats.halfToFloat(HalfFloats.floatToHalf(Float.NaN))));
        assertEquals(0x1p-24f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(0.75f * 0x1p-24f)));
        assertEquals(1f + 0x1p-7f, HalfFloats.bfloat16ToFloat(HalfFloats.floatToBfloat16(1f + 0x1p-7f + 0x1p-9f)));
        assertEquals(1f, HalfFloats.bfloat16ToFloat(HalfFloats.floatToBfloat16(1f + 0x1p-8f)), "tie to even");
        assertTrue(Float.isNaN(HalfFloats.bfloat16ToFloat(HalfFloats.floatToBfloat16(Float.NaN))));
    }

    @Test
    void headerIsPaddedToEightBytes() throws IOException {
        Path f = dir.resolve("a.safetensors");
        SafetensorsWriter.write(f, List.of(new SafetensorsWriter.Entry("abc", DType.F32, new long[] {1}, new float[] {7})), Map.of());
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
        long n = b.getLong(0);
        assertEquals(0, n % 8);
        assertEquals(8 + n + 4, Files.size(f));
        assertEquals(7f, b.getFloat((int) (8 + n)));
    }

    @Test
    void readsAFileWrittenByHand() throws IOException {
        // as Python's safetensors writes it: keys sorted, no padding requirement on read
        String header = "{\"b\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]},\"__metadata__\":{\"format\":\"pt\"}}";
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + json.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(json.length).put(json).putShort((short) 0x3C00).putShort((short) 0xC000); // 1.0, -2.0
        Path f = dir.resolve("hand.safetensors");
        Files.write(f, b.array());
        assertArrayEquals(new float[] {1f, -2f}, SafetensorsFile.open(f).floats("b"));
    }

    private static float[] withoutHalfOnly(float[] v) {
        float[] out = v.clone();
        out[5] = 65536f; // 65504 is not a bfloat16; 2^16 is
        out[6] = 0x1p-130f; // a bfloat16 subnormal instead of the half one
        return out;
    }
}
