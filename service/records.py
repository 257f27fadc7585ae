"""Import contract for initiative records and readers for record lists (JSONL, CSV, XLSX, folders).

Every reader yields one ``RowResult`` per input row, good or bad, so one broken row never stops
an import and every problem can be reported with its file and line.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from indexing.documents import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    DocumentLimits,
    ExtractedDocument,
    check_zip_archive,
    decode_text,
    read_document_bytes,
)

YEAR_MIN, YEAR_MAX = 1990, 2100
TITLE_MAX = 1_000
ID_MAX = 128
CONTENT_MAX = 2_000_000
NAME_MAX = 300
MAX_COAUTHORS = 50
MAX_LIST_BYTES = 100_000_000

STATUSES = ("submitted", "recognised", "rejected")
Severity = Literal["error", "warning"]

METADATA_NAMES = ("metadata.csv", "metadata.xlsx", "metadata.jsonl")

# Long "content" cells exceed the csv module's default 128 KiB field limit; raising the
# process-wide ceiling is harmless because it only ever grows.
csv.field_size_limit(max(csv.field_size_limit(), CONTENT_MAX * 2))


class RecordError(ValueError):
    """A record failed validation; ``code`` is the first problem's snake_case reason."""

    def __init__(
        self, code: str, message: str, problems: list[tuple[str, str, str]] | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        # (field, code, message) for every problem found, for APIs that show them per field.
        self.problems = problems or [("", code, message)]


class RecordListError(ValueError):
    """A whole list file is unusable (missing, unsupported, no required columns)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


# --------------------------------------------------------------------------- text helpers


def _fold(text: str) -> str:
    """Lower-case, accent-free key used to match headers and status words typed loosely."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", bare).strip().lower()


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def _clean_line(value: str, what: str) -> str:
    """NFC, whitespace collapsed to single spaces; control characters rejected."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
    if _has_control(text):
        raise PydanticCustomError(
            "control_character", "{what} contains control characters", {"what": what}
        )
    return text


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


_SCHOOL_YEAR = re.compile(r"^(\d{4})\s*[-\u2010-\u2015\u2212/]\s*(\d{4})$")
_SHARE = re.compile(r"^(?P<name>.*?)\s*\(\s*(?P<share>\d{1,3}(?:[.,]\d+)?)\s*%\s*\)$")


def parse_school_year(value: str) -> tuple[int, int] | None:
    """``"2023 – 2024"`` → ``(2023, 2024)``; None when the text is not a school-year span."""
    match = _SCHOOL_YEAR.match(value.strip())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))


def _split_names(value: str) -> list[str]:
    """Split a co-author cell on ';', new lines, and commas outside parentheses ("30,5%")."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        if ch in ";\n" or (ch == "," and depth == 0):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _split_share(value: str) -> tuple[str, float | None]:
    match = _SHARE.match(value.strip())
    if not match:
        return value, None
    return match.group("name"), float(match.group("share").replace(",", "."))


_STATUS_WORDS = {
    "submitted": [
        "submitted",
        "da nop",
        "nop",
        "cho xet",
        "dang xet",
        "cho duyet",
        "de nghi",
        "da dang ky",
        "dang ky",
    ],
    "recognised": [
        "recognised",
        "recognized",
        "da cong nhan",
        "duoc cong nhan",
        "cong nhan",
        "dat",
    ],
    "rejected": [
        "rejected",
        "khong cong nhan",
        "khong duoc cong nhan",
        "tu choi",
        "bi tu choi",
        "khong dat",
    ],
}
_STATUS_LOOKUP = {word: status for status, words in _STATUS_WORDS.items() for word in words}


# --------------------------------------------------------------------------- the record model


_REQUIRED_TEXT = ("title", "author", "unit")


def _describe_contract(schema: dict[str, Any]) -> None:
    """The model's JSON schema refined to what validation accepts, for the OpenAPI document:
    null or blank optional values mean "not given"; required names must not be blank; the year is
    1990..2100 (a spreadsheet's "2024" or "2023-2024" text too); year or school_year is required.
    Rules a schema cannot state (consecutive school years, year agreeing with school_year, shares
    naming the authors and adding up to at most 100, no control characters, status words) are
    checked by the validators and answered with their own codes."""
    props = schema["properties"]
    for name in _REQUIRED_TEXT:
        props[name]["pattern"] = r"\S"
    y, dash = r"(199\d|20\d\d|2100)", r"\s*[-\u2010-\u2015\u2212/]\s*"
    year_text = rf"^\s*{y}(\.0+)?\s*$|^\s*{y}{dash}{y}\s*$"
    props["year"]["anyOf"] = [{"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
                              {"type": "string", "pattern": year_text}, {"type": "null"}]
    props["school_year"]["pattern"] = rf"^\s*({y}{dash}{y})?\s*$"
    props["coauthors"] = {"anyOf": [{k: v for k, v in props["coauthors"].items() if k != "title"},
                                    {"type": "string", "description": "names separated by ';' or ','"}],
                          "title": "Coauthors"}
    props["contribution_shares"]["additionalProperties"] = {"type": "number", "exclusiveMinimum": 0, "maximum": 100}
    for name, prop in props.items():
        if name in _REQUIRED_TEXT or name == "year" or name == "id":
            continue
        if "anyOf" in prop:
            prop["anyOf"].append({"type": "null"})
        else:
            typed = {k: v for k, v in prop.items() if k not in ("title", "default", "description")}
            for key in typed:
                prop.pop(key)
            prop["anyOf"] = [typed, {"type": "null"}]
    schema["anyOf"] = [
        {"required": ["year"], "properties": {"year": {"not": {"type": "null"}}}},
        {"required": ["school_year"], "properties": {"school_year": {"type": "string", "pattern": r"\d"}}},
    ]



class InitiativeRecord(BaseModel):
    """One initiative as imported or posted to the API.

    After validation ``id`` and ``year`` are always set: ``id`` is derived from title, author,
    unit and year when absent; ``year`` is the end year of ``school_year`` when only that is given.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra=_describe_contract)

    id: str | None = Field(default=None, max_length=ID_MAX)
    title: str = Field(max_length=TITLE_MAX)
    summary: str = Field(default="", max_length=50_000)
    content: str = Field(default="", max_length=CONTENT_MAX)
    file: str = Field(default="", max_length=1_000)
    author: str = Field(max_length=NAME_MAX)
    author_id: str = Field(default="", max_length=128)
    coauthors: list[str] = Field(default_factory=list, max_length=MAX_COAUTHORS)
    # Contribution percentages by person, from "Name (30%)" entries or given directly.
    contribution_shares: dict[str, float] = Field(default_factory=dict)
    unit: str = Field(max_length=NAME_MAX)
    field: str = Field(default="", max_length=NAME_MAX)
    duties: str = Field(default="", max_length=5_000)
    year: int | None = None
    school_year: str = ""
    status: str = "submitted"

    @model_validator(mode="before")
    @classmethod
    def _drop_blanks_and_route_year(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        # Blank cells and JSON nulls mean "not given", so defaults and "missing" errors apply.
        cleaned = {
            key: value
            for key, value in data.items()
            if value is not None and not (isinstance(value, str) and not value.strip())
        }
        year = cleaned.get("year")
        # Spreadsheets often put "2023-2024" in the year column; treat it as the school year.
        if isinstance(year, str) and (span := parse_school_year(year)):
            if "school_year" in cleaned:
                cleaned["year"] = span[1]
            else:
                cleaned["school_year"] = cleaned.pop("year")
        return cleaned

    @field_validator("id", "title", "author", "author_id", "unit", "field", "file")
    @classmethod
    def _single_line(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        return _clean_line(value, info.field_name or "field")

    @field_validator("summary", "content", "duties")
    @classmethod
    def _no_nul(cls, value: str, info: ValidationInfo) -> str:
        # PostgreSQL text columns cannot store NUL.
        if "\x00" in value:
            raise PydanticCustomError(
                "control_character", "{what} contains NUL characters", {"what": info.field_name}
            )
        return value

    @field_validator("coauthors", mode="before")
    @classmethod
    def _coauthor_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return _split_names(value)
        if isinstance(value, list):
            # Blank entries are "not given", as blank cells are elsewhere.
            return [item for item in value if not (isinstance(item, str) and not item.strip())]
        return value

    @field_validator("year", mode="before")
    @classmethod
    def _year_number(cls, value: Any) -> int:
        if isinstance(value, bool):
            raise PydanticCustomError("invalid_year", "year must be a whole number such as 2024")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and re.fullmatch(r"\s*\d{4}(\.0+)?\s*", value):
            value = int(float(value))
        if not isinstance(value, int):
            raise PydanticCustomError(
                "invalid_year",
                "year must be a whole number such as 2024, got '{value}'",
                {"value": str(value)[:40]},
            )
        if not YEAR_MIN <= value <= YEAR_MAX:
            raise PydanticCustomError(
                "year_out_of_range",
                "year {year} is outside {lo}..{hi}",
                {"year": value, "lo": YEAR_MIN, "hi": YEAR_MAX},
            )
        return value

    @field_validator("school_year")
    @classmethod
    def _school_year(cls, value: str, info: ValidationInfo) -> str:
        span = parse_school_year(value)
        if span is None:
            raise PydanticCustomError(
                "invalid_school_year",
                "school_year must look like 2023-2024, got '{value}'",
                {"value": value[:40]},
            )
        start, end = span
        if end != start + 1:
            raise PydanticCustomError(
                "invalid_school_year",
                "school_year {value} must span two consecutive years",
                {"value": value},
            )
        if start < YEAR_MIN or end > YEAR_MAX:
            raise PydanticCustomError(
                "year_out_of_range",
                "school_year {value} is outside {lo}..{hi}",
                {"value": value, "lo": YEAR_MIN, "hi": YEAR_MAX},
            )
        year = info.data.get("year")
        if year is not None and year != end:
            raise PydanticCustomError(
                "school_year_mismatch",
                "year {year} does not match school_year {start}-{end} (expected year {end})",
                {"year": year, "start": start, "end": end},
            )
        return f"{start}-{end}"

    @field_validator("status", mode="before")
    @classmethod
    def _status_word(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        status = _STATUS_LOOKUP.get(_fold(value))
        if status is None:
            raise PydanticCustomError(
                "invalid_status",
                "status '{value}' is not one of submitted, recognised, rejected",
                {"value": value[:40]},
            )
        return status

    @model_validator(mode="after")
    def _complete(self) -> InitiativeRecord:
        if self.year is None:
            if not self.school_year:
                raise PydanticCustomError("missing_field", "year or school_year is required")
            self.year = int(self.school_year[-4:])
        self._split_contributions()
        if self.id is None:
            self.id = derive_record_id(self.title, self.author, self.unit, self.year)
        return self

    @property
    def author_share(self) -> float | None:
        """The author's contribution percentage, when given."""
        return _share_of(self.contribution_shares, self.author)

    @property
    def coauthor_shares(self) -> list[float | None]:
        """Contribution percentages aligned with ``coauthors`` (None where not given)."""
        return [_share_of(self.contribution_shares, name) for name in self.coauthors]

    def _split_contributions(self) -> None:
        shares = dict(self.contribution_shares)
        author, author_share = _split_share(self.author)
        author = _clean_line(author, "author")
        if not author:
            raise PydanticCustomError("missing_field", "author is required")
        if author_share is not None:
            shares[author] = author_share
        names: list[str] = []
        seen = {_key(author)}
        for entry in self.coauthors:
            name, share = _split_share(entry)
            name = _clean_line(name, "coauthors")
            if not name or len(name) > NAME_MAX:
                raise PydanticCustomError(
                    "invalid_value",
                    "coauthors: name '{name}' is empty or too long",
                    {"name": name[:40]},
                )
            if share is not None:
                shares[name] = share
            if _key(name) not in seen:
                seen.add(_key(name))
                names.append(name)
        known = {_key(author)} | {_key(name) for name in names}
        for name, share in shares.items():
            if _key(name) not in known:
                raise PydanticCustomError(
                    "invalid_share",
                    "contribution share given for '{name}', who is neither author nor coauthor",
                    {"name": name[:60]},
                )
            if not 0 < share <= 100:
                raise PydanticCustomError(
                    "invalid_share",
                    "contribution share for '{name}' must be in (0, 100]",
                    {"name": name[:60]},
                )
        if sum(shares.values()) > 100.5:
            raise PydanticCustomError(
                "invalid_share", "contribution shares add up to more than 100%"
            )
        self.author = author
        self.coauthors = names
        self.contribution_shares = shares


def _share_of(shares: dict[str, float], name: str) -> float | None:
    wanted = _key(name)
    return next((value for key, value in shares.items() if _key(key) == wanted), None)


def derive_record_id(title: str, author: str, unit: str, year: int) -> str:
    """Stable id for records that come without one: same person, unit, title and year → same id."""
    material = "\x1f".join([_key(title), _key(author), _key(unit), str(year)])
    return "sk-" + hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


_PYDANTIC_CODES = {
    "missing": "missing_field",
    "extra_forbidden": "unknown_field",
    "string_too_long": "too_long",
    "too_long": "too_long",
}
# Codes raised by this module's validators; pydantic's own type errors all become invalid_value.
_OWN_CODES = {
    "control_character",
    "invalid_year",
    "year_out_of_range",
    "invalid_school_year",
    "school_year_mismatch",
    "invalid_status",
    "invalid_share",
    "missing_field",
    "invalid_value",
}


def _problems(exc: ValidationError) -> list[tuple[str, str, str]]:
    problems: list[tuple[str, str, str]] = []
    for err in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(part) for part in err["loc"])
        kind = err["type"]
        code = kind if kind in _OWN_CODES else _PYDANTIC_CODES.get(kind, "invalid_value")
        if kind == "missing":
            text = f"missing required field '{where}'"
        elif kind == "extra_forbidden":
            text = f"unknown field '{where}'"
        else:
            text = f"{where}: {err['msg']}" if where else err["msg"]
        problems.append((where, code, text))
    return problems


def validate_record(data: dict[str, Any]) -> InitiativeRecord:
    """Validate one record dict against the import contract; raises ``RecordError``."""
    try:
        return InitiativeRecord.model_validate(data)
    except ValidationError as exc:
        problems = _problems(exc)
        raise RecordError(problems[0][1], "; ".join(p[2] for p in problems), problems) from exc


# --------------------------------------------------------------------------- row results


@dataclasses.dataclass
class RowResult:
    """Outcome of one input row: a record, or an error (``severity`` says if it only warns)."""

    source: str
    line: int
    record: InitiativeRecord | None = None
    error: str | None = None
    error_code: str | None = None
    raw: dict[str, Any] | None = None
    severity: Severity = "error"
    source_file: str | None = None
    source_sha256: str | None = None
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.record is not None


# --------------------------------------------------------------------------- list readers


def read_record_list(
    path: Path,
    *,
    max_document_bytes: int = DEFAULT_MAX_BYTES,
    limits: DocumentLimits | None = None,
) -> Iterator[RowResult]:
    """Yield one ``RowResult`` per row of a .jsonl, .csv/.tsv or .xlsx list.

    Raises ``RecordListError`` (lazily, on first iteration) when the file as a whole is unusable.
    """
    for result, _ in _read_rows(
        Path(path), require_file=False, max_document_bytes=max_document_bytes, limits=limits
    ):
        yield result


def read_folder(
    path: Path,
    *,
    max_document_bytes: int = DEFAULT_MAX_BYTES,
    limits: DocumentLimits | None = None,
) -> Iterator[RowResult]:
    """Yield records for a folder of documents described by metadata.csv/.xlsx/.jsonl.

    Documents in the folder that the metadata does not mention come last, as warning rows
    with code ``not_in_metadata``; they are not imported.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise RecordListError("folder_not_found", f"no such folder: {folder}")
    present = [folder / name for name in METADATA_NAMES if (folder / name).is_file()]
    if not present:
        raise RecordListError(
            "metadata_missing",
            f"{folder.name} has no metadata file (one of {', '.join(METADATA_NAMES)})",
        )
    if len(present) > 1:
        raise RecordListError(
            "metadata_ambiguous",
            f"{folder.name} has several metadata files: {', '.join(p.name for p in present)}",
        )
    metadata = present[0]
    listed: set[Path] = set()
    for result, document in _read_rows(
        metadata, require_file=True, max_document_bytes=max_document_bytes, limits=limits
    ):
        if document is not None:
            listed.add(document)
        yield result

    base = folder.resolve()
    for candidate in sorted(base.rglob("*")):
        relative = candidate.relative_to(base)
        if not candidate.is_file() or _is_housekeeping(relative) or candidate.resolve() in listed:
            continue
        yield RowResult(
            source=relative.as_posix(),
            line=0,
            error=f"{relative.as_posix()} is in the folder but not in {metadata.name}; skipped",
            error_code="not_in_metadata",
            severity="warning",
            source_file=relative.as_posix(),
        )


def _is_housekeeping(relative: Path) -> bool:
    """Files that are never documents: metadata, hidden files, Office lock files, OS litter."""
    if len(relative.parts) == 1 and relative.name.lower() in METADATA_NAMES:
        return True
    if any(part.startswith(".") or part == "__MACOSX" for part in relative.parts):
        return True
    name = relative.name.lower()
    return name.startswith("~$") or name in {"thumbs.db", "desktop.ini"}


def _read_rows(
    path: Path,
    *,
    require_file: bool,
    max_document_bytes: int,
    limits: DocumentLimits | None,
) -> Iterator[tuple[RowResult, Path | None]]:
    """Shared pipeline: parse rows, validate, attach document text; also yield the document path."""
    if not path.is_file():
        raise RecordListError("file_not_found", f"no such list file: {path}")
    size = path.stat().st_size
    if size > MAX_LIST_BYTES:
        raise RecordListError(
            "file_too_large", f"{path.name} is {size} bytes; the limit is {MAX_LIST_BYTES}"
        )
    ext = path.suffix.lower()
    if ext in {".jsonl", ".ndjson"}:
        rows = _jsonl_rows(path)
    elif ext in {".csv", ".tsv"}:
        rows = _csv_rows(path)
    elif ext in {".xlsx", ".xlsm"}:
        rows = _xlsx_rows(path)
    else:
        raise RecordListError(
            "unsupported_list_format", f"{path.name}: use a .jsonl, .csv or .xlsx list"
        )

    base = path.parent.resolve()
    seen_ids: dict[str, int] = {}
    for row in rows:
        if row.raw is None or row.error is not None:
            yield row, None
            continue
        yield _complete_row(row, base, require_file, max_document_bytes, limits, seen_ids)


def _complete_row(
    row: RowResult,
    base: Path,
    require_file: bool,
    max_document_bytes: int,
    limits: DocumentLimits | None,
    seen_ids: dict[str, int],
) -> tuple[RowResult, Path | None]:
    raw = row.raw or {}
    file_value = raw.get("file")
    has_file = isinstance(file_value, str) and bool(file_value.strip())
    document: Path | None = None

    def fail(code: str, message: str) -> tuple[RowResult, Path | None]:
        row.error, row.error_code = message, code
        return row, document

    if has_file:
        try:
            document = resolve_document_path(base, str(file_value))
        except RecordError as exc:
            return fail(exc.code, exc.message)
    try:
        record = validate_record(raw)
    except RecordError as exc:
        return fail(exc.code, exc.message)
    if require_file and not has_file:
        return fail(
            "missing_field", "missing required field 'file' (the document this row describes)"
        )
    if has_file and record.content:
        return fail("content_and_file", "give either 'content' or 'file', not both")

    if document is not None:
        try:
            digest, extracted = _extract_document(document, max_document_bytes, limits)
        except DocumentError as exc:
            return fail(exc.code, f"file '{file_value}': {exc.message}")
        row.source_file = str(file_value).strip()
        row.source_sha256 = digest
        row.warnings.extend(extracted.warnings)
        try:
            record = validate_record({**raw, "content": extracted.text})
        except RecordError as exc:
            return fail(exc.code, f"file '{file_value}': {exc.message}")

    record_id = record.id or ""
    if record_id in seen_ids:
        return fail("duplicate_id", f"id {record_id} already used on line {seen_ids[record_id]}")
    seen_ids[record_id] = row.line
    row.record = record
    return row, document


def _extract_document(
    document: Path, max_bytes: int, limits: DocumentLimits | None
) -> tuple[str, ExtractedDocument]:
    """SHA-256 of the file bytes and its extracted text, reading the file once."""
    try:
        size = document.stat().st_size
        if size > max_bytes:
            raise DocumentError("file_too_large", f"{size} bytes; the limit is {max_bytes} bytes")
        data = document.read_bytes()
    except OSError as exc:
        raise DocumentError("read_error", str(exc.strerror or exc)) from exc
    extracted = read_document_bytes(data, document.name, max_bytes=max_bytes, limits=limits)
    return hashlib.sha256(data).hexdigest(), extracted


def resolve_document_path(base: Path, value: str) -> Path:
    """Resolve a list's ``file`` entry inside ``base``; refuse anything that escapes it.

    Falls back to a case- and Unicode-form-insensitive match in the same folder, because lists
    typed on Windows or macOS rarely match Linux file names byte for byte.
    """
    text = value.strip().replace("\\", "/")
    if PurePosixPath(text).is_absolute() or re.match(r"^[A-Za-z]:", text):
        raise RecordError("path_traversal", f"file '{value}': absolute paths are not allowed")
    base = base.resolve()
    target = (base / text).resolve()
    if not target.is_relative_to(base):
        raise RecordError("path_traversal", f"file '{value}' points outside the list's folder")
    if target.is_file():
        return target
    parent = target.parent
    if parent.is_dir():
        wanted = _key(target.name)
        matches = [p for p in parent.iterdir() if p.is_file() and _key(p.name) == wanted]
        if len(matches) == 1 and matches[0].resolve().is_relative_to(base):
            return matches[0].resolve()
    raise RecordError("file_not_found", f"file '{value}' does not exist next to the list")


# ---- JSONL


def _jsonl_rows(path: Path) -> Iterator[RowResult]:
    source = path.name
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, line_bytes in enumerate(data.split(b"\n"), start=1):
        try:
            line = line_bytes.decode("utf-8").strip()
        except UnicodeDecodeError:
            yield RowResult(
                source, number, error="line is not valid UTF-8", error_code="bad_encoding"
            )
            continue
        if not line:
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield RowResult(
                source, number, error=f"malformed JSON: {reason}", error_code="invalid_json"
            )
            continue
        if not isinstance(value, dict):
            yield RowResult(
                source, number, error="each line must be a JSON object", error_code="invalid_json"
            )
            continue
        yield RowResult(source, number, raw=value)


# ---- CSV / XLSX headers

_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "mã", "mã sáng kiến", "mã số", "mã skkn"),
    "title": (
        "title",
        "tên sáng kiến",
        "tên đề tài",
        "đề tài",
        "tên skkn",
        "tên sáng kiến kinh nghiệm",
    ),
    "summary": ("summary", "tóm tắt", "mô tả", "mô tả tóm tắt", "tóm tắt nội dung"),
    "content": ("content", "nội dung", "toàn văn", "nội dung sáng kiến"),
    "file": ("file", "tệp", "tập tin", "tên tệp", "tên file", "tệp đính kèm", "đường dẫn"),
    "author": (
        "author",
        "tác giả",
        "họ và tên",
        "họ tên",
        "họ và tên tác giả",
        "tên tác giả",
        "người thực hiện",
    ),
    "author_id": ("author_id", "mã tác giả", "mã cán bộ", "mã giáo viên", "mã định danh"),
    "coauthors": ("coauthors", "co_authors", "đồng tác giả"),
    "unit": (
        "unit",
        "đơn vị",
        "đơn vị công tác",
        "cơ quan",
        "cơ quan công tác",
        "nơi công tác",
        "trường",
    ),
    "field": ("field", "lĩnh vực", "môn", "môn học", "lĩnh vực/môn", "lĩnh vực áp dụng"),
    "duties": ("duties", "nhiệm vụ", "nhiệm vụ được giao", "lĩnh vực phụ trách"),
    "year": ("year", "năm", "năm đề nghị"),
    "school_year": ("school_year", "năm học"),
    "status": ("status", "trạng thái", "kết quả công nhận"),
}
# Row-number columns that spreadsheets carry by habit; silently ignored.
_IGNORED_HEADERS = {"stt", "tt", "so thu tu", "no", "no."}


def _header_key(header: str) -> str:
    text = _fold(header).rstrip("*: ").replace("_", " ").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


_HEADER_LOOKUP = {
    _header_key(alias): name for name, aliases in _HEADER_ALIASES.items() for alias in aliases
}

_REQUIRED_COLUMNS_HELP = (
    "title (Tên sáng kiến), author (Tác giả), unit (Đơn vị), year (Năm) or school_year (Năm học)"
)


def _map_header(
    cells: list[Any], source: str, line: int
) -> tuple[list[str | None], RowResult | None]:
    """Column index → contract field (None = ignored), plus a warning row for unknown columns."""
    mapping: list[str | None] = []
    unknown: list[str] = []
    used: dict[str, str] = {}
    for cell in cells:
        header = "" if cell is None else str(cell).strip()
        key = _header_key(header)
        name = _HEADER_LOOKUP.get(key)
        if name is None:
            if header and key not in _IGNORED_HEADERS:
                unknown.append(header)
            mapping.append(None)
            continue
        if name in used:
            raise RecordListError(
                "duplicate_column",
                f"{source}: columns '{used[name]}' and '{header}' both mean '{name}'",
            )
        used[name] = header
        mapping.append(name)
    missing = [name for name in ("title", "author", "unit") if name not in used]
    if "year" not in used and "school_year" not in used:
        missing.append("year/school_year")
    if missing:
        raise RecordListError(
            "missing_column",
            f"{source}: header row (line {line}) lacks {', '.join(missing)}; "
            f"needed: {_REQUIRED_COLUMNS_HELP}",
        )
    warning = None
    if unknown:
        warning = RowResult(
            source,
            line,
            error=f"unknown columns ignored: {', '.join(repr(h) for h in unknown)}",
            error_code="unknown_column",
            severity="warning",
        )
    return mapping, warning


def _row_dict(
    mapping: list[str | None], cells: list[Any]
) -> tuple[dict[str, Any] | None, str | None]:
    if len(cells) > len(mapping) and any(_present(c) for c in cells[len(mapping) :]):
        return None, f"row has {len(cells)} values but the header has {len(mapping)} columns"
    raw: dict[str, Any] = {}
    for name, cell in zip(mapping, cells[: len(mapping)], strict=False):
        if name is not None and _present(cell):
            raw[name] = _cell_value(name, cell)
    return raw, None


def _present(cell: Any) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _cell_value(name: str, cell: Any) -> Any:
    """Spreadsheet numbers become text except in the year column (author ids typed as numbers)."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if name == "year" or isinstance(cell, str):
        return cell
    if hasattr(cell, "isoformat"):
        return cell.isoformat()
    return str(cell)


# ---- CSV


def _csv_rows(path: Path) -> Iterator[RowResult]:
    source = path.name
    try:
        text, notes = decode_text(path.read_bytes(), source)
    except DocumentError as exc:
        raise RecordListError("unreadable_list", f"{source}: {exc.message}") from exc
    for note in notes:
        yield RowResult(
            source,
            0,
            error=f"{note}; save the list as 'CSV UTF-8' to be sure",
            error_code="encoding_fallback",
            severity="warning",
        )
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    mapping: list[str | None] | None = None
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield RowResult(
                source, start, error=f"CSV syntax error: {exc}", error_code="invalid_csv"
            )
            continue
        if not any(_present(c) for c in cells):
            continue
        if mapping is None:
            mapping, warning = _map_header(cells, source, start)
            if warning:
                yield warning
            continue
        raw, problem = _row_dict(mapping, cells)
        if problem:
            yield RowResult(source, start, error=problem, error_code="too_many_values")
        else:
            yield RowResult(source, start, raw=raw)
    if mapping is None:
        raise RecordListError("empty_list", f"{source} has no header row")


def _sniff_delimiter(text: str) -> str:
    """Pick the delimiter that splits the header line most (Excel uses ';' in many locales)."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delim: header.count(delim) for delim in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


# ---- XLSX


def _xlsx_rows(path: Path) -> Iterator[RowResult]:
    import openpyxl

    source = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip_archive(zf, source, DocumentLimits())
    except DocumentError as exc:
        raise RecordListError(exc.code, exc.message) from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise RecordListError(
            "corrupt_list", f"{source} is not a readable XLSX file: {exc}"
        ) from exc
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl surfaces KeyError, ValueError, lxml errors on bad files
        raise RecordListError(
            "corrupt_list", f"{source} is not a readable XLSX file: {exc!r}"
        ) from exc
    try:
        if not workbook.worksheets:
            raise RecordListError("empty_list", f"{source} has no worksheet")
        sheet = workbook.worksheets[0]
        mapping: list[str | None] | None = None
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            cells = list(values)
            if not any(_present(c) for c in cells):
                continue
            if mapping is None:
                mapping, warning = _map_header(cells, source, number)
                if warning:
                    yield warning
                continue
            raw, problem = _row_dict(mapping, cells)
            if problem:
                yield RowResult(source, number, error=problem, error_code="too_many_values")
            else:
                yield RowResult(source, number, raw=raw)
        if mapping is None:
            raise RecordListError("empty_list", f"{source} has no header row")
    finally:
        workbook.close()
