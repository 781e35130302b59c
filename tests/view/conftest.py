"""Fixtures for the view tests: graph files, and a real headless Chromium (see cdp.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from cdp import Browser, find_chromium

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("Chromium is not installed (Debian package `chromium`; `make test` installs it)")
    return path


@pytest.fixture(scope="module")
def browser(chromium, tmp_path_factory):
    b = Browser(chromium, tmp_path_factory.mktemp("chromium") / "profile")
    yield b
    b.close()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    yield p
    browser.close_page(p)


@pytest.fixture(scope="session")
def fixture_trig() -> Path:
    """Relations, a reported and a denied statement, attacks (one denied), two documents."""
    return DATA / "network.trig"


@pytest.fixture(scope="session")
def hostile_trig() -> Path:
    """Hand-written after kg/rdf/mapping.py: script and onerror payloads everywhere."""
    return DATA / "hostile.trig"


@pytest.fixture(scope="session")
def fixture_network(fixture_trig):
    from kg.view import load_network
    return load_network(fixture_trig)
