"""A small GPT-style decoder: learned positions, pre-LayerNorm blocks, GELU MLP, tied unembedding.

forward() takes an explicit KV cache so the same module is what torch.onnx.export traces into the
Optimum naming (past_key_values.{i}.key|value -> present.{i}.key|value).
"""
import math
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class Config:
    vocab_size: int = 4096
    n_layer: int = 4
    n_head: int = 6
    d_model: int = 192
    context: int = 256

    @property
    def head_dim(self):
        return self.d_model // self.n_head


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.ln_1 = nn.LayerNorm(cfg.d_model)
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model)
        self.ln_2 = nn.LayerNorm(cfg.d_model)
        self.fc = nn.Linear(cfg.d_model, 4 * cfg.d_model)
        self.fc_out = nn.Linear(4 * cfg.d_model, cfg.d_model)

    def forward(self, x, bias, past_k, past_v):
        b, t, d = x.shape
        h, hd = self.cfg.n_head, self.cfg.head_dim
        q, k, v = self.qkv(self.ln_1(x)).split(d, dim=2)
        q = q.view(b, t, h, hd).transpose(1, 2)
        k = torch.cat([past_k, k.view(b, t, h, hd).transpose(1, 2)], dim=2)
        v = torch.cat([past_v, v.view(b, t, h, hd).transpose(1, 2)], dim=2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(hd)) + bias
        y = F.softmax(att, dim=-1) @ v
        x = x + self.proj(y.transpose(1, 2).reshape(b, t, d))
        x = x + self.fc_out(F.gelu(self.fc(self.ln_2(x))))
        return x, k, v


class GPT(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.tok_emb = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.pos_emb = nn.Embedding(cfg.context, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layer))
        self.ln_f = nn.LayerNorm(cfg.d_model)
        self.apply(self._init)
        for block in self.blocks:  # GPT-2's scaled init of the residual projections
            for p in (block.proj.weight, block.fc_out.weight):
                nn.init.normal_(p, std=0.02 / math.sqrt(2 * cfg.n_layer))

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def empty_cache(self, batch):
        shape = (batch, self.cfg.n_head, 0, self.cfg.head_dim)
        return [(torch.zeros(shape), torch.zeros(shape)) for _ in range(self.cfg.n_layer)]

    def forward(self, input_ids, attention_mask, position_ids, past):
        """Returns logits, the new cache and hidden_states (embeddings + the residual after each block)."""
        t = input_ids.shape[1]
        total = attention_mask.shape[1]
        q_pos = torch.arange(total - t, total).unsqueeze(1)
        k_pos = torch.arange(total).unsqueeze(0)
        allowed = (k_pos <= q_pos).unsqueeze(0).unsqueeze(0) & (attention_mask > 0).unsqueeze(1).unsqueeze(1)
        bias = torch.where(allowed, torch.zeros((), dtype=torch.float32), torch.full((), -1e9))
        x = self.tok_emb(input_ids) + self.pos_emb(position_ids)
        hidden, present = [x], []
        for block, (pk, pv) in zip(self.blocks, past):
            x, k, v = block(x, bias, pk, pv)
            hidden.append(x)
            present.append((k, v))
        logits = self.ln_f(x) @ self.tok_emb.weight.t()
        return logits, present, hidden

    def loss(self, ids):
        """Next-token cross entropy (nats) on a [batch, context+1] block, without a cache."""
        inputs, targets = ids[:, :-1], ids[:, 1:]
        b, t = inputs.shape
        mask = torch.ones(b, t, dtype=torch.long)
        pos = torch.arange(t).unsqueeze(0).expand(b, t)
        logits, _, _ = self(inputs, mask, pos, self.empty_cache(b))
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))
