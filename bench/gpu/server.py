#!/usr/bin/env python3
"""A minimal OpenAI-compatible streaming server for bench/gpu/run.sh.

POST /v1/chat/completions (and /v1/completions) with "stream": true answers with SSE chunks, one token per chunk,
then an optional usage chunk and [DONE]; GET /v1/models lists the one model. The model is a randomly initialised
Llama-style decoder (RMSNorm, rotary positions, SwiGLU) written in plain PyTorch: there are no weights to load and no
internet, and owning the key/value cache lets every request keep its own slot and position, so the server decodes all
running requests in one batched forward pass per step (continuous batching: a request joins at the next step and
leaves when it has its tokens). The text is meaningless: token i is shown as one letter, so one character is one
token for every client. Generation always runs to max_tokens (finish_reason "length"); the temperature and seed sent
are accepted and ignored: the bench measures transport, not sampling.

Usage: server.py [--port P] [--size 1b|tiny] [--max-batch N] [--max-len L] [--device cuda|cpu]
Prints "READY <port> <device name> <parameters>" on stdout once it serves.
"""
import argparse
import asyncio
import json
import math
import time

import torch
import torch.nn.functional as F
from aiohttp import web

SIZES = {
    # ~1.1B parameters, the shape of TinyLlama-1.1B (22 layers, 2048 wide, 4 KV heads)
    "1b": dict(vocab=32000, dim=2048, layers=22, heads=32, kv_heads=4, hidden=5632),
    # a few million parameters: a smoke test on a CPU
    "tiny": dict(vocab=512, dim=64, layers=2, heads=4, kv_heads=2, hidden=128),
}


class Model(torch.nn.Module):
    """A decoder-only transformer with a slot-per-request key/value cache."""

    def __init__(self, vocab, dim, layers, heads, kv_heads, hidden, max_batch, max_len, device, dtype):
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = heads, kv_heads, dim // heads
        self.embed = torch.nn.Embedding(vocab, dim)
        self.layers = torch.nn.ModuleList()
        for _ in range(layers):
            layer = torch.nn.Module()
            layer.norm1 = torch.nn.Parameter(torch.ones(dim))
            layer.qkv = torch.nn.Linear(dim, (heads + 2 * kv_heads) * self.head_dim, bias=False)
            layer.out = torch.nn.Linear(heads * self.head_dim, dim, bias=False)
            layer.norm2 = torch.nn.Parameter(torch.ones(dim))
            layer.gate_up = torch.nn.Linear(dim, 2 * hidden, bias=False)
            layer.down = torch.nn.Linear(hidden, dim, bias=False)
            self.layers.append(layer)
        self.norm = torch.nn.Parameter(torch.ones(dim))
        self.head = torch.nn.Linear(dim, vocab, bias=False)
        for p in self.parameters():
            if p.dim() > 1:
                torch.nn.init.normal_(p, std=0.02)
        self.to(device=device, dtype=dtype)
        shape = (layers, max_batch, kv_heads, max_len, self.head_dim)
        self.k = torch.zeros(shape, device=device, dtype=dtype)
        self.v = torch.zeros(shape, device=device, dtype=dtype)
        inv = 1.0 / (10000 ** (torch.arange(0, self.head_dim, 2, device=device).float() / self.head_dim))
        angles = torch.outer(torch.arange(max_len, device=device).float(), inv)
        self.cos, self.sin = angles.cos().to(dtype), angles.sin().to(dtype)
        self.max_len = max_len

    @staticmethod
    def rms(x, weight):
        return x * torch.rsqrt(x.float().pow(2).mean(-1, keepdim=True) + 1e-5).to(x.dtype) * weight

    def rotate(self, x, pos):
        # x: (batch, heads, steps, head_dim); pos: (batch, steps)
        cos, sin = self.cos[pos].unsqueeze(1), self.sin[pos].unsqueeze(1)
        x1, x2 = x[..., 0::2], x[..., 1::2]
        return torch.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), dim=-1).flatten(-2)

    @torch.no_grad()
    def forward(self, tokens, slots, start):
        """Logits of the last position of each row. tokens: (batch, steps) written into the cache rows `slots`
        from positions `start` (batch,); every row has the same number of steps."""
        batch, steps = tokens.shape
        pos = start.unsqueeze(1) + torch.arange(steps, device=tokens.device).unsqueeze(0)
        length = int(pos.max().item()) + 1
        # a row attends to its own cache up to its own position
        keys = torch.arange(length, device=tokens.device)
        mask = (keys.view(1, 1, length) <= pos.unsqueeze(-1)).unsqueeze(1)  # (batch, 1, steps, length)
        mask = mask.repeat(1, 1, self.heads // self.kv_heads, 1)  # rows as the stacked query heads below
        x = self.embed(tokens)
        group = self.heads // self.kv_heads
        for i, layer in enumerate(self.layers):
            h = self.rms(x, layer.norm1)
            q, k, v = layer.qkv(h).split(
                [self.heads * self.head_dim, self.kv_heads * self.head_dim, self.kv_heads * self.head_dim], dim=-1)
            q = self.rotate(q.view(batch, steps, self.heads, self.head_dim).transpose(1, 2), pos)
            k = self.rotate(k.view(batch, steps, self.kv_heads, self.head_dim).transpose(1, 2), pos)
            v = v.view(batch, steps, self.kv_heads, self.head_dim).transpose(1, 2)
            for s in range(steps):  # scatter each step's keys and values to their rows' positions
                self.k[i, slots, :, pos[:, s]] = k[:, :, s]
                self.v[i, slots, :, pos[:, s]] = v[:, :, s]
            ks = self.k[i, slots, :, :length]  # (batch, kv_heads, length, head_dim)
            vs = self.v[i, slots, :, :length]
            # grouped-query attention without copying the cache: the query heads sharing a KV head are stacked
            qg = q.reshape(batch, self.kv_heads, group * steps, self.head_dim)
            scores = (qg @ ks.transpose(-1, -2)) / math.sqrt(self.head_dim)
            scores = scores.masked_fill(~mask, float("-inf"))
            att = (torch.softmax(scores.float(), dim=-1).to(q.dtype) @ vs).view(batch, self.heads, steps, -1)
            x = x + layer.out(att.transpose(1, 2).reshape(batch, steps, -1))
            gate, up = layer.gate_up(self.rms(x, layer.norm2)).chunk(2, dim=-1)
            x = x + layer.down(F.silu(gate) * up)
        return self.head(self.rms(x[:, -1], self.norm)).float()


class Request:
    def __init__(self, prompt, max_tokens):
        self.prompt = prompt
        self.max_tokens = max_tokens
        self.queue = asyncio.Queue()
        self.slot = None
        self.pos = 0
        self.last = None
        self.made = 0
        self.cancelled = False


class Engine:
    """Runs the model: admits waiting requests into free slots (prefill), then decodes every running one per step."""

    def __init__(self, model, max_batch, vocab, device):
        self.model, self.max_batch, self.vocab, self.device = model, max_batch, vocab, device
        self.waiting = []
        self.running = []
        self.free = list(range(max_batch))
        self.wake = asyncio.Event()
        self.steps = 0
        self.tokens = 0

    def submit(self, request):
        self.waiting.append(request)
        self.wake.set()

    def encode(self, text):
        ids = [b % self.vocab for b in text.encode("utf-8")][-256:]
        return ids or [0]

    async def loop(self):
        while True:
            if not self.waiting and not self.running:
                self.wake.clear()
                await self.wake.wait()
            self.admit()
            if self.running:
                self.step()
            await asyncio.sleep(0)  # let the handlers write what this step made

    def admit(self):
        """Prefills the waiting requests that fit, those with prompts of the same length in one forward pass."""
        groups = {}
        while self.waiting and self.free:
            r = self.waiting.pop(0)
            if r.cancelled:
                continue
            r.slot = self.free.pop()
            ids = self.encode(r.prompt)[: self.model.max_len - r.max_tokens - 1]
            groups.setdefault(len(ids), []).append((r, ids))
        for length, group in groups.items():
            tokens = torch.tensor([ids for _, ids in group], device=self.device)
            slots = torch.tensor([r.slot for r, _ in group], device=self.device)
            first = self.model(tokens, slots, torch.zeros(len(group), dtype=torch.long, device=self.device))
            for (r, _), t in zip(group, first.argmax(-1).tolist()):
                r.pos = length
                self.emit(r, t)
                if r.slot is not None:
                    self.running.append(r)

    def step(self):
        rows = self.running
        tokens = torch.tensor([[r.last] for r in rows], device=self.device)
        slots = torch.tensor([r.slot for r in rows], device=self.device)
        start = torch.tensor([r.pos for r in rows], device=self.device)
        out = self.model(tokens, slots, start).argmax(-1).tolist()  # one transfer per step
        self.steps += 1
        for r, t in zip(rows, out):
            r.pos += 1
            self.emit(r, t)
        self.running = [r for r in rows if r.slot is not None]

    def emit(self, r, token):
        r.last = token
        r.made += 1
        self.tokens += 1
        done = r.made >= r.max_tokens or r.pos >= self.model.max_len - 1 or r.cancelled
        r.queue.put_nowait((chr(ord("a") + token % 26), done))
        if done:
            self.free.append(r.slot)
            r.slot = None


def chunk(kind, model, created, text=None, finish=None, usage=None):
    if kind == "chat":
        choices = [] if usage else [{"index": 0, "delta": {"content": text} if text else {}, "logprobs": None,
                                     "finish_reason": finish}]
        body = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": choices}
    else:
        choices = [] if usage else [{"index": 0, "text": text or "", "logprobs": None, "finish_reason": finish}]
        body = {"id": "cmpl-bench", "object": "text_completion", "created": created, "model": model,
                "choices": choices}
    if usage:
        body["usage"] = usage
    return ("data: " + json.dumps(body, separators=(",", ":")) + "\n\n").encode()


def handler(engine, model_name, kind):
    async def handle(request):
        body = await request.json()
        if kind == "chat":
            prompt = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
        else:
            prompt = str(body.get("prompt", ""))
        max_tokens = int(body.get("max_tokens") or body.get("max_completion_tokens") or 16)
        if max_tokens < 1 or max_tokens > engine.model.max_len // 2:
            return web.json_response({"error": {"message": "max_tokens must be 1.." + str(engine.model.max_len // 2),
                                                "type": "invalid_request_error"}}, status=400)
        if not body.get("stream"):
            return web.json_response({"error": {"message": "this bench server only streams",
                                                "type": "invalid_request_error"}}, status=400)
        r = Request(prompt, max_tokens)
        engine.submit(r)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        created = int(time.time())
        try:
            while True:
                text, done = await r.queue.get()
                await response.write(chunk(kind, model_name, created, text, "length" if done else None))
                if done:
                    break
            if (body.get("stream_options") or {}).get("include_usage"):
                await response.write(chunk(kind, model_name, created, usage={
                    "prompt_tokens": len(engine.encode(prompt)), "completion_tokens": r.made,
                    "total_tokens": len(engine.encode(prompt)) + r.made}))
            await response.write(b"data: [DONE]\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            r.cancelled = True
            raise
        return response
    return handle


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--size", choices=sorted(SIZES), default="1b")
    ap.add_argument("--max-batch", type=int, default=256)
    ap.add_argument("--max-len", type=int, default=512)
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = ap.parse_args()
    device = torch.device(args.device)
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    torch.manual_seed(0)
    cfg = SIZES[args.size]
    model = Model(**cfg, max_batch=args.max_batch, max_len=args.max_len, device=device, dtype=dtype).eval()
    params = sum(p.numel() for p in model.parameters())
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "CPU"
    model_name = "random-llama-" + args.size
    engine = Engine(model, args.max_batch, cfg["vocab"], device)
    # one step at full batch first, so the first request does not pay for kernel selection
    with torch.no_grad():
        model(torch.zeros((args.max_batch, 1), dtype=torch.long, device=device),
              torch.arange(args.max_batch, device=device), torch.zeros(args.max_batch, dtype=torch.long, device=device))

    async def models(_):
        return web.json_response({"object": "list", "data": [{"id": model_name, "object": "model",
                                                              "owned_by": "bench"}]})

    async def stats(_):
        return web.json_response({"steps": engine.steps, "tokens": engine.tokens})

    async def start(app):
        app["engine"] = asyncio.get_running_loop().create_task(engine.loop())
        print(f"READY {args.port} {name} {params}", flush=True)

    app = web.Application(client_max_size=1 << 20)
    app.router.add_post("/v1/chat/completions", handler(engine, model_name, "chat"))
    app.router.add_post("/v1/completions", handler(engine, model_name, "completion"))
    app.router.add_get("/v1/models", models)
    app.router.add_get("/stats", stats)
    app.on_startup.append(start)
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
