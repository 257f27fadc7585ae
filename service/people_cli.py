"""``sangkien people export|erase``: a person's personal data on request, from the command line.

Same service functions as ``GET /api/v1/people/{id}/export`` and ``DELETE /api/v1/people/{id}``;
the audit log names the actor ``cli``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from service.context import open_context
from service.errors import NotFoundError
from service.settings import Settings, get_settings

people_app = typer.Typer(help="A person's personal data: export or erase (on the person's request).",
                         no_args_is_help=True)
# soft_wrap: a message is one line however long its paths, so logs can be searched for it.
err = Console(stderr=True, soft_wrap=True)

DataDir = Annotated[Optional[Path], typer.Option("--data-dir", help="Overrides SANGKIEN_DATA_DIR.")]
PersonRef = Annotated[str, typer.Argument(help="Person number (author.id) or staff code; code:<code> for a "
                                               "staff code made of digits")]


def _settings(data_dir: Optional[Path]) -> Settings:
    settings = get_settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    return settings


@people_app.command("export")
def people_export(person: PersonRef,
                  out: Annotated[Path, typer.Option("--out", help="JSON file to write ('-' for stdout)")],
                  data_dir: DataDir = None) -> None:
    """Write everything stored about a person as JSON."""
    from sqlmodel import Session

    from service.personal_data import export_person

    ctx = open_context(_settings(data_dir))
    try:
        with Session(ctx.engine) as session:
            data = export_person(session, person, actor="cli")
    except NotFoundError as exc:
        err.print(f"[red]error[/red]: {exc.message}", highlight=False)
        raise typer.Exit(1)
    finally:
        ctx.close()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if str(out) == "-":
        print(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
        err.print(f"exported person {data['person']['id']}: {len(data['initiatives'])} initiatives to {out}",
                  highlight=False)


@people_app.command("erase")
def people_erase(person: PersonRef,
                 yes: Annotated[bool, typer.Option("--yes", help="Really erase (nothing is done without it).")] = False,
                 data_dir: DataDir = None) -> None:
    """Erase a person, their own initiatives (also from the index) and what names them. Prints the
    report as JSON. A running service keeps matching the erased initiatives until it restarts."""
    if not yes:
        err.print("[red]error[/red]: erasure cannot be undone; add --yes to erase", highlight=False)
        raise typer.Exit(2)
    from service.personal_data import erase_person
    from service.runtime import open_index

    ctx = open_context(_settings(data_dir))
    try:
        report = erase_person(open_index(ctx), person, actor="cli")
    except NotFoundError as exc:
        err.print(f"[red]error[/red]: {exc.message}", highlight=False)
        raise typer.Exit(1)
    finally:
        ctx.close()
    print(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    err.print(f"erased: {len(report.deleted_initiatives)} initiatives deleted, {len(report.kept_initiatives)} "
              f"co-written kept; reference {report.reference}", highlight=False)
