"""Repair of damaged text before extraction: mojibake ("Â£3.9bn" for "£3.9bn") and the like.

ftfy does the repair, restricted to encoding damage: quotes, ligatures, widths, line breaks,
HTML entities and Unicode normalisation are left as they are, so that a clean text comes back
unchanged and offsets move only where the text was damaged. An all-ASCII text cannot hold
mojibake and is returned at once.

>>> repair_text("a \u00c2\u00a33.9bn deal")
('a £3.9bn deal', True)
>>> repair_text("20 mln dlrs")
('20 mln dlrs', False)
"""

from __future__ import annotations

from functools import lru_cache

FLAG = "text_repaired"  # on every record of an article whose text was repaired


@lru_cache(maxsize=1)
def _config():
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def repair_text(text: str) -> tuple[str, bool]:
    """(the repaired text, whether anything was changed)."""
    if text.isascii():
        return text, False
    from ftfy import fix_text

    fixed = fix_text(text, _config())
    return fixed, fixed != text
