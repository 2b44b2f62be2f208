#!/usr/bin/env python3
"""The reference client of bench/gpu/run.sh: aiohttp streaming chat completions, C in flight, every SSE line parsed
as JSON and its content appended, as a Python client written with care would do it.

Usage: reference_client.py URL MODEL IN_FLIGHT REQUESTS MAX_TOKENS
Prints "reference <in flight> <tokens/s> <tokens> <seconds>".
"""
import asyncio
import json
import sys
import time

import aiohttp


async def one(session, url, model, max_tokens, seed):
    body = {"model": model, "messages": [{"role": "user", "content": "go"}], "stream": True,
            "max_tokens": max_tokens, "temperature": 0, "top_p": 1, "seed": seed, "n": 1}
    text = []
    async with session.post(url + "/v1/chat/completions", json=body) as response:
        response.raise_for_status()
        async for line in response.content:  # one SSE line at a time
            if not line.startswith(b"data: "):
                continue
            data = line[6:].strip()
            if data == b"[DONE]":
                break
            for choice in json.loads(data).get("choices", []):
                content = (choice.get("delta") or {}).get("content")
                if content:
                    text.append(content)
    return len("".join(text))


async def main(url, model, in_flight, requests, max_tokens):
    limit = asyncio.Semaphore(in_flight)
    connector = aiohttp.TCPConnector(limit=in_flight)
    timeout = aiohttp.ClientTimeout(total=600)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        async def bounded(i):
            async with limit:
                return await one(session, url, model, max_tokens, i)

        # warm-up as the Java client's: max(C, 16) requests, C connections
        await asyncio.gather(*(bounded(i) for i in range(max(in_flight, 16))))
        start = time.perf_counter()
        counts = await asyncio.gather(*(bounded(i) for i in range(requests)))
        seconds = time.perf_counter() - start
    tokens = sum(counts)
    print(f"reference {in_flight} {tokens / seconds:.1f} {tokens} {seconds:.3f}", flush=True)


if __name__ == "__main__":
    u, m, c, n, t = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    asyncio.run(main(u, m, c, n, t))
