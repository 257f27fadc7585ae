from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from models.repository import (
    InitiativeInput,
    PersonInput,
    authors_of,
    changes_since,
    count_initiatives,
    delete_initiative,
    last_change_id,
    upsert_initiative,
)
from models.tables import Initiative, InitiativeAuthor, Passage, Person, Unit


def make_input(external_id: str = "sk-1", *, author: str = "Nguyễn Thị Hoa", code: str | None = None,
               unit: str = "Trường Tiểu học Hòa Bình", title: str = "Một số biện pháp dạy Toán lớp 5",
               sha: str = "a" * 64, coauthors: list[PersonInput] | None = None) -> InitiativeInput:
    return InitiativeInput(
        external_id=external_id, title=title, summary="Tóm tắt", content="Nội dung sáng kiến.",
        year=2024, school_year="2023-2024", unit_name=unit, unit_key=unit.lower(),
        author=PersonInput(name=author, key=author.lower(), staff_code=code, share=70.0),
        coauthors=coauthors or [], content_sha256=sha, field="Toán",
    )


def test_upsert_is_idempotent_by_external_id(engine: Engine) -> None:
    with Session(engine) as s:
        first, outcome = upsert_initiative(s, make_input())
        assert outcome == "created"
        _, outcome = upsert_initiative(s, make_input())
        assert outcome == "unchanged"
        _, outcome = upsert_initiative(s, make_input(title="Tên mới", sha="b" * 64))
        assert outcome == "updated"
        s.commit()
        assert count_initiatives(s) == 1
        stored = s.exec(select(Initiative)).one()
        assert stored.title == "Tên mới" and stored.year == 2024 and stored.school_year == "2023-2024"
        # created + updated are logged for the index to catch up; "unchanged" is not.
        assert [c.op for c in changes_since(s, 0)] == ["upsert", "upsert"]


def test_people_and_units_are_shared_and_coauthors_kept(engine: Engine) -> None:
    co = [PersonInput(name="Lê Văn Nam", key="lê văn nam", share=30.0)]
    with Session(engine) as s:
        a, _ = upsert_initiative(s, make_input("sk-1", coauthors=co))
        b, _ = upsert_initiative(s, make_input("sk-2", sha="c" * 64))
        s.commit()
        assert a.author_id == b.author_id, "same name in the same unit is the same person"
        assert len(s.exec(select(Unit)).all()) == 1
        links = authors_of(s, [a.id])[a.id]
        assert [(p.full_name, l.is_main, l.share) for l, p in links] == [
            ("Nguyễn Thị Hoa", True, 70.0), ("Lê Văn Nam", False, 30.0)]


def test_namesakes_in_other_units_or_with_other_codes_are_different_people(engine: Engine) -> None:
    with Session(engine) as s:
        a, _ = upsert_initiative(s, make_input("sk-1", unit="Trường A"))
        b, _ = upsert_initiative(s, make_input("sk-2", unit="Trường B", sha="d" * 64))
        c, _ = upsert_initiative(s, make_input("sk-3", unit="Trường A", code="GV001", sha="e" * 64))
        d, _ = upsert_initiative(s, make_input("sk-4", unit="Trường A", code="GV002", sha="f" * 64))
        s.commit()
        assert a.author_id != b.author_id
        assert c.author_id == a.author_id, "a code is attached to the code-less namesake in the same unit"
        assert d.author_id != c.author_id
        assert len(s.exec(select(Person)).all()) == 3


def test_delete_removes_links_and_passages_and_logs(engine: Engine) -> None:
    with Session(engine) as s:
        a, _ = upsert_initiative(s, make_input())
        s.add(Passage(initiative_id=a.id, ord=0, section="title", text="x", word_count=1))
        s.commit()
        before = last_change_id(s)
        assert delete_initiative(s, "sk-1") is True
        assert delete_initiative(s, "sk-1") is False
        s.commit()
        assert s.exec(select(InitiativeAuthor)).all() == []
        assert s.exec(select(Passage)).all() == []
        assert [c.op for c in changes_since(s, before)] == ["delete"]


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    from sqlalchemy.exc import IntegrityError

    with Session(engine) as s:
        s.add(Passage(initiative_id=9999, ord=0, section="title", text="x"))
        with pytest.raises(IntegrityError):
            s.commit()
