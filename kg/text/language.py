"""Language identification by script: Arabic-script letters against Latin letters."""
from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str, sample: int = 4000) -> str:
    """'ar' when Arabic-script letters outnumber Latin ones in the sample, else 'en'."""
    head = text[:sample]
    arabic = len(_ARABIC.findall(head))
    latin = len(_LATIN.findall(head))
    return "ar" if arabic >= latin and arabic > 0 else "en"
