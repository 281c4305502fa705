"""The review report at corpus scale: `make bench` (after scripts/bench.py).

Runs the pipeline over the corpus (or reuses --out), writes report.html, and prints its size beside
records.csv's and, in headless Chromium, the time to a usable page: from navigation to the grid
drawn with every record loaded (the page sets ``window.reportReady``). Then it times the issue's
walk through the page from load: sort by value, filter to one currency and to "needs review",
search a word, open a record, mark it wrong with a corrected value, export corrections.jsonl.
Each time is the best of ``--repeat`` page loads, all printed. Skips (exit 0) when the corpus or
Chromium is absent.

    python scripts/bench_report.py --corpus ../shared/corpora/reuters21578.jsonl.gz [--screenshot shot.png]
"""

from __future__ import annotations

import argparse
import base64
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cdp import Chromium, chromium_path

WALK = """(async () => {
  const t0 = performance.now(), q = (s) => document.querySelector(s);
  const set = (s, v, ev) => { const e = q(s); e.value = v; e.dispatchEvent(new Event(ev)); };
  q('.tabulator-col[tabulator-field=v] .tabulator-col-title').click();
  set('#f-currency', 'USD', 'change');
  q('#views button[data-view=review]').click();
  set('#f-search', %s, 'input');
  await new Promise((r) => setTimeout(r, 200));
  const shown = window.reportState().shown;
  q('.tabulator-row').click();
  set('#rec-form [name=value]', '1199', 'input');
  q('#mark-correct').click();
  q('#export').click();
  return {ms: performance.now() - t0, shown};
})()"""


def page_times(report: Path, word: str, downloads: Path) -> tuple[float, float, float, int]:
    """(seconds from navigation to a usable page as the page measures it, the same seen from outside,
    seconds of the walk, records shown after the filters) of one fresh page load."""
    with Chromium(downloads) as browser:
        started = time.monotonic()
        browser.open(report.resolve().as_uri())
        browser.wait("window.reportReady === true", timeout=120, step=0.01)
        outside = time.monotonic() - started
        inside = browser.eval("window.reportReadyMs") / 1000
        walk = browser.eval(WALK % json.dumps(word))
        browser.wait_event("Browser.downloadWillBegin", timeout=10)
    return inside, outside, walk["ms"] / 1000, walk["shown"]


def screenshot(report: Path, path: Path, hash_: str = "#review") -> None:
    with Chromium() as browser:
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False},
        )
        browser.open(report.resolve().as_uri() + hash_)
        browser.wait("window.reportReady === true", timeout=120)
        time.sleep(0.3)
        shot = browser.send("Page.captureScreenshot", {"format": "png"})
    path.write_bytes(base64.b64decode(shot["data"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="a folder with the corpus's run (run when it has no records.csv)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--word", default="modem", help="the word searched for in the walk")
    parser.add_argument("--screenshot", type=Path, help="also save a screenshot of the 'Needs review' view here")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"report bench skipped: {args.corpus} is absent")
        return 0
    if chromium_path() is None:
        print("report bench skipped: Chromium is not installed (Debian package chromium)")
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-report-"))
    if not (out / "records.csv").exists():
        subprocess.run(
            [sys.executable, "-m", "pipeline", "run", str(args.corpus), "--out", str(out), "--workers", "2", "-q"],
            check=False,
        )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "review", str(out)], check=True, stdout=subprocess.DEVNULL)
    write_seconds = time.perf_counter() - started
    report, records = out / "report.html", out / "records.csv"
    runs = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as downloads:
            runs.append(page_times(report, args.word, Path(downloads)))
    best = min(runs, key=lambda r: r[1])
    size, csv_size = report.stat().st_size, records.stat().st_size
    print(f"\n### The review report on {args.corpus.name}\n")
    print("| measure | value | target |\n|---|---|---|")
    print(
        f"| report.html | {size / 1e6:.2f} MB, {size / csv_size:.2f} of records.csv ({csv_size / 1e6:.2f} MB) "
        f"| under 1/3 |"
    )
    print(f"| `pipeline review` (writing the page, with Python's start-up) | {write_seconds:.1f} s | |")
    print(
        f"| time to a usable page in headless Chromium (best of {', '.join(f'{r[1]:.2f}' for r in runs)} s; "
        f"the page's own count {best[0]:.2f} s) | {best[1]:.2f} s | < 5 s |"
    )
    walks = ", ".join(f"{r[2]:.2f}" for r in runs)
    print(
        f"| the walk after it: sort, filter USD + needs review, search '{args.word}' ({best[3]} shown), "
        f"open, correct, export (best of {walks} s) | {min(r[2] for r in runs):.2f} s | |"
    )
    if args.screenshot:
        screenshot(report, args.screenshot)
        print(f"\nscreenshot: {args.screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
