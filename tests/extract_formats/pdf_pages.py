"""Build PDF fixtures in the test: HTML pages printed by headless Chromium.

Each page is an explicit A4 box with its running header at the top and its page number at
the bottom, as a report's pages are, so the reader's header/footer removal meets the
real thing: text drawn by a real PDF producer (Skia), not a hand-written content stream.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

STYLE = """
@page { size: A4; margin: 0 }
body { margin: 0; font: 11pt/1.45 "DejaVu Serif", serif; }
.page { height: 296mm; box-sizing: border-box; padding: 22mm 20mm; position: relative;
        page-break-after: always; overflow: hidden }
.hdr { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 9pt }
.ftr { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt }
p { margin: 0 0 5mm 0; width: 130mm }
.cols { display: flex; gap: 12mm } .cols > div { flex: 1 } .cols p { width: auto }
.abs { position: relative; height: 50mm } .abs > div { position: absolute; top: 0; width: 75mm }
.abs > .right { left: 95mm } .abs > .left { left: 0 } .abs p { width: auto }
"""


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def paged_html(bodies: list[str], *, header: str, footer: str = "Page {n} of {total}", title: str = "") -> str:
    """An HTML document with one printed page per body; `footer` may use {n} and {total}."""
    pages = []
    for n, body in enumerate(bodies, start=1):
        foot = html.escape(footer.format(n=n, total=len(bodies)))
        pages.append(
            f'<div class="page"><div class="hdr">{html.escape(header)}</div>{body}'
            f'<div class="ftr">{foot}</div></div>'
        )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>{''.join(pages)}</body></html>"
    )


def print_pdf(page: str) -> bytes:
    """Print an HTML string to PDF with headless Chromium (skips the test without it)."""
    binary = chromium_binary()
    if binary is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium); the PDF fixtures need it")
    with tempfile.TemporaryDirectory(prefix="caregraph-pdf-") as tmp:
        src, out = Path(tmp, "page.html"), Path(tmp, "page.pdf")
        src.write_text(page, encoding="utf-8")
        done = subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
             f"--print-to-pdf={out}", src.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )
        if done.returncode != 0 or not out.exists():
            raise AssertionError(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
        return out.read_bytes()
