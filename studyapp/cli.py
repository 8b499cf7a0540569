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
from studyapp.errors import CollectionError, CorruptCollectionError, StudyappError

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


def _open(args: argparse.Namespace):  # -> Collection, imported lazily to keep --version fast
    from studyapp.collection import Collection
    from studyapp.paths import collection_path

    return Collection.open(collection_path(args.data_dir))


def cmd_decks(args: argparse.Namespace) -> int:
    with _open(args) as col:
        counts = col.deck_counts()
    if args.json:
        rows = [
            {"id": c.deck.id, "name": c.deck.name, "new": c.new, "learning": c.learning, "review": c.review, "cards": c.total}
            for c in counts
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not counts:
        print("No decks yet. Import an article with: studyapp import ARTICLE")
        return 0
    width = max(len("Deck"), *(len(c.deck.name) for c in counts))
    print(f"{'Deck':<{width}}  {'New':>5}  {'Learn':>5}  {'Due':>5}  {'Cards':>6}")
    for c in counts:
        print(f"{c.deck.name:<{width}}  {c.new:>5}  {c.learning:>5}  {c.review:>5}  {c.total:>6}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as col:
        s = col.stats(deck=args.deck)
        progress = col.progress(deck=args.deck) if args.json else None
    if args.json:
        assert progress is not None
        json.dump({**s.to_dict(), "progress": progress.to_dict()}, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    retention = "no reviews yet" if s.retention_30d is None else f"{s.retention_30d:.1%} of {s.retention_reviews_30d} reviews"
    print(f"Cards:            {s.cards} ({s.new} new, {s.learning} learning, {s.review} review, "
          f"{s.relearning} relearning, {s.suspended} suspended)")
    print(f"Due today:        {s.due_today}")
    print(f"Reviews today:    {s.reviews_today}")
    print(f"Retention (30 d): {retention}")
    return 0


def cmd_optimize(args: argparse.Namespace) -> int:
    with _open(args) as col:
        n = col.review_count(deck=args.deck)
        print(f"Fitting FSRS parameters to {n} reviews…", file=sys.stderr)
        params = col.optimize(deck=args.deck)
    where = f"the preset of deck {args.deck!r}" if args.deck else "every preset"
    print(f"Saved to {where}: " + " ".join(f"{p:.4f}" for p in params))
    return 0


def _progress(done: int, total: int, label: str) -> None:
    """A one-line progress bar on stderr when it is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // total
    label = label if len(label) <= 40 else "…" + label[-39:]
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label:<40}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from studyapp.interchange.deckfile import looks_like_deck_file

    failures = 0
    total_cards = 0
    with _open(args) as col:
        for i, source in enumerate(args.paths):
            _progress(i, len(args.paths), source)
            try:
                if looks_like_deck_file(Path(source)):
                    result = col.import_deck_file(source, deck=args.deck)
                    print(f"{source}: {result.cards} cards from {result.articles} articles into {result.deck!r}"
                          + (f" ({result.skipped_cards} already there)" if result.skipped_cards else ""))
                else:
                    result = col.import_article(source, published=args.published, deck=args.deck)
                    if result.duplicate:
                        print(f"{source}: already in the collection ({result.title!r}): nothing added")
                    else:
                        print(f"{source}: {result.title!r}: {result.facts} facts, {result.cards} cards into {result.deck!r}")
                total_cards += result.cards
            except StudyappError as exc:
                failures += 1
                print(f"studyapp: error: {exc}", file=sys.stderr)
        _progress(len(args.paths), len(args.paths), "done")
    if len(args.paths) > 1:
        print(f"{total_cards} cards added from {len(args.paths) - failures} of {len(args.paths)} sources")
    return EXIT_ERROR if failures else 0


def cmd_export(args: argparse.Namespace) -> int:
    fmt = args.format or args.out.rsplit(".", 1)[-1].lower()
    with _open(args) as col:
        n = col.export(args.out, fmt, deck=args.deck)
    print(f"{n} cards written to {args.out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from studyapp.paths import collection_path
    from studyapp.store.backup import create_backup

    path = collection_path(args.data_dir)
    if not path.is_file():
        raise CollectionError(f"no collection at {path}")
    info = create_backup(path, check=True)
    print(f"Backed up {info.cards} cards to {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from studyapp.paths import collection_path
    from studyapp.store.backup import backup_dir, list_backups, newest_usable_backup, restore_backup

    path = collection_path(args.data_dir)
    if args.list:
        backups = list_backups(path)
        if not backups:
            print(f"No backups in {backup_dir(path)}")
        for b in backups:
            cards = "?" if b.cards is None else f"{b.cards:,}"
            print(f"{b.time:%Y-%m-%d %H:%M} UTC  {cards:>9} cards  {b.size / 1e6:7.1f} MB  {b.path.name}")
        return 0
    if args.backup is None:
        newest = newest_usable_backup(path)
        if newest is None:
            raise CollectionError(f"no usable backup of {path} in {backup_dir(path)}")
        source = newest.path
    else:
        source = Path(args.backup).expanduser()
        if not source.exists() and (backup_dir(path) / args.backup).exists():
            source = backup_dir(path) / args.backup
    aside = restore_backup(path, source)
    print(f"Restored {path} from {source.name}")
    if aside is not None:
        print(f"The previous file is kept as {aside}")
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

    p = sub.add_parser("import", help="make cards from articles (files, URLs, - for stdin) or import deck files")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md/.html article, http(s) URL, - , or a studyapp deck .json")
    p.add_argument("--deck", metavar="NAME", help="deck to add the cards to (default: News; a deck file's own deck)")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD", help="publication date of the article(s)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write cards as a deck file (json), an Anki package (apkg) or CSV")
    p.add_argument("out", metavar="OUT", help="file to write")
    p.add_argument("--format", choices=("json", "apkg", "csv"), help="default: from OUT's extension")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("decks", help="list decks with their new / learning / due counts")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(func=cmd_decks)

    p = sub.add_parser("stats", help="cards by state, due today, reviews today, retention over 30 days")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("backup", help="back up the collection now (into backups/ next to it)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the collection with a backup (the current file is kept aside)")
    p.add_argument("backup", nargs="?", help="backup file or name (default: the newest usable backup)")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("optimize", help="fit the scheduler's parameters to your own review history")
    p.add_argument("--deck", metavar="NAME", help="fit on this deck's reviews and set its preset only")
    p.set_defaults(func=cmd_optimize)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        from studyapp.gui.app import main as gui_main

        return gui_main(args.data_dir)
    try:
        return func(args)
    except CorruptCollectionError as exc:
        hint = "; restore it with: studyapp restore" if exc.newest_backup is not None else ""
        print(f"studyapp: error: {exc}{hint}", file=sys.stderr)
        return EXIT_ERROR
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
