"""The ``studyapp`` command: a thin layer over :class:`studyapp.Collection` and the extractor.

Errors are one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date

from studyapp import __version__
from studyapp.errors import InputError, StudyappError

EXIT_ERROR = 1
EXIT_USAGE = 2


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    from studyapp.extract import extract_facts, format_facts, load_article_text

    text = load_article_text(args.path)
    facts = extract_facts(text, published=args.published)
    if args.json:
        json.dump(facts.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_facts(facts).rstrip("\n") + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Turn news articles into spaced-repetition quiz cards. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the collection (default: $STUDYAPP_DATA_DIR or the platform's user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="print the facts found in an article")
    p.add_argument("path", help="a .txt, .md or .html file, or - for standard input")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD", help="publication date (overrides the article's)")
    p.add_argument("--json", action="store_true", help="print the facts as JSON")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 0
    try:
        return func(args)
    except StudyappError as exc:
        print(f"studyapp: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("studyapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
