"""The `entente` command: extract, ingest, timeml and export, thin wrappers over pipeline and query."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from entente import __version__

if TYPE_CHECKING:
    from tqdm import tqdm

    from entente.models import IngestReport
    from entente.query import Filters

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _countries(value: str) -> list[str]:
    codes = [c.strip() for c in value.split(",") if c.strip()]
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise argparse.ArgumentTypeError(f"not an ISO 3166-1 alpha-2 code: {code!r}")
    return [c.upper() for c in codes]


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def _themes(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def cmd_extract(args: argparse.Namespace) -> int:
    from entente.ingest import ReadFailure
    from entente.pipeline import extract_paths

    rejected = 0
    for item in extract_paths(args.paths, dct=args.dct):
        if isinstance(item, ReadFailure):
            if item.skipped:  # a folder's entry that is no file: said, but no document was rejected
                print(f"skipped: {item.source}: {item.reason.removeprefix('skipped: ')}", file=sys.stderr)
                continue
            rejected += 1
            print(f"rejected: {item.source}: {item.reason}", file=sys.stderr)
            continue
        if item.status == "rejected":
            rejected += 1
            print(f"rejected: {item.source}: {'; '.join(item.messages)}", file=sys.stderr)
        print(json.dumps(item.to_json(with_text=args.with_text), ensure_ascii=False), flush=True)
    return EXIT_REJECTED if rejected else EXIT_OK


class IngestProgress:
    """The ingest's progress bar on stderr (when it is a terminal): documents done / total, rate, errors."""

    def __init__(self) -> None:
        self.bar: tqdm | None = None
        self.errors = 0

    def __call__(self, report: IngestReport, total: int) -> None:
        from tqdm import tqdm

        if self.bar is None:
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=None, dynamic_ncols=True,
                            postfix={"errors": 0})
        if report.state in ("rejected", "failed"):
            self.errors += 1
            self.bar.set_postfix(errors=self.errors, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


SHARD_REMOVED = ("--shard was removed: run one `entente ingest PATH... --cluster tcp://HOST:8786` against a "
                 "Dask cluster whose workers run on every machine (README, 'Past one machine'); it splits "
                 "the archive, retries and redoes the work of a lost worker")


def cmd_ingest(args: argparse.Namespace) -> int:
    from entente.pipeline import IngestStopped, ingest_paths

    if args.shard:
        print(f"entente: {SHARD_REMOVED}", file=sys.stderr)
        return EXIT_USAGE
    stopped = None
    progress = IngestProgress()
    try:
        reports = ingest_paths(args.paths, args.db, on_report=progress, force=args.force,
                               workers=args.workers, cluster=args.cluster, replace=args.replace)
    except IngestStopped as exc:
        stopped, reports = exc, exc.reports
    except ValueError as exc:  # a --cluster address or store the cluster path cannot use, before any work
        from entente.cluster import ClusterError  # only a --cluster run gets here with one

        if not (args.cluster and isinstance(exc, ClusterError)):
            raise
        print(f"entente: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        progress.close()
    counts: dict[str, int] = {}
    for report in reports:
        counts[report.state] = counts.get(report.state, 0) + 1
        detail = f" ({report.events} events)" if report.state in ("ingested", "warning") else ""
        why = f": {'; '.join(report.messages)}" if report.messages else ""
        stream = sys.stderr if report.state in ("rejected", "failed", "skipped") else sys.stdout
        print(f"{report.state:9} {report.source}{detail}{why}", file=stream)
    print("summary: " + ", ".join(f"{n} {state}" for state, n in sorted(counts.items()))
          + f" ({len(reports)} inputs)")
    if stopped is not None:
        print(f"entente: {stopped}", file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_REJECTED if counts.get("rejected") or counts.get("failed") else EXIT_OK


def cmd_timeml(args: argparse.Namespace) -> int:
    from entente.extract.nlp import load_nlp
    from entente.timeml import annotate_timeml_file

    args.out.mkdir(parents=True, exist_ok=True)
    nlp = load_nlp()  # the parse gives tense cues for anchoring relative dates
    rejected = 0
    for path in args.paths:
        try:
            written = annotate_timeml_file(path, args.out, nlp=nlp)
        except (OSError, ValueError) as exc:
            rejected += 1
            print(f"rejected: {path}: {exc}", file=sys.stderr)
            continue
        print(written)
    return EXIT_REJECTED if rejected else EXIT_OK


def export_filters(args: argparse.Namespace) -> Filters:
    """The view `entente export`'s options describe (the app shows the options for its own view)."""
    from entente.query import Filters

    return Filters(
        countries=tuple(args.country), year_from=args.year_from, year_to=args.year_to,
        themes=tuple(args.theme), types=tuple(args.type), document=args.document, pair=args.pair,
        planned=not args.no_planned,
    )


def cmd_export(args: argparse.Namespace) -> int:
    from entente import query
    from entente.export import export

    filters = export_filters(args)
    sys.stdout.write(export(query.events(filters, args.db), args.format, db=args.db, chosen=filters.countries))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="entente", description="Turn the documents of a bilateral relationship into a timeline.")
    parser.add_argument("--version", action="version", version=f"entente {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="print one JSON object per document (JSON Lines); touches no database",
        description="Read documents (.txt .md .html .htm .pdf .docx, folders, .jsonl corpora) and print "
                    "one JSON object per document on stdout.")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    extract.add_argument("--dct", type=_iso_date, metavar="YYYY-MM-DD",
                         help="document date for documents that give none of their own")
    extract.add_argument("--with-text", action="store_true", help="add the plain text as a `text` field")
    extract.set_defaults(run=cmd_extract)

    ingest = commands.add_parser(
        "ingest", help="extract and store documents (the same content twice is stored once)",
        description="Extract documents and store them; prints a status line per input and a summary.")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: ENTENTE_DATABASE_URL, "
                                                    "else the SQLite file in the data folder)")
    ingest.add_argument("--replace", action="store_true",
                        help="a file whose content changed replaces its earlier version (default: both are kept)")
    ingest.add_argument("--force", action="store_true",
                        help="re-extract documents already stored by this extractor version")
    ingest.add_argument("--workers", type=_positive, default=1, metavar="N",
                        help="extract in N processes writing to the same store (default 1)")
    ingest.add_argument("--cluster", metavar="ADDRESS",
                        help="extract on a Dask cluster: a scheduler's tcp://HOST:8786, or local:N to start "
                             "N worker processes here; workers write to the store (PostgreSQL for a "
                             "cluster of several machines)")
    ingest.add_argument("--shard", help=argparse.SUPPRESS)  # removed: says so and what replaces it
    ingest.set_defaults(run=cmd_ingest)

    timeml = commands.add_parser(
        "timeml", help="TimeML in, TimeML out with TIMEX3 tags",
        description="Read TimeML / TempEval-3 files and write each with <TIMEX3> tags in <TEXT>.")
    timeml.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    timeml.add_argument("--out", type=Path, default=Path("."), metavar="DIR",
                        help="folder for the output files (default: current folder)")
    timeml.set_defaults(run=cmd_timeml)

    export_cmd = commands.add_parser(
        "export", help="write stored events as csv, json, timelinejs or ics",
        description="Write the stored events, filtered, to stdout.")
    export_cmd.add_argument("--format", required=True, choices=["csv", "json", "timelinejs", "ics"])
    export_cmd.add_argument("--country", type=_countries, action="extend", default=[], metavar="CC",
                            help="ISO country codes, comma-separated or repeated")
    export_cmd.add_argument("--pair", action="store_true",
                            help="strict pair: only events between the U.S. and every --country given")
    export_cmd.add_argument("--year-from", type=int, metavar="Y")
    export_cmd.add_argument("--year-to", type=int, metavar="Y")
    export_cmd.add_argument("--theme", type=_themes, action="extend", default=[], metavar="ID",
                            help="theme ids, comma-separated or repeated")
    export_cmd.add_argument("--type", type=_themes, action="extend", default=[], metavar="TYPE",
                            help="event types (meeting, visit, ...), comma-separated or repeated")
    export_cmd.add_argument("--document", metavar="ID", help="only the events of this document")
    export_cmd.add_argument("--no-planned", action="store_true",
                            help="leave out events the documents announce for a later date (as the app does "
                                 "unless 'Show planned events' is on)")
    export_cmd.add_argument("--db", metavar="URL")
    export_cmd.set_defaults(run=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    from entente.extract.nlp import ModelMissing
    from entente.taxonomy import TaxonomyError

    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (TaxonomyError, ModelMissing) as exc:
        print(f"entente: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
