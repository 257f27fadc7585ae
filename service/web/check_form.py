"""The 'Kiểm tra đề tài' form: posted fields and file in, a validated record or field messages out."""

from __future__ import annotations

from dataclasses import dataclass, field
from indexing.documents import DocumentError, read_document_bytes
from service.records import InitiativeRecord, RecordError, validate_record
from service.settings import Settings
from service.web import labels
from service.web.forms import PostedForm

# Form field name -> record field. The names are English like the code; the labels are not.
TEXT_FIELDS = ("title", "summary", "author", "unit", "year", "school_year", "field", "duties", "content")
FILE_FIELD = "document"


@dataclass
class CheckForm:
    values: dict[str, str] = field(default_factory=lambda: {name: "" for name in TEXT_FIELDS})
    errors: dict[str, str] = field(default_factory=dict)  # field name ("" = whole form) -> message
    notices: list[str] = field(default_factory=list)
    filename: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_check_form(posted: PostedForm, settings: Settings) -> tuple[CheckForm, InitiativeRecord | None]:
    form = CheckForm()
    for name in TEXT_FIELDS:
        form.values[name] = posted.get(name).strip()
    if posted.problem:
        form.errors[""] = posted.problem
        return form, None
    values = form.values

    if posted.upload is not None:
        form.filename = posted.upload.filename
        text = _read_upload(form, posted, settings)
        if text is not None:
            if values["content"]:
                form.notices.append("Đã dùng nội dung của tệp tải lên; phần nội dung dán vào ô bên dưới được bỏ qua.")
            # Kept in the text box, so a mistake elsewhere on the form does not lose the file's text.
            values["content"] = text
    if len(values["content"]) > settings.max_content_chars:
        form.errors["content"] = (f"Nội dung quá dài ({len(values['content']):,} kí tự; "
                                  f"tối đa {settings.max_content_chars:,} kí tự).").replace(",", ".")

    if not values["title"]:
        form.errors["title"] = "Vui lòng nhập tên đề tài."
    if not values["author"]:
        form.errors["author"] = "Vui lòng nhập tên tác giả."
    if not values["unit"]:
        form.errors["unit"] = "Vui lòng nhập đơn vị công tác."
    if not values["year"] and not values["school_year"]:
        form.errors["year"] = "Vui lòng nhập năm hoặc năm học (ví dụ 2024 hoặc 2023-2024)."
    if form.errors:
        return form, None

    try:
        record = validate_record({name: values[name] for name in TEXT_FIELDS if values[name]})
    except RecordError as exc:
        for where, code, _message in exc.problems:
            _record_problem(form, where, code)
        return form, None
    if not values["content"] and not values["summary"]:
        form.notices.append("Chưa có tóm tắt hay nội dung: chỉ so sánh được tên đề tài, kết quả ít tin cậy hơn.")
    return form, record


def _read_upload(form: CheckForm, posted: PostedForm, settings: Settings) -> str | None:
    upload = posted.upload
    assert upload is not None
    limit_mb = labels.megabytes(settings.max_upload_bytes)
    if upload.too_large:
        form.errors[FILE_FIELD] = labels.document_error("file_too_large", limit_mb)
        return None
    try:
        doc = read_document_bytes(upload.data, upload.filename, max_bytes=settings.max_upload_bytes)
    except DocumentError as exc:
        form.errors[FILE_FIELD] = labels.document_error(exc.code, limit_mb)
        return None
    if not doc.text.strip():
        form.errors[FILE_FIELD] = labels.document_error("empty_document")
        return None
    if any("garbled" in w for w in doc.warnings):
        form.notices.append("Lớp chữ của tệp PDF có vẻ bị lỗi phông; kết quả so sánh có thể kém chính xác.")
    return doc.text


def _record_problem(form: CheckForm, where: str, code: str) -> None:
    name = where.split(".")[0]
    if not name and code == "missing_field":
        form.errors.setdefault("year", "Vui lòng nhập năm hoặc năm học (ví dụ 2024 hoặc 2023-2024).")
        return
    label = labels.FIELDS.get(name, "Dữ liệu")
    what = labels.RECORD_ERRORS.get(code, "không hợp lệ")
    form.errors.setdefault(name if name in TEXT_FIELDS else "", f"{label} {what}.")
