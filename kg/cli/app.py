"""The Typer application, error reporting and small output helpers shared by commands."""
from __future__ import annotations

import sys

import typer
from rich.console import Console

from kg.errors import KgError, UsageError

app = typer.Typer(
    name="kg",
    help="Shabaka: turn Arabic and English news articles into an RDF knowledge graph of "
         "actors, affiliations and attacks, then query, view and store it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)
console = Console(stderr=False, highlight=False, soft_wrap=True, emoji=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@app.callback()
def _root() -> None:
    """Shabaka: news articles -> RDF knowledge graph (build, query, view, load, eval)."""


def error(message: str) -> None:
    """One line on stderr, no markup interpretation of user text."""
    err_console.print(f"kg: error: {message}", markup=False)


def warn(message: str) -> None:
    err_console.print(f"kg: {message}", markup=False)


def fail(message: str, code: int = EXIT_FAILED) -> "typer.Exit":
    error(message)
    return typer.Exit(code)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; never shows a traceback for user errors.

    Typer reports its own usage errors (exit 2); library errors are caught here.
    """
    # SIGTERM keeps its default (stop now): a Python handler would wait for a long call
    # into Oxigraph to return. A temp file left by a killed build is removed by the next
    # write of the same path (kg.rdf.serialize), and the target file is never half-written.
    try:
        app(args=argv, prog_name="kg")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_FAILED)
    except UsageError as exc:
        error(str(exc))
        return EXIT_USAGE
    except KgError as exc:
        error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
