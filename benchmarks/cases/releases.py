"""Press releases: a full-text query of the archive, against the bare FTS5 query."""

from __future__ import annotations

import sqlite3
import time

from benchmarks.context import Context
from benchmarks.harness import Result, Stats
from commsdesk.domain.text import fold
from commsdesk.paths import resolve_paths
from commsdesk.services.releases import ArchiveQuery
from commsdesk.workspace import Workspace

QUERIES = ["komuna", "buxhet", "budžet", "cacak", "opstina", "kacanik", "skola", "public", "inv", "rrug"]
PAGE = 200


def run(context: Context) -> list[Result]:
    workspace = Workspace.open(resolve_paths(context.database))
    connection = sqlite3.connect(context.database)
    samples, raw = [], []
    try:
        releases = workspace.services.releases
        for _ in range(context.repeat + 1):
            for query in QUERIES:
                archive = ArchiveQuery(text=query)
                start = time.perf_counter()
                releases.count(archive)
                releases.page(archive, 0, PAGE)
                samples.append(time.perf_counter() - start)
                start = time.perf_counter()
                match = f'"{fold(query)}"*'
                connection.execute(
                    "SELECT COUNT(DISTINCT release_id) FROM release_search WHERE release_search MATCH ?", (match,)
                ).fetchone()
                connection.execute(
                    "SELECT DISTINCT release_id FROM release_search WHERE release_search MATCH ? LIMIT ?",
                    (match, PAGE),
                ).fetchall()
                raw.append(time.perf_counter() - start)
    finally:
        connection.close()
        workspace.close()
    warm = len(QUERIES)
    result = Result(
        "release search",
        f"archive full-text query over {context.sizes['releases']:,} releases × 3 languages: count + first page",
        "≤ 50 ms",
        measured=Stats(samples[warm:]),
        reference=Stats(raw[warm:]),
        reference_what="the bare FTS5 MATCH with sqlite3",
    )
    result.passed = result.measured.median <= 0.050
    return [result]
