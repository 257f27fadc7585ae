"""Synthetic units (schools, Phòng GD&ĐT, UBND xã) and people who write initiatives."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import bank_common as bc
from .fields import FIELD_BY_KEY
from .templating import expand

UNIT_KINDS: tuple[str, ...] = ("tieu_hoc", "thcs", "thpt", "mam_non", "phong", "ubnd")
_KIND_WEIGHTS: tuple[int, ...] = (30, 24, 10, 20, 5, 11)
_KIND_PREFIX: dict[str, str] = {
    "tieu_hoc": "Trường Tiểu học",
    "thcs": "Trường THCS",
    "thpt": "Trường THPT",
    "mam_non": "Trường Mầm non",
    "phong": "Phòng Giáo dục và Đào tạo huyện",
    "ubnd": "UBND xã",
}
# Which fields people of a unit kind work in (weights).
_FIELDS_BY_KIND: dict[str, tuple[tuple[str, int], ...]] = {
    "tieu_hoc": (("toan", 5), ("tieng_viet", 5), ("tieng_anh", 3), ("tin_hoc", 2), ("the_duc", 2), ("lich_su_dia_ly", 1), ("chu_nhiem", 4), ("quan_ly", 2), ("thu_vien", 1), ("ke_toan", 1)),
    "thcs": (("toan", 4), ("tieng_viet", 4), ("tieng_anh", 3), ("tin_hoc", 2), ("vat_ly_hoa_hoc", 3), ("lich_su_dia_ly", 2), ("the_duc", 2), ("chu_nhiem", 3), ("quan_ly", 2), ("thu_vien", 1), ("ke_toan", 1)),
    "thpt": (("toan", 4), ("tieng_viet", 3), ("tieng_anh", 3), ("tin_hoc", 2), ("vat_ly_hoa_hoc", 3), ("lich_su_dia_ly", 2), ("the_duc", 1), ("chu_nhiem", 3), ("quan_ly", 1), ("thu_vien", 1), ("ke_toan", 1)),
    "mam_non": (("mam_non", 10), ("quan_ly", 2), ("ke_toan", 1)),
    "phong": (("quan_ly", 3), ("hanh_chinh", 2)),
    "ubnd": (("hanh_chinh", 4), ("ke_toan", 2)),
}
_GRADES: dict[str, tuple[int, ...]] = {"tieu_hoc": (1, 2, 3, 4, 5), "thcs": (6, 7, 8, 9), "thpt": (10, 11, 12)}
_AGE_BANDS: tuple[tuple[str, str], ...] = (
    ("5 – 6 tuổi", "lớp Mẫu giáo lớn"),
    ("4 – 5 tuổi", "lớp Mẫu giáo nhỡ"),
    ("3 – 4 tuổi", "lớp Mẫu giáo bé"),
    ("24 – 36 tháng tuổi", "nhóm trẻ"),
)
_DIEULE_PROVINCES = frozenset({"Bắc Giang", "Hải Dương", "Quảng Nam", "Ninh Bình", "Bình Phước", "Phú Thọ"})


@dataclass(frozen=True)
class Unit:
    name: str
    short: str
    kind: str
    place: str
    district: str
    province: str
    family: str


@dataclass(frozen=True)
class Person:
    idx: int
    author_id: str
    name: str
    unit: Unit
    field_key: str
    learner: str
    grade: str
    grade_num: int | None
    class_name: str
    duty: str
    start_year: int
    family: str
    style_rate: float


def _family_for(province: str, rng: random.Random) -> str:
    if province == "Thanh Hóa":
        return "thanhhoa"
    if province in _DIEULE_PROVINCES:
        return "dieule"
    return rng.choice(("dvd", "dvd", "thanhhoa"))


def _place(rng: random.Random) -> str:
    return f"{rng.choice(bc.PLACE_FIRST)} {rng.choice(bc.PLACE_SECOND)}"


def make_unit(rng: random.Random, kind: str, place: str, district: str, province: str) -> Unit:
    prefix = _KIND_PREFIX[kind]
    if kind == "phong":
        name = f"{prefix} {district}"
        short = f"Phòng GD&ĐT huyện {district}"
    elif kind == "ubnd":
        name = f"{prefix} {place}"
        short = name
    else:
        name = f"{prefix} {place}"
        short = name[0].lower() + name[1:]
    return Unit(name, short, kind, place, district, province, _family_for(province, rng))


def make_units(rng: random.Random, n_units: int) -> list[Unit]:
    """Units spread over a few districts and provinces, unique names."""
    n_districts = max(1, n_units // 25)
    districts = [(_place(rng), rng.choice(bc.PROVINCES)) for _ in range(n_districts)]
    units: list[Unit] = []
    seen: set[str] = set()
    while len(units) < n_units:
        kind = rng.choices(UNIT_KINDS, weights=_KIND_WEIGHTS)[0]
        district, province = rng.choice(districts)
        place = _place(rng)
        unit = make_unit(rng, kind, place, district, province)
        if unit.name in seen and kind == "phong":
            continue  # a district has one Phòng GD&ĐT
        if unit.name in seen:
            # Larger corpora exhaust two-syllable names; numbered schools are common in reality.
            suffix = f" Số {sum(1 for n in seen if n.startswith(unit.name)) + 1}"
            unit = Unit(unit.name + suffix, unit.short + suffix, unit.kind, place, district, province, unit.family)
            if unit.name in seen:
                continue
        seen.add(unit.name)
        units.append(unit)
    return units


def person_name(rng: random.Random) -> str:
    while True:
        female = rng.random() < 0.7  # teaching staff are mostly women
        middle = rng.choice(bc.MIDDLE_NAMES_F if female else bc.MIDDLE_NAMES_M)
        given = rng.choice(bc.GIVEN_NAMES_F if female else bc.GIVEN_NAMES_M)
        name = f"{rng.choice(bc.FAMILY_NAMES)} {middle} {given}"
        if name not in bc.BLOCKED_NAMES and f"{name.split()[0]} {given}" not in bc.BLOCKED_NAMES:
            return name


def learner_for(field_key: str, unit: Unit) -> str:
    if unit.kind == "mam_non" and field_key != "ke_toan":
        return "trẻ"
    if field_key == "hanh_chinh" or (field_key == "ke_toan" and unit.kind == "ubnd"):
        return "người dân" if field_key == "hanh_chinh" else "cán bộ, công chức"
    if field_key == "ke_toan":
        return "cán bộ, giáo viên, nhân viên"
    if unit.kind == "phong":
        return "cán bộ quản lí, giáo viên"
    return "học sinh"


def grade_for(rng: random.Random, field_key: str, unit: Unit) -> tuple[str, int | None, str]:
    """(grade phrase, grade number, class name) for a person."""
    kind = FIELD_BY_KEY[field_key]["kind"]
    if kind == "admin":
        return "", None, ""
    if unit.kind == "phong":
        return "các trường trên địa bàn", None, "các trường trên địa bàn huyện"
    if field_key in ("quan_ly", "thu_vien"):
        return "toàn trường", None, "toàn trường"
    if unit.kind == "mam_non":
        band, cls = rng.choice(_AGE_BANDS)
        return band, None, f"{cls} {rng.choice('ABC')}{rng.randint(1, 3)}"
    allowed = FIELD_BY_KEY[field_key].get("grades")
    grades = [g for g in _GRADES[unit.kind] if allowed is None or g in allowed] or list(_GRADES[unit.kind])
    g = rng.choice(grades)
    suffix = rng.choice("ABCD") if unit.kind == "tieu_hoc" else f"A{rng.randint(1, 6)}"
    return f"lớp {g}", g, f"lớp {g}{suffix}"


def make_person(rng: random.Random, idx: int, author_id: str, unit: Unit, field_key: str | None, first_year: int) -> Person:
    if field_key is None:
        keys, weights = zip(*_FIELDS_BY_KIND[unit.kind], strict=True)
        field_key = rng.choices(keys, weights=weights)[0]
    grade, grade_num, class_name = grade_for(rng, field_key, unit)
    ctx = {"lop": grade or "", "lopcn": class_name or ""}
    duty = expand(rng.choice(FIELD_BY_KEY[field_key]["duties"]), ctx, rng)
    family = unit.family if rng.random() < 0.85 else rng.choice(bc.FAMILIES)
    return Person(
        idx=idx,
        author_id=author_id,
        name=person_name(rng),
        unit=unit,
        field_key=field_key,
        learner=learner_for(field_key, unit),
        grade=grade,
        grade_num=grade_num,
        class_name=class_name,
        duty=duty,
        start_year=first_year - rng.randint(3, 25),
        family=family,
        style_rate=rng.uniform(0.08, 0.3),
    )


def person_grade_key(person: Person) -> int | str | None:
    """What topic "grades" restrictions are compared with."""
    if person.grade_num is not None:
        return person.grade_num
    return person.grade if person.unit.kind == "mam_non" else None


def fields_for_unit(kind: str) -> tuple[str, ...]:
    return tuple(k for k, _ in _FIELDS_BY_KIND[kind])


def kind_from_unit_name(name: str) -> str:
    for kind, prefix in _KIND_PREFIX.items():
        if name.startswith(prefix):
            return kind
    if name.startswith("Phòng"):
        return "phong"
    return "thcs"


def unit_from_name(name: str, province: str = "Thanh Hóa", rng: random.Random | None = None) -> Unit:
    """Rebuild a Unit from its display name (used when only records are at hand)."""
    kind = kind_from_unit_name(name)
    rest = name[len(_KIND_PREFIX.get(kind, "")) :].strip() or name
    place = rest.split(" Số ")[0]
    short = name if kind in ("ubnd",) else (f"Phòng GD&ĐT huyện {rest}" if kind == "phong" else name[0].lower() + name[1:])
    family = _family_for(province, rng or random.Random(name))
    return Unit(name, short, kind, place, rest if kind == "phong" else place, province, family)
