"""A tiny sentence-template language for the synthetic content bank.

Syntax: ``{slot}`` is filled from a context mapping; ``[a|b|c]`` picks one
alternative (alternatives may nest and may contain slots; ``[a|]`` makes a
phrase optional). Templates are compiled once and cached because the corpus
generator expands millions of them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Union

# A compiled template is a tuple of parts: a literal str, a slot name wrapped in
# a 1-tuple, or a list of alternative compiled templates.
Part = Union[str, tuple[str], list["Compiled"]]
Compiled = tuple[Part, ...]
SlotValue = Union[str, Sequence[str], Callable[[random.Random], str]]


class TemplateError(ValueError):
    """Raised for malformed bank templates; carries a short error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_CACHE: dict[str, Compiled] = {}


def _parse(src: str, pos: int, nested: bool) -> tuple[list[Compiled], int]:
    """Parse alternatives until ']' (when nested) or end; return (alts, pos)."""
    alts: list[Compiled] = []
    parts: list[Part] = []
    buf: list[str] = []
    n = len(src)
    while pos < n:
        ch = src[pos]
        if ch == "[":
            if buf:
                parts.append("".join(buf))
                buf = []
            sub, pos = _parse(src, pos + 1, True)
            parts.append(sub)
            continue
        if ch == "]" and nested:
            if buf:
                parts.append("".join(buf))
            alts.append(tuple(parts))
            return alts, pos + 1
        if ch == "|" and nested:
            if buf:
                parts.append("".join(buf))
                buf = []
            alts.append(tuple(parts))
            parts = []
            pos += 1
            continue
        if ch == "{":
            end = src.find("}", pos)
            if end < 0:
                raise TemplateError("template_unclosed_slot", f"unclosed slot in template: {src!r}")
            if buf:
                parts.append("".join(buf))
                buf = []
            parts.append((src[pos + 1 : end],))
            pos = end + 1
            continue
        buf.append(ch)
        pos += 1
    if nested:
        raise TemplateError("template_unclosed_choice", f"unclosed [..] in template: {src!r}")
    if buf:
        parts.append("".join(buf))
    alts.append(tuple(parts))
    return alts, pos


def compile_template(src: str) -> Compiled:
    """Compile (and cache) a template string."""
    hit = _CACHE.get(src)
    if hit is None:
        alts, _ = _parse(src, 0, False)
        hit = alts[0]
        _CACHE[src] = hit
    return hit


def _emit(parts: Compiled, ctx: Mapping[str, SlotValue], rng: random.Random, out: list[str]) -> None:
    rand = rng.random
    append = out.append
    for part in parts:
        tp = type(part)
        if tp is str:
            append(part)
        elif tp is tuple:
            name = part[0]
            try:
                value = ctx[name]
            except KeyError:
                raise TemplateError("template_missing_slot", f"no value for slot {name!r}") from None
            if callable(value):
                value = value(rng)
            elif type(value) is not str:
                value = value[int(rand() * len(value))]
            if "[" in value or "{" in value:
                _emit(compile_template(value), ctx, rng, out)
            else:
                append(value)
        else:
            alt = part[int(rand() * len(part))]
            # Most alternatives are a single literal: skip the recursive call for them.
            if len(alt) == 1 and type(alt[0]) is str:
                append(alt[0])
            elif alt:
                _emit(alt, ctx, rng, out)


_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT = re.compile(r" +([,.;:!?)])")


def expand(src: str, ctx: Mapping[str, SlotValue], rng: random.Random, capitalize: bool = True) -> str:
    """Expand one template into text, tidying spaces left by optional phrases."""
    out: list[str] = []
    _emit(compile_template(src), ctx, rng, out)
    text = "".join(out)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " ," in text or " ." in text or " ;" in text or " :" in text:
        text = _SPACE_PUNCT.sub(r"\1", text)
    if ",." in text or ", ." in text:
        text = text.replace(", .", ".").replace(",.", ".")
    text = text.strip()
    if capitalize and text:
        text = text[0].upper() + text[1:]
    return text


def pick(rng: random.Random, items: Sequence[str]) -> str:
    """Uniform choice that is cheaper than rng.choice for hot loops."""
    return items[int(rng.random() * len(items))]
