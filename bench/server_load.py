"""Bounded load test of `sunting serve` on loopback: N clients, 60-word paragraphs, T seconds.

    .venv/bin/python bench/server_load.py [--clients 20] [--seconds 30] [--workers 2]

Starts its own server on 127.0.0.1 (a free port), sends form-encoded checks from N threads
(each paragraph: 60 words drawn from the sample drafts, a different order each time), and
prints p50/p95/max latency, requests per second, error responses, and the resident memory of
the server and its workers every 5 s. Loopback only; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def family(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    kids = [int(p) for p in out.split()]
    return [pid, *[k for kid in kids for k in family(kid)]]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    words = " ".join(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))
    ).split()
    proc = subprocess.Popen(
        [sys.executable, "-m", "editor", "serve", "--host", "127.0.0.1", "--port", "0",
         "--lt", "off", "--workers", str(args.workers)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    url = line.split("siap di ", 1)[1].split()[0] + "/check"
    latencies: list[float] = []
    errors: dict[int, int] = {}
    stop = time.monotonic() + args.seconds
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        session = requests.Session()
        while time.monotonic() < stop:
            start = rng.randrange(len(words) - 60)
            text = " ".join(words[start : start + 60])
            t0 = time.perf_counter()
            try:
                status = session.post(
                    url, data={"text": text, "language": "id-ID"}, timeout=30
                ).status_code
            except requests.RequestException:
                status = -1
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                if status == 200:
                    latencies.append(dt)
                else:
                    errors[status] = errors.get(status, 0) + 1

    load_before = os.getloadavg()
    pids = family(proc.pid)
    cpu_before = {p: cpu_seconds(p) for p in pids}
    client_before = time.process_time()
    memory: list[tuple[float, int]] = []
    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        memory.append((time.monotonic() - began, sum(rss_kb(p) for p in family(proc.pid))))
        time.sleep(5)
    for t in threads:
        t.join()
    cpu = {p: cpu_seconds(p) - cpu_before[p] for p in pids}
    client_cpu = time.process_time() - client_before
    proc.terminate()
    proc.wait(20)
    lat = sorted(latencies)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0.0] * 99
    load_after = os.getloadavg()
    print(f"clients {args.clients}, {args.seconds:g} s, {args.workers} workers, 60-word paragraphs")
    print(
        f"machine: {os.cpu_count()} cores, load average (1 min) {load_before[0]:.2f} before, "
        f"{load_after[0]:.2f} after (the machine is shared: other work counts in the latency)"
    )
    print(
        f"requests ok {len(lat)} ({len(lat) / args.seconds:.0f}/s), errors {sum(errors.values())} {errors}"
    )
    print(
        f"latency ms: p50 {q[49]:.1f}  p95 {q[94]:.1f}  p99 {q[98]:.1f}  "
        f"max {lat[-1] if lat else 0:.1f}"
    )
    n = max(len(lat) + sum(errors.values()), 1)
    web = cpu[proc.pid]
    checks = sum(v for p, v in cpu.items() if p != proc.pid)
    print(
        f"CPU ms per request: web process {web * 1000 / n:.2f}, workers {checks * 1000 / n:.2f}, "
        f"load clients {client_cpu * 1000 / n:.2f}"
    )
    print(
        "memory (server + workers, MB): "
        + ", ".join(f"{t:.0f}s {kb / 1024:.0f}" for t, kb in memory)
    )
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
