"""Language tags of pages and feeds -> the languages we analyse."""
from __future__ import annotations

import pytest

from kg.io.frontmatter import language_tag


@pytest.mark.parametrize("tag, lang", [
    ("ar", "ar"), ("ar-IQ", "ar"), ("AR", "ar"), (" en_GB", "en"), ("en-us", "en"),
    ("fr", None), ("fa-IR", None), ("arabic", None), ("", None), (None, None), ("ara", None)])
def test_language_tag(tag, lang):
    assert language_tag(tag) == lang
