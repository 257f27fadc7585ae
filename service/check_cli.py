"""`sangkien check`: reading what to check and printing the results (table, json, jsonl)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from indexing.documents import DocumentError, read_document
from service import checks
from service.context import AppContext
from service.records import RecordError, RecordListError, RowResult, read_record_list, validate_record
from service.runtime import open_index

LIST_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv", ".xlsx"}


def _document_rows(path: Path, title: str | None, author: str | None, unit: str | None,
                   year: int | None) -> Iterator[RowResult]:
    try:
        doc = read_document(path)
    except DocumentError as exc:
        yield RowResult(source=path.name, line=0, error=exc.message, error_code=exc.code)
        return
    raw: dict[str, Any] = {"title": title or path.stem, "content": doc.text, "author": author or "Không rõ",
                           "unit": unit or "Không rõ"}
    if year is not None:
        raw["year"] = year
    else:
        from datetime import date

        raw["year"] = date.today().year
    try:
        yield RowResult(source=path.name, line=0, record=validate_record(raw), raw=raw)
    except RecordError as exc:
        yield RowResult(source=path.name, line=0, error=exc.message, error_code=exc.code)


def _rows(path: Path, title: str | None, author: str | None, unit: str | None, year: int | None) -> Iterator[RowResult]:
    if path.suffix.lower() in LIST_SUFFIXES:
        try:
            yield from read_record_list(path)
        except RecordListError as exc:
            yield RowResult(source=path.name, line=0, error=exc.message, error_code=exc.code)
    else:
        yield from _document_rows(path, title, author, unit, year)


LEVEL_STYLE = {"duplicate": "bold red", "suspect": "yellow", "related": "cyan", "new": "green"}


def _print_table(console: Console, result: dict[str, Any]) -> None:
    verdict = result["verdict"]
    console.print(f"[bold]{result['query_id']}[/bold]: [{LEVEL_STYLE[verdict]}]{verdict}[/] "
                  f"(score {result['score']:.0f})")
    if not result["matches"]:
        return
    table = Table(show_lines=False)
    for col in ("#", "id", "year", "author", "unit", "score", "level", "relations", "explanation"):
        table.add_column(col, overflow="fold")
    for i, m in enumerate(result["matches"], 1):
        table.add_row(str(i), m["id"], str(m["year"]), m["author"] or "", m["unit"] or "", f"{m['score']:.0f}",
                      m["level"], ", ".join(m["relations"]), m["explanation"])
    console.print(table)


def run_check(ctx: AppContext, path: Path, *, top: int, fmt: str, save: bool, title: str | None,
              author: str | None, unit: str | None, year: int | None, err: Console) -> int:
    """Checks every record; returns how many could not be checked (each named on stderr)."""
    index = open_index(ctx)
    out = Console(file=sys.stdout, soft_wrap=True)
    failed = 0
    results: list[dict[str, Any]] = []
    for row in _rows(path, title, author, unit, year):
        where = f"{row.source}:{row.line}" if row.line else row.source
        if row.record is None:
            if row.severity == "warning":
                err.print(f"warning: {where}: {row.error}")
            else:
                err.print(f"error: {where}: {row.error}")
                failed += 1
            continue
        try:
            result = checks.run_check(index, row.record, actor="cli", top=top, save=save,
                                      source_file=row.source_file, source_sha256=row.source_sha256)
        except ValueError as exc:
            err.print(f"error: {where}: {exc}")
            failed += 1
            continue
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif fmt == "json":
            results.append(result)
        else:
            _print_table(out, result)
    if fmt == "json":
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    if save:
        index.save()
    return failed
