"""Review the outputs: a self-contained HTML report and a terminal summary of records.csv.

- ``data``: records read back and classified (what totals add, what is counted apart), flag
  severities (``flag_severity.json``), the robust outlier test;
- ``totals``: point amounts per currency and in the reference currency, the sector and year pivots;
- ``page``: report.html, with the records embedded as compressed JSON and shown by Tabulator
  (``static/``: the page's template, script and style, and the vendored grid).
"""

from .data import REASONS, classify, flag_severity, humanise, load_records, review_columns, rounded
from .page import render_html, write_report
from .totals import summary_tables, totals

__all__ = [
    "REASONS",
    "classify",
    "flag_severity",
    "humanise",
    "load_records",
    "render_html",
    "review_columns",
    "rounded",
    "summary_tables",
    "totals",
    "write_report",
]
