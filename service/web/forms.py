"""Reading posted forms without ever failing: every problem becomes a Vietnamese message."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from fastapi import Request
from starlette.datastructures import UploadFile

from service.web.labels import megabytes

log = logging.getLogger("sangkien.web")

DEFAULT_MAX_BODY = 1_000_000


@dataclass
class Upload:
    filename: str
    data: bytes
    too_large: bool = False


@dataclass
class PostedForm:
    fields: dict[str, str] = field(default_factory=dict)
    upload: Upload | None = None
    problem: str | None = None

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


async def read_posted(request: Request, *, max_body: int = DEFAULT_MAX_BODY, max_text: int = DEFAULT_MAX_BODY,
                      file_field: str | None = None, max_file_bytes: int = 0) -> PostedForm:
    """Fields as text (NUL removed) and at most one uploaded file, read up to its limit."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_body:
        return PostedForm(problem=f"Dữ liệu gửi lên quá lớn (tối đa {megabytes(max_body):g} MB).")
    try:
        form = await request.form(max_files=1 if file_field else 0, max_fields=100, max_part_size=max_text)
    except Exception as exc:  # Starlette raises HTTPException / MultiPartException / ValueError on bad bodies
        log.info("unreadable form: %r", exc)
        return PostedForm(problem="Không đọc được dữ liệu gửi lên (có thể quá lớn hoặc sai định dạng). "
                                  "Vui lòng thử lại.")
    out = PostedForm()
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                if name != file_field or out.upload is not None:
                    continue
                data = await value.read(max_file_bytes + 1)
                filename = (value.filename or "").strip()
                if not filename and not data:
                    continue  # the file input was left empty
                out.upload = Upload(filename=filename or "tep-tai-len", data=data[:max_file_bytes],
                                    too_large=len(data) > max_file_bytes)
            elif name not in out.fields:
                out.fields[name] = value.replace("\x00", "")
    finally:
        await form.close()
    return out


async def read_form(request: Request) -> tuple[PostedForm, str | None]:
    """A small url-encoded form (login, decisions); returns the form and a problem, if any."""
    posted = await read_posted(request)
    return posted, posted.problem
