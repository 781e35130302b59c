"""The ``kg`` command: a thin shell over the library.

Each command lives in its own module ``kg/cli/cmd_<name>.py`` that registers itself on
:data:`kg.cli.app.app`; this package imports them all.  Commands parse arguments, call
one library function and print the result.  Errors the user can fix (bad input, bad
query, unreachable store) print one line on stderr and exit 1; usage errors exit 2.
"""
from __future__ import annotations

import importlib
import pkgutil

from kg.cli.app import app, main

for _mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_")):
    importlib.import_module(f"{__name__}.{_mod}")

__all__ = ["app", "main"]


def run() -> None:
    """Console-script entry point."""
    import sys
    sys.exit(main())
