"""Builds small quantized / contrib-operator ONNX decoder fixtures with reference outputs.

Run:  cd model-host/src/test/recipe/decoders && /usr/bin/python3 make_quantized.py [--dump-steps DIR]

Writes, under model-host/src/test/resources/fixtures/decoders/:
  genai-q4-gqa/             onnxruntime-genai builder style: MatMulNBits (int4) + GroupQueryAttention
  gqa-seqlens-inputs/       fp32 MatMul + GroupQueryAttention; seqlens_k / total_sequence_length are graph inputs
  transformersjs-variants/  transformers.js folder: onnx/model{,_quantized,_uint8,_q4,_fp16}.onnx
  bad-contrib-op/           a graph with an operator ONNX Runtime cannot resolve

The graphs are written node by node with onnx.helper; the references are numpy re-implementations of the
exact arithmetic of each graph (see QUANTIZED.md). Everything is deterministic (fixed seeds).
Only numpy and onnx are needed (no onnxruntime, no torch).
"""
import json
import os
import shutil
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "resources", "recipe"))
import bpe  # noqa: E402  (GPT-2 byte alphabet, tokenizer.json writer)

OUT = os.path.join(ROOT, "model-host", "src", "test", "resources", "fixtures", "decoders")

# ----------------------------------------------------------------------------------------------------------
# Tokenizer: 256 bytes + 30 merges + <|endoftext|>
# ----------------------------------------------------------------------------------------------------------
CORPUS = [
    "Once upon a time there was a little robot. The little robot liked to read.",
    "Once upon a time the robot said hello to the cat. The cat said hello to the robot.",
    "The little cat sat on the mat. The robot read a story to the cat.",
    "Once upon a time, in a small town, there was a robot that could sing.",
    "The end of the story is the start of another story.",
] * 3
N_MERGES = 30
PROMPTS = ["The little robot", "The cat sat"]

HIDDEN, HEADS, KV_HEADS, HEAD_DIM, LAYERS, INTER = 32, 4, 2, 8, 2, 32
CONTEXT = 64
EPS = 1e-5
ROPE_THETA = 10000.0
N_GREEDY = 4

F32 = np.float32


def make_tokenizer():
    merges = bpe.train(CORPUS, 256 + N_MERGES + 1)
    assert len(merges) == N_MERGES, len(merges)
    return bpe.Tokenizer(merges)


def printable_token(tok, i):
    if i == tok.eot_id:
        return False
    data = bytes(tok.byte_of_char[c] for c in tok.id_to_token[i])
    return all(32 <= b < 127 for b in data)


def write_tokenizer(tok, folder):
    tok.write_tokenizer_json(os.path.join(folder, "tokenizer.json"))
    write_json(os.path.join(folder, "tokenizer_config.json"), {
        "tokenizer_class": "GPT2Tokenizer", "bos_token": bpe.EOT, "eos_token": bpe.EOT, "unk_token": bpe.EOT,
        "model_max_length": CONTEXT, "clean_up_tokenization_spaces": False})


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)
        f.write("\n")


# ----------------------------------------------------------------------------------------------------------
# Weights
# ----------------------------------------------------------------------------------------------------------
def make_weights(seed, tok, vocab, tied=False):
    """Llama weights in x @ W layout ([in, out]). Printable-ASCII tokens get larger lm_head columns so
    greedy text is readable; columns past the tokenizer's vocabulary (padding) get larger ones still, so a
    host that takes the argmax over the full logits row picks a padding id."""
    rng = np.random.RandomState(seed)

    def lin(k, n, gain=1.0):
        return (rng.randn(k, n) * gain / np.sqrt(k)).astype(F32)

    w = {"embed": rng.randn(vocab, HIDDEN).astype(F32)}
    for i in range(LAYERS):
        w[f"l{i}.ln1"] = (1.0 + 0.1 * rng.randn(HIDDEN)).astype(F32)
        w[f"l{i}.q"] = lin(HIDDEN, HEADS * HEAD_DIM, 1.5)
        w[f"l{i}.k"] = lin(HIDDEN, KV_HEADS * HEAD_DIM, 1.5)
        w[f"l{i}.v"] = lin(HIDDEN, KV_HEADS * HEAD_DIM)
        w[f"l{i}.o"] = lin(HEADS * HEAD_DIM, HIDDEN, 4.0 if tied else 1.0)
        w[f"l{i}.ln2"] = (1.0 + 0.1 * rng.randn(HIDDEN)).astype(F32)
        w[f"l{i}.gate"] = lin(HIDDEN, INTER)
        w[f"l{i}.up"] = lin(HIDDEN, INTER)
        w[f"l{i}.down"] = lin(INTER, HIDDEN, 4.0 if tied else 1.0)
    w["norm"] = (1.0 + 0.1 * rng.randn(HIDDEN)).astype(F32)
    col = np.array([1.0 if printable_token(tok, i) else 0.35 for i in range(tok.vocab_size)] +
                   [2.0] * (vocab - tok.vocab_size), dtype=F32)
    if tied:
        w["embed"] = (w["embed"] * col[:, None] * 0.7).astype(F32)
        w["lm_head"] = np.ascontiguousarray(w["embed"].T)
    else:
        w["lm_head"] = (rng.randn(HIDDEN, vocab) * (3.0 / np.sqrt(HIDDEN)) * col[None, :]).astype(F32)
    inv_freq = 1.0 / (ROPE_THETA ** (np.arange(0, HEAD_DIM, 2, dtype=np.float64) / HEAD_DIM))
    ang = np.arange(CONTEXT, dtype=np.float64)[:, None] * inv_freq[None, :]
    w["cos"] = np.cos(ang).astype(F32)  # [CONTEXT, HEAD_DIM/2]
    w["sin"] = np.sin(ang).astype(F32)
    return w


LINEARS = ["q", "k", "v", "o", "gate", "up", "down"]


# ----------------------------------------------------------------------------------------------------------
# Quantizers (produce exactly the tensors stored in the graphs; the references use the same arrays)
# ----------------------------------------------------------------------------------------------------------
def quant_nbits(wt, block, with_zp):
    """MatMulNBits int4. wt: [K, N] (x @ W). Returns dict of B [N, n_blocks, block/2] uint8, scales [N*n_blocks]
    float32, zero_points [N * ceil(n_blocks/2)] uint8 or None, and the dequantized [K, N] weight."""
    k, n = wt.shape
    assert k % block == 0
    nb = k // block
    wb = wt.T.reshape(n, nb, block).astype(np.float64)
    if with_zp:
        lo = np.minimum(wb.min(axis=2), 0.0)
        hi = np.maximum(wb.max(axis=2), 0.0)
        scale = ((hi - lo) / 15.0).astype(F32)
        scale[scale == 0] = 1.0
        zp = np.clip(np.rint(-lo / scale), 0, 15).astype(np.uint8)
    else:
        absmax = np.abs(wb).max(axis=2)
        scale = (absmax / 7.5).astype(F32)
        scale[scale == 0] = 1.0
        zp = np.full((n, nb), 8, dtype=np.uint8)
    q = np.clip(np.rint(wb / scale[:, :, None]) + zp[:, :, None], 0, 15).astype(np.uint8)  # [N, nb, block]
    packed = (q[:, :, 0::2] | (q[:, :, 1::2] << 4)).astype(np.uint8)  # element 2j low nibble, 2j+1 high
    deq = ((q.astype(F32) - zp[:, :, None].astype(F32)) * scale[:, :, None]).astype(F32)  # [N, nb, block]
    out = {"B": packed, "scales": scale.reshape(-1), "deq": np.ascontiguousarray(deq.reshape(n, k).T)}
    if with_zp:
        zpp = zp if nb % 2 == 0 else np.concatenate([zp, np.zeros((n, 1), np.uint8)], axis=1)
        out["zero_points"] = (zpp[:, 0::2] | (zpp[:, 1::2] << 4)).astype(np.uint8).reshape(-1)
    else:
        out["zero_points"] = None
    return out


def quant_weight_8bit(wt, signed):
    """Per-tensor weight quantization for MatMulInteger / QLinearMatMul.
    signed: int8, symmetric, 7-bit range [-64, 63] (reduce_range: no int16 saturation in u8s8 kernels).
    unsigned: uint8 asymmetric with a zero point."""
    if signed:
        scale = F32(np.abs(wt).max() / 63.0)
        q = np.clip(np.rint(wt / scale), -64, 63).astype(np.int8)
        return q, scale, np.int8(0)
    lo, hi = min(float(wt.min()), 0.0), max(float(wt.max()), 0.0)
    scale = F32((hi - lo) / 255.0)
    zp = np.uint8(np.clip(np.rint(-lo / scale), 0, 255))
    q = np.clip(np.rint(wt / scale) + zp, 0, 255).astype(np.uint8)
    return q, scale, zp


def dynamic_quantize(x):
    """DynamicQuantizeLinear exactly as ONNX Runtime computes it (float32 throughout)."""
    x = x.astype(F32)
    lo = min(F32(x.min()), F32(0))
    hi = max(F32(x.max()), F32(0))
    scale = F32(1.0) if hi == lo else F32((hi - lo) / F32(255))
    zp = F32(np.clip(np.rint(F32(0) - lo / scale), 0, 255))
    q = np.clip(np.rint(x / scale) + zp, 0, 255).astype(np.uint8)
    return q, scale, np.uint8(zp)


def quantize_linear(x, scale, zp):
    return np.clip(np.rint(x.astype(F32) / F32(scale)) + F32(zp), 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------------------
# Numpy reference (mirrors each graph's arithmetic)
# ----------------------------------------------------------------------------------------------------------
class Ref:
    def __init__(self, w, linear, calib=None):
        self.w, self.linear_kind, self.dt = w, linear, F32
        # fp16: float16 weights and I/O. ONNX Runtime's x86 CPU provider has no float16 kernels for the math
        # ops, so it inserts Casts and computes in float32, rounding to float16 only where a float16 kernel
        # (Reshape, Concat, ...) takes the value: q/k/v projection outputs, k after rotary (the cache), the
        # attention-probabilities x V product, and the logits. This mirrors that.
        self.half = linear == "fp16"
        self.eps = h16(np.array(EPS, F32)) if self.half else F32(EPS)
        self.attn_scale = h16(np.array(1.0 / np.sqrt(HEAD_DIM), F32)) if self.half else F32(1.0 / np.sqrt(HEAD_DIM))
        if self.half:
            w = self.w = {k: h16(v) for k, v in w.items()}
        self.q = {}
        self.calib = calib  # for static uint8: {tensor-name: (scale, zp)}
        self.record = None  # for calibration: {tensor-name: [min, max]}
        names = [f"l{i}.{n}" for i in range(LAYERS) for n in LINEARS] + ["lm_head"]
        for nm in names:
            wt = w[nm]
            if linear.startswith("q4"):
                block = 16 if linear == "q4_b16_zp" else 32
                self.q[nm] = quant_nbits(wt, block, with_zp=linear == "q4_b16_zp")
            elif linear == "dynamic":
                self.q[nm] = quant_weight_8bit(wt, signed=nm.split(".")[-1] in ("q", "k", "v", "o"))
            elif linear == "static":
                self.q[nm] = quant_weight_8bit(wt, signed=False)

    def lin16(self, nm, x, in_name):
        y = self.linear(nm, x, in_name)
        return h16(y) if self.half else y

    def observe(self, name, x):
        if self.record is not None:
            r = self.record.setdefault(name, [np.inf, -np.inf])
            r[0], r[1] = min(r[0], float(x.min())), max(r[1], float(x.max()))

    def linear(self, nm, x, in_name):
        kind = self.linear_kind
        if kind in ("fp32", "fp16"):
            y = np.matmul(x, self.w[nm])
            self.observe(in_name, x)
            self.observe(nm + ".out", y)
            return y
        if kind.startswith("q4"):
            return np.matmul(x, self.q[nm]["deq"]).astype(F32)
        if kind == "dynamic":
            qw, ws, wz = self.q[nm]
            xq, xs, xz = dynamic_quantize(x)
            acc = np.matmul(xq.astype(np.int64) - int(xz), qw.astype(np.int64) - int(wz))
            return (acc.astype(F32) * F32(xs * ws)).astype(F32)
        if kind == "static":
            qw, ws, wz = self.q[nm]
            xs, xz = self.calib[in_name]
            ys, yz = self.calib[nm + ".out"]
            xq = quantize_linear(x, xs, xz)
            acc = np.matmul(xq.astype(np.int64) - int(xz), qw.astype(np.int64) - int(wz))
            mult = F32(F32(xs * ws) / ys)
            y = np.clip(np.rint(acc.astype(F32) * mult) + F32(yz), 0, 255).astype(np.int32)
            return ((y - int(yz)).astype(F32) * F32(ys)).astype(F32)
        raise ValueError(kind)

    def rms(self, x, g):
        ms = np.mean(np.square(x), axis=-1, keepdims=True)
        return (x / np.sqrt(ms + self.eps) * g).astype(F32)

    def rope(self, x, pos):
        # x: [S, H, D]; non-interleaved (rotate_half)
        h = HEAD_DIM // 2
        cos = self.w["cos"][pos][:, None, :]
        sin = self.w["sin"][pos][:, None, :]
        x1, x2 = x[..., :h], x[..., h:]
        cos2 = np.concatenate([cos, cos], -1)
        sin2 = np.concatenate([sin, sin], -1)
        rot = np.concatenate([-x2, x1], -1)
        return ((x * cos2).astype(self.dt) + (rot * sin2).astype(self.dt)).astype(self.dt)

    def forward(self, ids, past):
        """ids: list[int] (batch 1); past: list of (k, v) each [KV, P, D]. Returns logits [S, V], presents."""
        dt = self.dt
        s = len(ids)
        p = past[0][0].shape[1]
        pos = np.arange(p, p + s)
        x = self.w["embed"][ids].astype(dt)
        presents = []
        for i in range(LAYERS):
            hn = self.rms(x, self.w[f"l{i}.ln1"])
            q = self.lin16(f"l{i}.q", hn, f"l{i}.ln1.out").reshape(s, HEADS, HEAD_DIM)
            k = self.lin16(f"l{i}.k", hn, f"l{i}.ln1.out").reshape(s, KV_HEADS, HEAD_DIM)
            v = self.lin16(f"l{i}.v", hn, f"l{i}.ln1.out").reshape(s, KV_HEADS, HEAD_DIM)
            q, k = self.rope(q, pos), self.rope(k, pos)
            if self.half:
                k = h16(k)
            kk = np.concatenate([past[i][0], k.transpose(1, 0, 2)], axis=1)  # [KV, T, D]
            vv = np.concatenate([past[i][1], v.transpose(1, 0, 2)], axis=1)
            presents.append((kk, vv))
            t = kk.shape[1]
            g = HEADS // KV_HEADS
            out = np.zeros((s, HEADS, HEAD_DIM), dtype=dt)
            causal = np.arange(t)[None, :] <= pos[:, None]
            for hh in range(HEADS):
                kvh = hh // g
                sc = np.matmul(q[:, hh, :].astype(F32), kk[kvh].T.astype(F32)).astype(dt)
                sc = (sc * self.attn_scale).astype(dt)
                sc = np.where(causal, sc, np.finfo(dt).min).astype(F32)
                e = np.exp(sc - sc.max(-1, keepdims=True))
                pr = (e / e.sum(-1, keepdims=True)).astype(dt)
                out[:, hh, :] = np.matmul(pr.astype(F32), vv[kvh].astype(F32)).astype(dt)
            if self.half:
                out = h16(out)
            attn = self.linear(f"l{i}.o", out.reshape(s, HEADS * HEAD_DIM), f"l{i}.attn.out")
            x = (x + attn).astype(dt)
            hn = self.rms(x, self.w[f"l{i}.ln2"])
            gt = self.linear(f"l{i}.gate", hn, f"l{i}.ln2.out")
            up = self.linear(f"l{i}.up", hn, f"l{i}.ln2.out")
            sig = (1.0 / (1.0 + np.exp(-gt.astype(F32)))).astype(dt)
            act = ((gt * sig).astype(dt) * up).astype(dt)
            x = (x + self.linear(f"l{i}.down", act, f"l{i}.mlp.act")).astype(dt)
        hn = self.rms(x, self.w["norm"])
        logits = self.linear("lm_head", hn, "norm.out")
        if self.half:
            logits = h16(logits)
        return logits.astype(F32), presents


def h16(a):
    return a.astype(np.float16).astype(F32)


def run_case(ref, ids, vocab_tok):
    """Prefill with an empty past, then one cached step per greedy token (as the host does)."""
    dt = ref.dt
    past = [(np.zeros((KV_HEADS, 0, HEAD_DIM), dt), np.zeros((KV_HEADS, 0, HEAD_DIM), dt)) for _ in range(LAYERS)]
    logits, past = ref.forward(ids, past)
    prefill = logits
    row = logits[-1]
    greedy, margins, steps = [], [], []
    for n in range(N_GREEDY):
        r = row[:vocab_tok].astype(np.float64)
        top = np.argsort(-r, kind="stable")[:2]
        greedy.append(int(top[0]))
        margins.append((float(r[top[0]] - r[top[1]]), max(1.0, abs(float(r[top[0]])))))
        if n + 1 < N_GREEDY:
            logits, past = ref.forward([greedy[-1]], past)
            row = logits[-1]
            steps.append(row)
    return prefill, greedy, margins, steps


# ----------------------------------------------------------------------------------------------------------
# ONNX graph builder
# ----------------------------------------------------------------------------------------------------------
class G:
    def __init__(self, dtype=TensorProto.FLOAT):
        self.nodes, self.inits, self.n = [], [], 0
        self.dt = dtype
        self.np_dt = np.float16 if dtype == TensorProto.FLOAT16 else F32
        self.qcache = {}

    def init(self, name, arr):
        self.inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def const(self, arr, hint="const"):
        self.n += 1
        return self.init(f"{hint}_{self.n}", np.asarray(arr))

    def fconst(self, value, hint="c"):
        return self.const(np.array(value, dtype=self.np_dt), hint)

    def op(self, op_type, inputs, n_out=1, name=None, domain=None, outputs=None, **attrs):
        self.n += 1
        nm = name or f"/{op_type}_{self.n}"
        outs = outputs or [f"{nm}/output_{j}" for j in range(n_out)]
        self.nodes.append(helper.make_node(op_type, inputs, outs, name=nm, domain=domain, **attrs))
        return outs[0] if n_out == 1 and not outputs else outs

    # plain-op helpers
    def rms_ops(self, x, gamma, name):
        sq = self.op("Pow", [x, self.fconst(2.0)], name=name + "/Pow")
        ms = self.op("ReduceMean", [sq], name=name + "/ReduceMean", axes=[-1], keepdims=1)
        d = self.op("Sqrt", [self.op("Add", [ms, self.fconst(EPS)], name=name + "/Add")], name=name + "/Sqrt")
        y = self.op("Div", [x, d], name=name + "/Div")
        return self.op("Mul", [y, self.init(name + ".weight", gamma.astype(self.np_dt))], name=name + "/Mul")

    def save(self, path, inputs, outputs, opsets, name="tokenscope-tiny-decoder"):
        graph = helper.make_graph(self.nodes, name, inputs, outputs, self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid(d, v) for d, v in opsets],
                                  producer_name="tokenscope make_quantized.py", producer_version="1")
        model.ir_version = 8
        os.makedirs(os.path.dirname(path), exist_ok=True)
        onnx.save(model, path)
        return model


def vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def linear_node(g, ref, nm, x, in_name, prefix):
    """Emits the linear layer `nm` (weight [K, N]) of the variant's kind; returns the output name."""
    kind = ref.linear_kind
    wt = ref.w[nm]
    kdim, ndim = wt.shape
    if kind in ("fp32", "fp16"):
        return g.op("MatMul", [x, g.init(prefix + ".weight", wt.astype(g.np_dt))], name=prefix + "/MatMul")
    if kind.startswith("q4"):
        qd = ref.q[nm]
        ins = [x, g.init(prefix + ".weight_Q4", qd["B"]), g.init(prefix + ".weight_scales", qd["scales"])]
        if qd["zero_points"] is not None:
            ins.append(g.init(prefix + ".weight_zp", qd["zero_points"]))
        block = qd["B"].shape[2] * 2
        return g.op("MatMulNBits", ins, name=prefix + "/MatMulNBits", domain="com.microsoft",
                    K=kdim, N=ndim, bits=4, block_size=block)
    if kind == "dynamic":
        qw, ws, wz = ref.q[nm]
        if in_name not in g.qcache:
            g.qcache[in_name] = g.op("DynamicQuantizeLinear", [x], n_out=3, name=prefix + "/DynamicQuantizeLinear")
        xq, xs, xz = g.qcache[in_name]
        mi = g.op("MatMulInteger", [xq, g.init(prefix + ".weight_quantized", qw), xz,
                                    g.init(prefix + ".weight_zero_point", np.array(wz))], name=prefix + "/MatMulInteger")
        cast = g.op("Cast", [mi], name=prefix + "/Cast", to=TensorProto.FLOAT)
        sm = g.op("Mul", [xs, g.init(prefix + ".weight_scale", np.array(ws, F32))], name=prefix + "/scales_mul")
        return g.op("Mul", [cast, sm], name=prefix + "/output_scale_mul")
    if kind == "static":
        qw, ws, wz = ref.q[nm]
        xs, xz = ref.calib[in_name]
        ys, yz = ref.calib[nm + ".out"]
        if in_name not in g.qcache:
            sn = g.init(in_name + "_scale", np.array(xs, F32))
            zn = g.init(in_name + "_zero_point", np.array(xz, np.uint8))
            g.qcache[in_name] = (g.op("QuantizeLinear", [x, sn, zn], name=prefix + "/QuantizeLinear"), sn, zn)
        xq, sn, zn = g.qcache[in_name]
        ysn = g.init(prefix + ".output_scale", np.array(ys, F32))
        yzn = g.init(prefix + ".output_zero_point", np.array(yz, np.uint8))
        y = g.op("QLinearMatMul", [xq, sn, zn, g.init(prefix + ".weight_quantized", qw),
                                   g.init(prefix + ".weight_scale", np.array(ws, F32)),
                                   g.init(prefix + ".weight_zero_point", np.array(wz, np.uint8)), ysn, yzn],
                 name=prefix + "/QLinearMatMul")
        return g.op("DequantizeLinear", [y, ysn, yzn], name=prefix + "/DequantizeLinear")
    raise ValueError(kind)


def rope_ops(g, x, cos_g, sin_g, name):
    """x: [B, H, S, D]; cos_g/sin_g: [S, D] (halves duplicated). Non-interleaved rotate_half."""
    h = HEAD_DIM // 2
    x1 = g.op("Slice", [x, g.const(np.array([0])), g.const(np.array([h])), g.const(np.array([-1]))], name=name + "/Slice1")
    x2 = g.op("Slice", [x, g.const(np.array([h])), g.const(np.array([HEAD_DIM])), g.const(np.array([-1]))], name=name + "/Slice2")
    rot = g.op("Concat", [g.op("Neg", [x2], name=name + "/Neg"), x1], name=name + "/Concat", axis=-1)
    return g.op("Add", [g.op("Mul", [x, cos_g], name=name + "/MulCos"), g.op("Mul", [rot, sin_g], name=name + "/MulSin")],
                name=name + "/Add")


def rope_tables(g, pos, ref):
    """pos: int64 [S] or [B, S]; returns cos/sin gathered [.., S, D] (duplicated halves)."""
    full_cos = np.concatenate([ref.w["cos"], ref.w["cos"]], -1).astype(g.np_dt)
    full_sin = np.concatenate([ref.w["sin"], ref.w["sin"]], -1).astype(g.np_dt)
    cos_g = g.op("Gather", [g.init("rotary.cos_table", full_cos), pos], name="/rotary/GatherCos", axis=0)
    sin_g = g.op("Gather", [g.init("rotary.sin_table", full_sin), pos], name="/rotary/GatherSin", axis=0)
    return cos_g, sin_g


def shape_dim(g, t, idx, name):
    sh = g.op("Shape", [t], name=name + "/Shape")
    return g.op("Gather", [sh, g.const(np.array(idx, np.int64))], name=name + "/Gather", axis=0)


# ----------------------------------------------------------------------------------------------------------
# Graph families
# ----------------------------------------------------------------------------------------------------------
def build_genai(ref, vocab, path):
    """onnxruntime-genai builder style: SimplifiedLayerNormalization / SkipSimplifiedLayerNormalization,
    MatMulNBits projections, GroupQueryAttention with do_rotary=1 and seqlens_k/total_sequence_length
    computed from attention_mask inside the graph."""
    g = G()
    ms = "com.microsoft"
    # attention_mask -> seqlens_k (int32 [B]) and total_sequence_length (int32 scalar), as the builder does
    rs = g.op("ReduceSum", ["attention_mask", g.const(np.array([1], np.int64))], name="/model/attn_mask_reformat/attn_mask_subgraph/ReduceSum", keepdims=0)
    sub = g.op("Sub", [rs, g.const(np.array(1, np.int64))], name="/model/attn_mask_reformat/attn_mask_subgraph/Sub")
    seqlens = g.op("Cast", [sub], name="/model/attn_mask_reformat/attn_mask_subgraph/Sub/Cast", to=TensorProto.INT32)
    tot = shape_dim(g, "attention_mask", 1, "/model/attn_mask_reformat/attn_mask_subgraph")
    total = g.op("Cast", [tot], name="/model/attn_mask_reformat/attn_mask_subgraph/Gather/Cast", to=TensorProto.INT32)
    x = g.op("Gather", [g.init("model.embed_tokens.weight", ref.w["embed"]), "input_ids"], name="/model/embed_tokens/Gather")
    cos = g.init("cos_cache", ref.w["cos"])
    sin = g.init("sin_cache", ref.w["sin"])
    residual = None
    for i in range(LAYERS):
        pre = f"/model/layers.{i}"
        if residual is None:
            hn = g.op("SimplifiedLayerNormalization", [x, g.init(f"model.layers.{i}.input_layernorm.weight", ref.w[f"l{i}.ln1"])],
                      name=f"{pre}/input_layernorm/LayerNorm", axis=-1, epsilon=EPS, stash_type=1)
            residual = x
        else:
            outs = g.op("SkipSimplifiedLayerNormalization", [x, residual, g.init(f"model.layers.{i}.input_layernorm.weight", ref.w[f"l{i}.ln1"])],
                        n_out=4, name=f"{pre}/input_layernorm/SkipLayerNorm", domain=ms, epsilon=EPS)
            hn, residual = outs[0], outs[3]
        q = linear_node(g, ref, f"l{i}.q", hn, "", f"{pre}/attn/q_proj")
        k = linear_node(g, ref, f"l{i}.k", hn, "", f"{pre}/attn/k_proj")
        v = linear_node(g, ref, f"l{i}.v", hn, "", f"{pre}/attn/v_proj")
        attn, _, _ = g.op("GroupQueryAttention",
                          [q, k, v, f"past_key_values.{i}.key", f"past_key_values.{i}.value", seqlens, total, cos, sin],
                          name=f"{pre}/attn/GroupQueryAttention", domain=ms,
                          outputs=[f"{pre}/attn/GroupQueryAttention/output_0", f"present.{i}.key", f"present.{i}.value"],
                          num_heads=HEADS, kv_num_heads=KV_HEADS, do_rotary=1, rotary_interleaved=0,
                          scale=float(1.0 / np.sqrt(HEAD_DIM)), local_window_size=-1)
        o = linear_node(g, ref, f"l{i}.o", attn, "", f"{pre}/attn/o_proj")
        outs = g.op("SkipSimplifiedLayerNormalization", [o, residual, g.init(f"model.layers.{i}.post_attention_layernorm.weight", ref.w[f"l{i}.ln2"])],
                    n_out=4, name=f"{pre}/post_attention_layernorm/SkipLayerNorm", domain=ms, epsilon=EPS)
        hn, residual = outs[0], outs[3]
        gate = linear_node(g, ref, f"l{i}.gate", hn, "", f"{pre}/mlp/gate_proj")
        up = linear_node(g, ref, f"l{i}.up", hn, "", f"{pre}/mlp/up_proj")
        act = g.op("Mul", [gate, g.op("Sigmoid", [gate], name=f"{pre}/mlp/act_fn/Sigmoid")], name=f"{pre}/mlp/act_fn/Mul")
        act = g.op("Mul", [act, up], name=f"{pre}/mlp/Mul")
        x = linear_node(g, ref, f"l{i}.down", act, "", f"{pre}/mlp/down_proj")
    outs = g.op("SkipSimplifiedLayerNormalization", [x, residual, g.init("model.norm.weight", ref.w["norm"])],
                n_out=4, name="/model/layers.2/final_norm_layernorm/SkipLayerNorm", domain=ms, epsilon=EPS)
    logits_in = outs[0]
    g.op("MatMulNBits", [logits_in, g.init("lm_head.MatMul.weight_Q4", ref.q["lm_head"]["B"]),
                         g.init("lm_head.MatMul.weight_scales", ref.q["lm_head"]["scales"]),
                         g.init("lm_head.MatMul.weight_zp", ref.q["lm_head"]["zero_points"])],
         name="/lm_head/MatMulNBits", domain=ms, outputs=["logits"],
         K=HIDDEN, N=vocab, bits=4, block_size=ref.q["lm_head"]["B"].shape[2] * 2)
    inputs = [vi("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"]),
              vi("attention_mask", TensorProto.INT64, ["batch_size", "total_sequence_length"])]
    outputs = [vi("logits", TensorProto.FLOAT, ["batch_size", "sequence_length", vocab])]
    for i in range(LAYERS):
        for kv in ("key", "value"):
            inputs.append(vi(f"past_key_values.{i}.{kv}", TensorProto.FLOAT, ["batch_size", KV_HEADS, "past_sequence_length", HEAD_DIM]))
            outputs.append(vi(f"present.{i}.{kv}", TensorProto.FLOAT, ["batch_size", KV_HEADS, "total_sequence_length", HEAD_DIM]))
    return g.save(path, inputs, outputs, [("", 17), (ms, 1)])


def build_gqa_inputs(ref, vocab, path):
    """fp32 MatMul + GroupQueryAttention (do_rotary=0, rotary done with plain ops before it);
    seqlens_k and total_sequence_length are graph inputs; no attention_mask input."""
    g = G()
    ms = "com.microsoft"
    total64 = g.op("Cast", ["total_sequence_length"], name="/model/pos/CastTotal", to=TensorProto.INT64)
    slen = shape_dim(g, "input_ids", 1, "/model/pos/seq")
    start = g.op("Sub", [total64, slen], name="/model/pos/Sub")
    pos = g.op("Range", [start, total64, g.const(np.array(1, np.int64))], name="/model/pos/Range")  # [S]
    cos_g, sin_g = rope_tables(g, pos, ref)  # [S, D]
    x = g.op("Gather", [g.init("model.embed_tokens.weight", ref.w["embed"]), "input_ids"], name="/model/embed_tokens/Gather")
    shp_bsnd = lambda n: g.const(np.array([0, 0, n, HEAD_DIM], np.int64))  # noqa: E731
    shp_bsh = lambda n: g.const(np.array([0, 0, n * HEAD_DIM], np.int64))  # noqa: E731
    for i in range(LAYERS):
        pre = f"/model/layers.{i}"
        hn = g.rms_ops(x, ref.w[f"l{i}.ln1"], f"{pre}/input_layernorm")
        heads = {}
        for nm, nh in (("q", HEADS), ("k", KV_HEADS)):
            y = linear_node(g, ref, f"l{i}.{nm}", hn, "", f"{pre}/self_attn/{nm}_proj")
            y = g.op("Reshape", [y, shp_bsnd(nh)], name=f"{pre}/self_attn/{nm}/Reshape")
            y = g.op("Transpose", [y], name=f"{pre}/self_attn/{nm}/Transpose", perm=[0, 2, 1, 3])  # [B, H, S, D]
            y = rope_ops(g, y, cos_g, sin_g, f"{pre}/self_attn/{nm}/rotary")
            y = g.op("Transpose", [y], name=f"{pre}/self_attn/{nm}/Transpose2", perm=[0, 2, 1, 3])
            heads[nm] = g.op("Reshape", [y, shp_bsh(nh)], name=f"{pre}/self_attn/{nm}/Reshape2")
        v = linear_node(g, ref, f"l{i}.v", hn, "", f"{pre}/self_attn/v_proj")
        attn, _, _ = g.op("GroupQueryAttention",
                          [heads["q"], heads["k"], v, f"past_key_values.{i}.key", f"past_key_values.{i}.value",
                           "seqlens_k", "total_sequence_length"],
                          name=f"{pre}/self_attn/GroupQueryAttention", domain=ms,
                          outputs=[f"{pre}/self_attn/GroupQueryAttention/output_0", f"present.{i}.key", f"present.{i}.value"],
                          num_heads=HEADS, kv_num_heads=KV_HEADS, do_rotary=0)
        o = linear_node(g, ref, f"l{i}.o", attn, "", f"{pre}/self_attn/o_proj")
        x = g.op("Add", [x, o], name=f"{pre}/attn_residual/Add")
        hn = g.rms_ops(x, ref.w[f"l{i}.ln2"], f"{pre}/post_attention_layernorm")
        gate = linear_node(g, ref, f"l{i}.gate", hn, "", f"{pre}/mlp/gate_proj")
        up = linear_node(g, ref, f"l{i}.up", hn, "", f"{pre}/mlp/up_proj")
        act = g.op("Mul", [gate, g.op("Sigmoid", [gate], name=f"{pre}/mlp/act_fn/Sigmoid")], name=f"{pre}/mlp/act_fn/Mul")
        act = g.op("Mul", [act, up], name=f"{pre}/mlp/Mul")
        x = g.op("Add", [x, linear_node(g, ref, f"l{i}.down", act, "", f"{pre}/mlp/down_proj")], name=f"{pre}/mlp_residual/Add")
    hn = g.rms_ops(x, ref.w["norm"], "/model/norm")
    g.op("MatMul", [hn, g.init("lm_head.weight", ref.w["lm_head"])], name="/lm_head/MatMul", outputs=["logits"])
    inputs = [vi("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"])]
    outputs = [vi("logits", TensorProto.FLOAT, ["batch_size", "sequence_length", vocab])]
    for i in range(LAYERS):
        for kv in ("key", "value"):
            inputs.append(vi(f"past_key_values.{i}.{kv}", TensorProto.FLOAT, ["batch_size", KV_HEADS, "past_sequence_length", HEAD_DIM]))
            outputs.append(vi(f"present.{i}.{kv}", TensorProto.FLOAT, ["batch_size", KV_HEADS, "total_sequence_length", HEAD_DIM]))
    inputs.append(vi("seqlens_k", TensorProto.INT32, ["batch_size"]))
    inputs.append(vi("total_sequence_length", TensorProto.INT32, []))
    return g.save(path, inputs, outputs, [("", 17), (ms, 1)])


def build_optimum(ref, vocab, path, fp16=False, bad_op=False):
    """transformers.js / Optimum style: plain ops (RMSNorm, rotary from position_ids, attention with a
    causal+padding mask built from attention_mask), linear layers per variant."""
    g = G(TensorProto.FLOAT16 if fp16 else TensorProto.FLOAT)
    cdt = g.dt
    neg = np.finfo(g.np_dt).min
    # mask [B, 1, 1, S, T] (5-D scores: [B, KV, group, S, T])
    tlen = shape_dim(g, "attention_mask", 1, "/model/mask/total")
    slen = shape_dim(g, "input_ids", 1, "/model/mask/seq")
    past = g.op("Sub", [tlen, slen], name="/model/mask/Sub")
    one = g.const(np.array(1, np.int64))
    qpos = g.op("Range", [past, tlen, one], name="/model/mask/RangeQ")
    kpos = g.op("Range", [g.const(np.array(0, np.int64)), tlen, one], name="/model/mask/RangeK")
    causal = g.op("LessOrEqual", [g.op("Unsqueeze", [kpos, g.const(np.array([0]))], name="/model/mask/UnsqK"),
                                  g.op("Unsqueeze", [qpos, g.const(np.array([1]))], name="/model/mask/UnsqQ")],
                  name="/model/mask/LessOrEqual")  # [S, T]
    pad = g.op("Cast", ["attention_mask"], name="/model/mask/Cast", to=TensorProto.BOOL)
    pad = g.op("Unsqueeze", [pad, g.const(np.array([1, 2, 3]))], name="/model/mask/UnsqPad")  # [B,1,1,1,T]
    allowed = g.op("And", [causal, pad], name="/model/mask/And")  # [B,1,1,S,T]
    cos_g, sin_g = rope_tables(g, "position_ids", ref)  # [B, S, D]
    cos_g = g.op("Unsqueeze", [cos_g, g.const(np.array([1]))], name="/rotary/UnsqCos")  # [B,1,S,D]
    sin_g = g.op("Unsqueeze", [sin_g, g.const(np.array([1]))], name="/rotary/UnsqSin")
    x = g.op("Gather", [g.init("model.embed_tokens.weight", ref.w["embed"].astype(g.np_dt)), "input_ids"], name="/model/embed_tokens/Gather")
    grp = HEADS // KV_HEADS
    scale = g.fconst(1.0 / np.sqrt(HEAD_DIM), "attn_scale")
    negc = g.fconst(neg, "mask_min")
    for i in range(LAYERS):
        pre = f"/model/layers.{i}"
        hn = g.rms_ops(x, ref.w[f"l{i}.ln1"], f"{pre}/input_layernorm")
        in_name = f"l{i}.ln1.out"
        hd = {}
        for nm, nh in (("q", HEADS), ("k", KV_HEADS), ("v", KV_HEADS)):
            y = linear_node(g, ref, f"l{i}.{nm}", hn, in_name, f"{pre}/self_attn/{nm}_proj")
            y = g.op("Reshape", [y, g.const(np.array([0, 0, nh, HEAD_DIM], np.int64))], name=f"{pre}/self_attn/{nm}/Reshape")
            y = g.op("Transpose", [y], name=f"{pre}/self_attn/{nm}/Transpose", perm=[0, 2, 1, 3])  # [B, H, S, D]
            if nm != "v":
                y = rope_ops(g, y, cos_g, sin_g, f"{pre}/self_attn/{nm}/rotary")
            hd[nm] = y
        kk = g.op("Concat", [f"past_key_values.{i}.key", hd["k"]], name=f"{pre}/self_attn/ConcatK", outputs=[f"present.{i}.key"], axis=2)
        vv = g.op("Concat", [f"past_key_values.{i}.value", hd["v"]], name=f"{pre}/self_attn/ConcatV", outputs=[f"present.{i}.value"], axis=2)
        kk, vv = kk[0], vv[0]
        # q [B, H, S, D] -> [B, KV, grp, S, D]; k/v [B, KV, T, D] -> [B, KV, 1, T, D]
        q5 = g.op("Reshape", [hd["q"], g.const(np.array([0, KV_HEADS, grp, -1, HEAD_DIM], np.int64))], name=f"{pre}/self_attn/q/Reshape5")
        k5 = g.op("Unsqueeze", [kk, g.const(np.array([2]))], name=f"{pre}/self_attn/k/Unsqueeze")
        v5 = g.op("Unsqueeze", [vv, g.const(np.array([2]))], name=f"{pre}/self_attn/v/Unsqueeze")
        kt = g.op("Transpose", [k5], name=f"{pre}/self_attn/k/TransposeT", perm=[0, 1, 2, 4, 3])
        sc = g.op("MatMul", [q5, kt], name=f"{pre}/self_attn/MatMulQK")
        sc = g.op("Mul", [sc, scale], name=f"{pre}/self_attn/MulScale")
        sc = g.op("Where", [allowed, sc, negc], name=f"{pre}/self_attn/Where")
        pr = g.op("Softmax", [sc], name=f"{pre}/self_attn/Softmax", axis=-1)
        at = g.op("MatMul", [pr, v5], name=f"{pre}/self_attn/MatMulPV")  # [B, KV, grp, S, D]
        at = g.op("Reshape", [at, g.const(np.array([0, HEADS, -1, HEAD_DIM], np.int64))], name=f"{pre}/self_attn/ReshapeHeads")
        at = g.op("Transpose", [at], name=f"{pre}/self_attn/TransposeOut", perm=[0, 2, 1, 3])
        at = g.op("Reshape", [at, g.const(np.array([0, 0, HEADS * HEAD_DIM], np.int64))], name=f"{pre}/self_attn/ReshapeOut")
        o = linear_node(g, ref, f"l{i}.o", at, f"l{i}.attn.out", f"{pre}/self_attn/o_proj")
        x = g.op("Add", [x, o], name=f"{pre}/attn_residual/Add")
        hn = g.rms_ops(x, ref.w[f"l{i}.ln2"], f"{pre}/post_attention_layernorm")
        gate = linear_node(g, ref, f"l{i}.gate", hn, f"l{i}.ln2.out", f"{pre}/mlp/gate_proj")
        up = linear_node(g, ref, f"l{i}.up", hn, f"l{i}.ln2.out", f"{pre}/mlp/up_proj")
        act = g.op("Mul", [gate, g.op("Sigmoid", [gate], name=f"{pre}/mlp/act_fn/Sigmoid")], name=f"{pre}/mlp/act_fn/Mul")
        act = g.op("Mul", [act, up], name=f"{pre}/mlp/Mul")
        x = g.op("Add", [x, linear_node(g, ref, f"l{i}.down", act, f"l{i}.mlp.act", f"{pre}/mlp/down_proj")], name=f"{pre}/mlp_residual/Add")
    opsets = [("", 17)]
    if bad_op:
        hn = g.op("FancyRMSNorm", [x, g.init("model.norm.weight", ref.w["norm"])], name="/model/norm/FancyRMSNorm",
                  domain="org.example", epsilon=EPS)
        opsets.append(("org.example", 1))
    else:
        hn = g.rms_ops(x, ref.w["norm"], "/model/norm")
    kind = ref.linear_kind
    if kind in ("fp32", "fp16"):
        # tied embeddings: lm_head is the transposed embedding table (folded by ORT at load)
        wt = g.op("Transpose", ["model.embed_tokens.weight"], name="/lm_head/TransposeTied", perm=[1, 0])
        g.op("MatMul", [hn, wt], name="/lm_head/MatMul", outputs=["logits"])
    else:
        y = linear_node(g, ref, "lm_head", hn, "norm.out", "/lm_head")
        g.op("Identity", [y], name="/lm_head/Identity", outputs=["logits"])
    if kind.startswith("q4"):
        opsets.append(("com.microsoft", 1))
    inputs = [vi("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"]),
              vi("attention_mask", TensorProto.INT64, ["batch_size", "total_sequence_length"]),
              vi("position_ids", TensorProto.INT64, ["batch_size", "sequence_length"])]
    outputs = [vi("logits", cdt, ["batch_size", "sequence_length", vocab])]
    for i in range(LAYERS):
        for kv in ("key", "value"):
            inputs.append(vi(f"past_key_values.{i}.{kv}", cdt, ["batch_size", KV_HEADS, "past_sequence_length", HEAD_DIM]))
            outputs.append(vi(f"present.{i}.{kv}", cdt, ["batch_size", KV_HEADS, "total_sequence_length", HEAD_DIM]))
    model = g.save(path, inputs, outputs, opsets)
    if not bad_op and not kind.startswith("q4"):
        onnx.checker.check_model(model, full_check=True)
    return model


# ----------------------------------------------------------------------------------------------------------
# References, checks, output
# ----------------------------------------------------------------------------------------------------------
def fmt(v):
    return "%.7g" % v


def logits_json(rows):
    return "[" + ",".join("[" + ",".join(fmt(float(v)) for v in r) + "]" for r in rows) + "]"


def greedy_text(tok, prompt, greedy):
    return tok.decode(prompt + greedy)[len(tok.decode(prompt)):]


def compute_variant(tok, ref, label, file, tol, cache_type, logits_type, ops):
    cases, steps = [], []
    for text in PROMPTS:
        ids = tok.encode(text)
        prefill, greedy, margins, st = run_case(ref, ids, tok.vocab_size)
        cases.append({"text": text, "prompt_ids": ids, "logits": prefill, "greedy": greedy,
                      "greedy_text": greedy_text(tok, ids, greedy), "margins": margins})
        steps.append([r.tolist() for r in st])
    return {"label": label, "file": file, "tolerance": tol, "cache_type": cache_type, "logits_type": logits_type,
            "ops": ops, "cases": cases, "_steps": steps}


def variant_ok(tok, v):
    """Greedy top-2 margins clear the tolerance by a wide factor; greedy text printable, no EOS."""
    for c in v["cases"]:
        if any(gap < max(1e-2, 4 * v["tolerance"] * mag) for gap, mag in c["margins"]):
            return False
        if any(not printable_token(tok, t) for t in c["greedy"]) or len(set(c["greedy"])) < 3:
            return False
    return True


def write_reference(path, about, variants, context=CONTEXT):
    expect = ('{"cache_layout": "separate", "input_ids_type": "int64", "layers": %d, "kv_heads": %d, '
              '"head_dim": %d, "bos_source": "none", "context": %d}' % (LAYERS, KV_HEADS, HEAD_DIM, context))
    parts = []
    for v in variants:
        cs = []
        for c in v["cases"]:
            assert min(gap for gap, _ in c["margins"]) >= 1e-2, (v["label"], c["text"], c["margins"])
            cs.append('{"text": %s, "prompt_ids": %s, "logits": %s, "greedy": %s, "greedy_text": %s}' % (
                json.dumps(c["text"]), json.dumps(c["prompt_ids"]), logits_json(c["logits"]), json.dumps(c["greedy"]),
                json.dumps(c["greedy_text"], ensure_ascii=False)))
        parts.append('  {"label": %s, "file": %s, "tolerance": %s, "cache_type": %s, "logits_type": %s, "ops": %s,\n'
                     '   "cases": [\n    %s]}' % (
                         json.dumps(v["label"]), json.dumps(v["file"]), fmt(v["tolerance"]), json.dumps(v["cache_type"]),
                         json.dumps(v["logits_type"]), json.dumps(v["ops"]), ",\n    ".join(cs)))
    text = '{\n "about": %s,\n "expect": %s,\n "variants": [\n%s\n ]\n}\n' % (json.dumps(about), expect, ",\n".join(parts))
    json.loads(text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def fresh(folder):
    path = os.path.join(OUT, folder)
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def llama_config(tok, vocab, tied, extra=None):
    cfg = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": vocab, "hidden_size": HIDDEN,
           "intermediate_size": INTER, "num_hidden_layers": LAYERS, "num_attention_heads": HEADS,
           "num_key_value_heads": KV_HEADS, "head_dim": HEAD_DIM, "max_position_embeddings": CONTEXT,
           "rms_norm_eps": EPS, "rope_theta": ROPE_THETA, "hidden_act": "silu", "tie_word_embeddings": tied,
           "bos_token_id": tok.eot_id, "eos_token_id": tok.eot_id, "torch_dtype": "float32", "use_cache": True}
    cfg.update(extra or {})
    return cfg


def calibrate(w, tok):
    """Static activation ranges for the uint8 (QLinearMatMul) variant from fp32 runs of a calibration text."""
    ref = Ref(w, "fp32")
    ref.record = {}
    for text in CORPUS[:5] + PROMPTS:
        run_case(ref, tok.encode(text), tok.vocab_size)
    calib = {}
    for name, (lo, hi) in ref.record.items():
        lo, hi = min(lo * 1.25, 0.0), max(hi * 1.25, 0.0)
        scale = F32((hi - lo) / 255.0)
        zp = np.uint8(np.clip(np.rint(-lo / scale), 0, 255))
        calib[name] = (scale, zp)
    return calib


def search_seed(base, build):
    for seed in range(base, base + 400):
        result = build(seed)
        if result is not None:
            return seed, result
    raise SystemExit("no seed gives clear greedy margins")


def main():
    global HEAD_DIM
    dump = None
    if "--dump-steps" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump-steps") + 1]
        os.makedirs(dump, exist_ok=True)
    tok = make_tokenizer()
    vtok = tok.vocab_size
    print("tokenizer vocab", vtok, "prompts", [tok.encode(p) for p in PROMPTS])
    steps_out = {}

    # ONNX Runtime's GroupQueryAttention needs head_size % 16 == 0, so the GQA fixtures use head_dim 16
    # (q_proj 32 -> 64, o_proj 64 -> 32, like models whose head_dim is not hidden/heads).
    HEAD_DIM = GQA_HEAD_DIM
    # --- A: genai-q4-gqa ------------------------------------------------------------------------------
    va = vtok + 17  # padded logits width (304)

    def build_a(seed):
        w = make_weights(seed, tok, va)
        ref = Ref(w, "q4_b16_zp")
        v = compute_variant(tok, ref, "q4", "model.onnx", 1e-4, "float32", "float32",
                            ["MatMulNBits", "GroupQueryAttention", "SimplifiedLayerNormalization",
                             "SkipSimplifiedLayerNormalization"])
        return (ref, v) if variant_ok(tok, v) else None

    seed, (ref, v) = search_seed(1000, build_a)
    print("A seed", seed)
    d = fresh("genai-q4-gqa")
    build_genai(ref, va, os.path.join(d, "model.onnx"))
    write_tokenizer(tok, d)
    write_json(os.path.join(d, "genai_config.json"), {"model": {
        "bos_token_id": tok.eot_id, "eos_token_id": tok.eot_id, "pad_token_id": tok.eot_id, "context_length": CONTEXT,
        "type": "llama", "vocab_size": va,
        "decoder": {"session_options": {"log_id": "onnxruntime-genai", "provider_options": []},
                    "filename": "model.onnx", "head_size": HEAD_DIM, "hidden_size": HIDDEN,
                    "num_attention_heads": HEADS, "num_key_value_heads": KV_HEADS, "num_hidden_layers": LAYERS,
                    "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask",
                               "past_key_names": "past_key_values.%d.key", "past_value_names": "past_key_values.%d.value"},
                    "outputs": {"logits": "logits", "present_key_names": "present.%d.key",
                                "present_value_names": "present.%d.value"}}},
        "search": {"do_sample": False, "max_length": CONTEXT, "min_length": 0, "num_beams": 1, "num_return_sequences": 1,
                   "past_present_share_buffer": False, "repetition_penalty": 1.0, "temperature": 1.0, "top_k": 1, "top_p": 1.0}})
    write_reference(os.path.join(d, "reference.json"),
                    "onnxruntime-genai builder style int4 decoder (MatMulNBits bits=4 block_size=16 with zero points, "
                    "GroupQueryAttention do_rotary=1); logits width %d > tokenizer vocab %d" % (va, vtok), [v])
    steps_out["genai-q4-gqa"] = [v]

    # --- B: gqa-seqlens-inputs -----------------------------------------------------------------------
    vb = vtok + 1

    def build_b(seed):
        w = make_weights(seed, tok, vb)
        ref = Ref(w, "fp32")
        v = compute_variant(tok, ref, "fp32", "model.onnx", 1e-4, "float32", "float32",
                            ["MatMul", "GroupQueryAttention"])
        return (ref, v) if variant_ok(tok, v) else None

    seed, (ref, v) = search_seed(2000, build_b)
    print("B seed", seed)
    d = fresh("gqa-seqlens-inputs")
    build_gqa_inputs(ref, vb, os.path.join(d, "model.onnx"))
    write_tokenizer(tok, d)
    write_json(os.path.join(d, "config.json"), llama_config(tok, vb, False))
    write_reference(os.path.join(d, "reference.json"),
                    "fp32 decoder with GroupQueryAttention whose seqlens_k (int32 [batch] = total-1) and "
                    "total_sequence_length (int32 scalar) are graph inputs; no attention_mask input", [v])
    steps_out["gqa-seqlens-inputs"] = [v]

    HEAD_DIM = 8
    # --- C: transformersjs-variants ------------------------------------------------------------------
    vc = vtok
    specs = [("fp32", "onnx/model.onnx", "fp32", False, 1e-4, ["MatMul"]),
             ("quantized", "onnx/model_quantized.onnx", "dynamic", False, 1e-4,
              ["DynamicQuantizeLinear", "MatMulInteger"]),
             ("uint8", "onnx/model_uint8.onnx", "static", False, 1e-4,
              ["QuantizeLinear", "QLinearMatMul", "DequantizeLinear"]),
             ("q4", "onnx/model_q4.onnx", "q4_b32", False, 1e-4, ["MatMulNBits"]),
             ("fp16", "onnx/model_fp16.onnx", "fp16", True, FP16_TOL, ["MatMul"])]

    def build_c(seed):
        w = make_weights(seed, tok, vc, tied=True)
        calib = calibrate(w, tok)
        out = []
        for label, file, kind, fp16, tol, ops in specs:
            ref = Ref(w, kind, calib=calib)
            t = "float16" if fp16 else "float32"
            v = compute_variant(tok, ref, label, file, tol, t, t, ops)
            if not variant_ok(tok, v):
                return None
            out.append((ref, v))
        return out

    seed, res = search_seed(3000, build_c)
    print("C seed", seed)
    d = fresh("transformersjs-variants")
    for (ref, v), spec in zip(res, specs):
        build_optimum(ref, vc, os.path.join(d, v["file"]), fp16=spec[3])
    write_tokenizer(tok, d)
    write_json(os.path.join(d, "config.json"), llama_config(tok, vc, True, {
        "transformers.js_config": {"kv_cache_dtype": {"fp16": "float16"}}}))
    write_json(os.path.join(d, "generation_config.json"), {"bos_token_id": tok.eot_id, "eos_token_id": tok.eot_id})
    write_reference(os.path.join(d, "reference.json"),
                    "transformers.js folder: fp32, dynamic-int8 (MatMulInteger), static uint8 (QLinearMatMul), "
                    "int4 (MatMulNBits) and fp16 variants of one tied-embedding decoder", [v for _, v in res])
    steps_out["transformersjs-variants"] = [v for _, v in res]

    # --- D: bad-contrib-op ---------------------------------------------------------------------------
    d = fresh("bad-contrib-op")
    build_optimum(res[0][0], vc, os.path.join(d, "model.onnx"), bad_op=True)
    write_tokenizer(tok, d)
    write_json(os.path.join(d, "config.json"), llama_config(tok, vc, True))
    write_json(os.path.join(d, "reference.json"), {
        "about": "the final norm is org.example:FancyRMSNorm, an operator in a domain ONNX Runtime has no kernels for; "
                 "loading must fail with a clear message naming it",
        "expect": {"cache_layout": "separate", "input_ids_type": "int64", "layers": LAYERS, "kv_heads": KV_HEADS,
                   "head_dim": HEAD_DIM, "bos_source": "none", "context": CONTEXT},
        "expect_error": "FancyRMSNorm"})

    if dump:
        for folder, vs in steps_out.items():
            write_json(os.path.join(dump, folder + ".json"),
                       {v["label"]: [{"greedy": c["greedy"], "margins": c["margins"], "steps": s}
                                     for c, s in zip(v["cases"], v["_steps"])] for v in vs})
    for folder in ("genai-q4-gqa", "gqa-seqlens-inputs", "transformersjs-variants", "bad-contrib-op"):
        total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(OUT, folder)) for f in fs)
        print("%-26s %7.1f KB" % (folder, total / 1024))
    for folder, vs in steps_out.items():
        for v in vs:
            print(folder, v["label"], [(c["greedy"], repr(c["greedy_text"]), round(min(m[0] for m in c["margins"]), 4)) for c in v["cases"]])


FP16_TOL = 5e-3
GQA_HEAD_DIM = 16

if __name__ == "__main__":
    main()
