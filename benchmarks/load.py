"""A bounded load test of ``officialdom serve``: N concurrent clients for S seconds, from this process.

Start the endpoint in another process, then::

    officialdom serve oxigraph:corpus.db --port 7878 &
    python -m benchmarks.load http://127.0.0.1:7878/sparql --clients 50 --seconds 30

Each client sends, in turn, a few saved-query-like reads (names of officials, events by type, an ASK) and
records the latency; the report gives requests, errors (any status other than 200, or a failed connection),
and p50/p95/p99 latency. The exit code is 1 when there was an error.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time

import httpx

__all__ = ["QUERIES", "run_load"]

QUERIES = [
    "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } LIMIT 50",
    "SELECT ?class (COUNT(?e) AS ?n) WHERE { ?e a ?class . ?class rdfs:subClassOf sem:Event } GROUP BY ?class",
    "ASK { ?s a schema:NewsArticle }",
    "SELECT ?a ?title WHERE { ?a a schema:NewsArticle ; schema:headline ?title } ORDER BY ?title LIMIT 20",
]


def run_load(url: str, clients: int = 50, seconds: float = 30.0) -> dict[str, object]:
    """Run ``clients`` threads against ``url`` for ``seconds``; returns counts and latency percentiles (ms)."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(number: int) -> None:
        with httpx.Client(timeout=60) as http:
            turn = number
            while time.monotonic() < stop:
                query = QUERIES[turn % len(QUERIES)]
                turn += 1
                started = time.perf_counter()
                try:
                    response = http.get(
                        url, params={"query": query}, headers={"Accept": "application/sparql-results+json"}
                    )
                    failure = None if response.status_code == 200 else f"HTTP {response.status_code}"
                except httpx.HTTPError as err:
                    failure = f"{type(err).__name__}: {err}"
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if failure:
                        errors.append(failure)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)

    def percentile(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")

    return {
        "clients": clients,
        "seconds": seconds,
        "requests": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "requests_per_s": len(latencies) / seconds,
        "p50_ms": percentile(0.50),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "mean_ms": statistics.fmean(latencies) * 1000 if latencies else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description="load test of a SPARQL endpoint")
    parser.add_argument("url")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    report = run_load(args.url, args.clients, args.seconds)
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
