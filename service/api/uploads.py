"""Uploaded files: safe names, size-limited reads, and copies into a private temporary folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePosixPath

from fastapi import Request
from starlette.datastructures import UploadFile

from indexing.documents import DocumentError

_UNSAFE = re.compile(r'[<>:"|?*\\/]')
MAX_NAME_CHARS = 180
CHUNK = 1 << 20


def media_type(request: Request) -> str:
    """The request's media type without parameters, lower case ('' when absent)."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def safe_filename(name: str | None, fallback: str = "upload") -> str:
    """A client's file name reduced to one harmless path component.

    Keeps Vietnamese letters and the extension; drops directories, control and reserved
    characters and leading dots (no hidden files, no '..').
    """
    text = unicodedata.normalize("NFC", name or "").replace("\\", "/")
    text = PurePosixPath(text).name if text else ""
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = _UNSAFE.sub("_", text).strip().lstrip(".").strip()
    if len(text) > MAX_NAME_CHARS:
        stem, dot, ext = text.rpartition(".")
        ext = ext if dot and len(ext) <= 10 else ""
        text = (stem if ext else text)[: MAX_NAME_CHARS - len(ext) - 1] + (f".{ext}" if ext else "")
    return text or fallback


def read_upload(upload: UploadFile, max_bytes: int) -> bytes:
    """The whole upload (call from a worker thread: it reads a spooled file)."""
    upload.file.seek(0)
    data = upload.file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentError("file_too_large", f"{safe_filename(upload.filename)} is larger than {max_bytes} bytes")
    return data


def save_upload(upload: UploadFile, folder: Path, name: str, max_bytes: int) -> Path:
    """Copy an upload into ``folder`` under ``name`` (already made safe), at most ``max_bytes``."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise DocumentError("invalid_file_name", f"refusing file name {name!r}")
    upload.file.seek(0)
    written = 0
    with target.open("xb") as out:
        while chunk := upload.file.read(CHUNK):
            written += len(chunk)
            if written > max_bytes:
                raise DocumentError("file_too_large", f"{name} is larger than {max_bytes} bytes")
            out.write(chunk)
    return target
