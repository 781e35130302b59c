"""Where the repository's data folders (``ontology/``, ``queries/``) are found.

They live at the top of the repository, beside the ``kg`` package, so a checkout (and an
editable install) reads them in place. A wheel cannot put folders beside a package, so it
installs them under ``<prefix>/share/shabaka/`` (``[tool.setuptools.data-files]`` in
pyproject.toml); without this lookup a wheel-installed worker would silently build a
different graph (no class hierarchy from the ontology).
"""
from __future__ import annotations

import sysconfig
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]


def _installed_roots() -> list[Path]:
    """Where pip puts a wheel's data files: this interpreter's prefix (a venv or the
    system), or the user's base (``pip install --user``)."""
    roots = [Path(sysconfig.get_path("data")),
             Path(sysconfig.get_path("data", sysconfig.get_preferred_scheme("user")))]
    return [r / "share" / "shabaka" for r in roots]


def data_dir(name: str) -> Path:
    """The folder ``name`` (``"ontology"`` or ``"queries"``): the checkout's if present,
    else the installed copy; the checkout's path when neither exists (for the error)."""
    checkout = _CHECKOUT / name
    if checkout.is_dir():
        return checkout
    for root in _installed_roots():
        if (root / name).is_dir():
            return root / name
    return checkout
