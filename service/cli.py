"""The ``sangkien`` command line: thin wrappers around service functions."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from sqlalchemy.exc import OperationalError

from models.db import is_busy
from service.context import open_context
from service.settings import Settings, get_settings

app = typer.Typer(help="sangkien: finds reused Vietnamese innovation initiatives (SKKN).", no_args_is_help=True,
                  add_completion=False)
# soft_wrap: a message is one line however long its paths, so logs can be searched for it.
err = Console(stderr=True, soft_wrap=True)
# EX_TEMPFAIL: another writer held the database past the lock timeout; running again is the remedy.
EXIT_BUSY = 75


def _settings(data_dir: Optional[Path]) -> Settings:
    settings = get_settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    return settings


DataDir = Annotated[Optional[Path], typer.Option("--data-dir", help="Overrides SANGKIEN_DATA_DIR.")]


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=False)


@app.command("migrate")
def migrate_cmd(data_dir: DataDir = None) -> None:
    """Create or upgrade the database schema."""
    ctx = open_context(_settings(data_dir))
    err.print(f"database at {ctx.engine.url.render_as_string(hide_password=True)} is up to date")
    ctx.close()


@app.command("import")
def import_cmd(
    paths: Annotated[list[Path], typer.Argument(help="JSONL/CSV/XLSX record lists, or folders of documents with metadata.csv")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only; store nothing.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Import and index initiatives. Bad rows are named with their line and reason; the rest is imported."""
    from service.ingest import import_paths
    from service.runtime import open_index

    missing = [p for p in paths if not p.exists()]
    if missing:
        for p in missing:
            err.print(f"[red]error[/red]: {p}: no such file or folder")
        raise typer.Exit(2)
    ctx = open_context(_settings(data_dir))
    started = time.perf_counter()
    index = None if dry_run else open_index(ctx)
    with _progress() as progress:
        task = progress.add_task("importing", total=None)
        report = import_paths(ctx, paths, dry_run=dry_run, on_row=lambda _row: progress.advance(task))
        if index is not None and report.changed_ids:
            indexing = progress.add_task("indexing", total=len(report.changed_ids))
            index.index_initiatives(report.changed_ids,
                                    progress=lambda done, _total: progress.update(indexing, completed=done))
            index.save()
    elapsed = time.perf_counter() - started
    ctx.close()
    for w in report.warnings:
        err.print(f"[yellow]warning[/yellow]: {w.describe()}")
    for p in report.problems:
        err.print(f"[red]error[/red]: {p.describe()}")
    verb = "valid" if dry_run else "imported"
    rate = report.ok / elapsed if elapsed > 0 else 0.0
    err.print(f"{verb}: {report.ok} (created {report.created}, updated {report.updated}, "
              f"unchanged {report.unchanged}); failed: {report.failed}; {elapsed:.1f}s, {rate:.1f} records/s")
    if report.failed:
        raise typer.Exit(1)


@app.command("reindex")
def reindex_cmd(
    reanalyse: Annotated[bool, typer.Option("--reanalyse", help="Recompute passages and embeddings of every initiative.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Rebuild the vector and fingerprint indexes from the database (needed after changing the model)."""
    from service.runtime import open_index

    ctx = open_context(_settings(data_dir))
    index = open_index(ctx, start=False)
    with _progress() as progress:
        task = progress.add_task("reindexing", total=None)
        index.rebuild(lambda done, total: progress.update(task, completed=done, total=total), reanalyse=reanalyse)
    err.print(f"index rebuilt: {len(index.engine.fingerprints)} initiatives, {len(index.engine.vectors)} vectors")
    ctx.close()


@app.command("check")
def check_cmd(
    path: Annotated[Path, typer.Argument(help="A JSONL/CSV/XLSX list (import contract) or one DOCX/PDF/DOC/TXT file")],
    top: Annotated[int, typer.Option(min=1, max=100)] = 10,
    fmt: Annotated[str, typer.Option("--format", help="table, json or jsonl")] = "table",
    save: Annotated[bool, typer.Option("--save", help="Also store the checked initiatives.")] = False,
    title: Annotated[Optional[str], typer.Option(help="For one document: its title (default: file name)")] = None,
    author: Annotated[Optional[str], typer.Option(help="For one document: the author")] = None,
    unit: Annotated[Optional[str], typer.Option(help="For one document: the unit")] = None,
    year: Annotated[Optional[int], typer.Option(help="For one document: the year")] = None,
    data_dir: DataDir = None,
) -> None:
    """Check initiatives against the stored ones. Read-only unless --save."""
    from service.check_cli import run_check

    if fmt not in ("table", "json", "jsonl"):
        err.print("[red]error[/red]: --format must be table, json or jsonl")
        raise typer.Exit(2)
    if not path.exists():
        err.print(f"[red]error[/red]: {path}: no such file")
        raise typer.Exit(2)
    ctx = open_context(_settings(data_dir))
    failed = run_check(ctx, path, top=top, fmt=fmt, save=save, title=title, author=author, unit=unit,
                       year=year, err=err)
    ctx.close()
    if failed:
        raise typer.Exit(1)


@app.command("load-demo")
def load_demo_cmd(force: Annotated[bool, typer.Option(help="Load even when the database is not empty.")] = False,
                  data_dir: DataDir = None) -> None:
    """Load the bundled demo data set."""
    from service.demo_loader import load_demo

    from service.runtime import open_index

    ctx = open_context(_settings(data_dir))
    report = load_demo(ctx, open_index(ctx), only_if_empty=not force)
    ctx.close()
    if report is None:
        err.print("database is not empty; demo data not loaded (use --force)")
    else:
        err.print(f"demo data: {report.ok} initiatives ({report.created} new), {report.failed} failed")


@app.command("backup")
def backup_cmd(
    path: Annotated[Path, typer.Argument(help="A new or empty directory to hold the backup")],
    data_dir: DataDir = None,
) -> None:
    """Back up the database (SQLite online backup) and the index, with a manifest of checksums."""
    from service.backup import EXIT_INDEX_ONLY, BackupError, backup

    try:
        result = backup(_settings(data_dir), path)
    except BackupError as exc:
        err.print(f"[red]error[/red]: {exc.message}", highlight=False)
        raise typer.Exit(exc.exit_code)
    for note in result.notes:
        err.print(f"note: {note}", highlight=False)
    if not result.database_copied:
        err.print(f"[red]error[/red]: DATABASE_URL is PostgreSQL: only the index was copied, to {path}/index. "
                  "The database is NOT in this backup: back it up now with pg_dump, e.g. "
                  f"pg_dump --format=custom --file {path}/database.dump \"$DATABASE_URL\" "
                  "(see README, Backup and restore)", highlight=False)
        raise typer.Exit(EXIT_INDEX_ONLY)
    db = result.manifest["database"]
    err.print(f"backup written to {path}: database ({db['initiatives']} initiatives, change {db['last_change']}, "
              f"schema {db['schema_revision']}), index "
              + (f"at change {result.manifest['index']['last_change']}" if result.index_copied else "not included"),
              highlight=False)


@app.command("restore")
def restore_cmd(
    path: Annotated[Path, typer.Argument(help="A backup directory written by `sangkien backup`")],
    force: Annotated[bool, typer.Option("--force", help="Replace the database and index of a non-empty data dir.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Verify a backup's checksums and restore it into the data dir (stop the service first)."""
    from service.backup import BackupError, restore

    settings = _settings(data_dir)
    try:
        result = restore(settings, path, force=force)
    except BackupError as exc:
        err.print(f"[red]error[/red]: {exc.message}", highlight=False)
        raise typer.Exit(exc.exit_code)
    for note in result.notes:
        err.print(f"note: {note}", highlight=False)
    err.print(f"restored {path} into {result.data_dir}", highlight=False)


keys_app = typer.Typer(help="API keys for machines (the dossier app).", no_args_is_help=True)
users_app = typer.Typer(help="Users of the web page.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(users_app, name="users")


def _role(value: str) -> "Role":
    from models.tables import Role

    try:
        return Role(value)
    except ValueError:
        err.print(f"[red]error[/red]: role must be one of {', '.join(r.value for r in Role)}")
        raise typer.Exit(2)


@keys_app.command("create")
def keys_create(role: Annotated[str, typer.Option(help="reviewer, app, auditor or admin")],
                name: Annotated[str, typer.Option(help="Who uses the key, e.g. 'Hồ sơ điện tử'")],
                data_dir: DataDir = None) -> None:
    """Create an API key. The key is printed once, alone on the last line."""
    from sqlmodel import Session

    from models.repository import add_audit
    from service.security import create_api_key

    r = _role(role)
    ctx = open_context(_settings(data_dir))
    with Session(ctx.engine) as s:
        row, key = create_api_key(s, name, r)
        add_audit(s, "cli", "key_create", "api_key", str(row.id), {"name": name, "role": r.value})
        s.commit()
        err.print(f"created key {row.id} ({name}, role {r.value}); store it now, it is not shown again:")
    ctx.close()
    print(key)


@keys_app.command("list")
def keys_list(data_dir: DataDir = None) -> None:
    """List API keys (never the keys themselves)."""
    from sqlmodel import Session, select

    from models.tables import ApiKey

    ctx = open_context(_settings(data_dir))
    with Session(ctx.engine) as s:
        for k in s.exec(select(ApiKey).order_by(ApiKey.id)).all():
            state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "active"
            print(f"{k.id}\t{k.role.value}\t{state}\t{k.name}")
    ctx.close()


@keys_app.command("revoke")
def keys_revoke(key_id: int, data_dir: DataDir = None) -> None:
    """Revoke an API key by its number."""
    from sqlmodel import Session

    from models.repository import add_audit
    from service.security import revoke_api_key

    ctx = open_context(_settings(data_dir))
    with Session(ctx.engine) as s:
        ok = revoke_api_key(s, key_id)
        if ok:
            add_audit(s, "cli", "key_revoke", "api_key", str(key_id))
        s.commit()
    ctx.close()
    if not ok:
        err.print(f"[red]error[/red]: no active key {key_id}")
        raise typer.Exit(1)
    err.print(f"key {key_id} revoked")


@users_app.command("create")
def users_create(username: str,
                 role: Annotated[str, typer.Option(help="reviewer, app, auditor or admin")] = "reviewer",
                 password: Annotated[Optional[str], typer.Option(help="Default: asked for (hidden)")] = None,
                 data_dir: DataDir = None) -> None:
    """Create a user of the web page."""
    from sqlmodel import Session

    from models.repository import add_audit
    from service.security import create_user

    r = _role(role)
    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    ctx = open_context(_settings(data_dir))
    try:
        with Session(ctx.engine) as s:
            user = create_user(s, username, password, r)
            add_audit(s, "cli", "user_create", "user", str(user.id), {"username": username, "role": r.value})
            s.commit()
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(1)
    finally:
        ctx.close()
    err.print(f"user {username} created with role {r.value}")


@app.command("audit")
def audit_cmd(
    year: Annotated[int, typer.Option(help="The audited year: its initiatives are checked against all earlier years.")],
    out: Annotated[list[Path], typer.Option("--out", help="Report file, repeatable: .xlsx, .html, .csv or .json")],
    unit: Annotated[Optional[str], typer.Option(help="Only this unit (đơn vị).")] = None,
    field: Annotated[Optional[str], typer.Option(help="Only this field (lĩnh vực).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the unfinished audit with these options.")] = False,
    base_url: Annotated[Optional[str], typer.Option("--base-url", help="Web app address, for links to initiatives.")] = None,
    trend_years: Annotated[int, typer.Option("--trend-years", min=0, max=10,
                                             help="Earlier years checked for the trend line.")] = 3,
    data_dir: DataDir = None,
) -> None:
    """Audit a whole year: flagged list, copying clusters, self-reuse, trend; XLSX/HTML/CSV/JSON reports."""
    from pydantic import ValidationError

    from service.audit.command import UsageError, check_options, run_audit_command, summary_lines
    from service.audit.runner import AuditParams
    from service.runtime import open_index

    try:
        params = AuditParams(year=year, unit=unit, field=field, trend_years=trend_years)
        check_options(out, base_url)
    except ValidationError as exc:
        err.print(f"[red]error[/red]: {'; '.join(str(e['loc'][0]) + ': ' + e['msg'] for e in exc.errors())}")
        raise typer.Exit(2)
    except UsageError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(2)
    ctx = open_context(_settings(data_dir))
    try:
        outcome = run_audit_command(ctx, open_index(ctx), params, outs=out, resume=resume, base_url=base_url, err=err)
    except UsageError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(2)
    except KeyboardInterrupt:
        err.print("interrupted: what is done is kept; run the same command with --resume to continue")
        raise typer.Exit(130)
    except Exception as exc:  # the job is marked failed with this error; its finished part is kept
        err.print(f"[red]error[/red]: the audit failed: {exc}; --resume continues it")
        raise typer.Exit(1)
    finally:
        ctx.close()
    for line in summary_lines(outcome, out):
        err.print(line)
    if outcome.status != "done":
        raise typer.Exit(1)


@app.command("serve")
def serve_cmd(
    host: Annotated[Optional[str], typer.Option(help="Default SANGKIEN_HOST or 127.0.0.1")] = None,
    port: Annotated[Optional[int], typer.Option(help="Default SANGKIEN_PORT or 8000")] = None,
    data_dir: DataDir = None,
) -> None:
    """Serve the API and web page."""
    import uvicorn

    from service.app import create_app

    settings = _settings(data_dir)
    # Proxy headers are the app's own middleware (SANGKIEN_FORWARDED_ALLOW_IPS), so that tests see them.
    uvicorn.run(create_app(settings), host=host or settings.host, port=port or settings.port,
                log_level=settings.log_level.lower(), proxy_headers=False)


# ---------------------------------------------------------------------- people (personal data requests)
from service.people_cli import people_app  # noqa: E402

app.add_typer(people_app, name="people")


def main() -> None:
    logging.basicConfig(level=get_settings().log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("faiss", "alembic", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        app()
    except OperationalError as exc:
        if not is_busy(exc):
            raise
        err.print(f"[red]error[/red]: the database is busy: another writer (the service, another import) held it "
                  f"longer than {get_settings().db_lock_timeout_s:g} s. What was committed before is kept; run "
                  "the command again (an import skips the rows it already stored). SANGKIEN_DB_LOCK_TIMEOUT_S "
                  "sets how long to wait.")
        raise SystemExit(EXIT_BUSY) from None


if __name__ == "__main__":
    main()
