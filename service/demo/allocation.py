"""Which solution ideas a report uses, and which sentences of their write-ups.

Honest authors on one topic do not all pick the same measures, and when two of them
pick the same measure they describe it in their own words. The allocator keeps
per-topic counts so that a corpus spreads over the bank: the least used ideas go first,
two ideas that already appeared together are not paired again while other choices
remain, and within an idea each part takes the sentence that adds least to the
sum of squared sentence overlaps with earlier reports of the topic. The total amount
of sharing is fixed by the bank's size; this spreads it thinly, so that no pair of
honest reports ends up sharing several sentences.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .fields import Idea, Variant

# Weights of the greedy idea score (lower is better).
_W_IDEA = 4.0
_W_GLOBAL = 0.3
_W_PAIR = 8.0
# Chance that the last part of a block takes two sentences when it has many to offer.
_TWO_LAST = 0.1
_SKIP_ONE = 0.75
# Default cost bonus for continuing the write-up of the previous sentence, so that a block
# more often reads as one account. Higher values trade overlap for coherence: on a 2,000-record
# corpus 0.3 keeps about 55% of consecutive sentences in one write-up (p99 same-topic
# containment ≈ 0.16), 0.0 about 32% (≈ 0.155), 1.0 about 94% (≈ 0.18).
COHERENCE = 0.3
# Overlaps are tracked with a sentence's latest users only, so very large corpora stay linear.
_WINDOW = 64
# Sentence cost: _W_SHARE·Σ overlap^_SHARE_POW over the sentence's users, plus its use count.
_W_SHARE = 6.0
_SHARE_POW = 1


@dataclass(frozen=True)
class Pick:
    """An idea as one report writes it: the chosen sentence of each part, in order."""

    idea: Idea
    sentences: tuple[Variant, ...]

    @property
    def signature(self) -> str:
        """Idea key and the write-up sentences used ("toan_loi_van#3/0.0-2.1-1.2")."""
        return f"{self.idea.key}/" + "-".join(v.key for v in self.sentences)


def _allowed(v: Variant, prev: Variant | None, taken: list[Variant]) -> bool:
    if v in taken:
        return False
    if not v.sticky:
        return True
    return prev is not None and prev.writeup == v.writeup and prev.index == v.index - 1


def realise(idea: Idea, rng: random.Random, cost: Callable[[Idea, Variant], float] | None = None,
            coherence: float = COHERENCE) -> tuple[Variant, ...]:
    """One sentence per part (two now and then for a rich last part), cheapest first; without a
    cost, a random sentence, preferring (with probability ``coherence``, capped at 1) the next
    sentence of the same write-up."""
    out: list[Variant] = []
    prev: Variant | None = None
    last = len(idea.positions) - 1
    # Four-part write-ups usually lose one middle or late part: blocks stay three or four sentences.
    skip = rng.randint(1, last) if last >= 3 and rng.random() < _SKIP_ONE else -1
    for k, variants in enumerate(idea.positions):
        if k == skip:
            continue
        n = 2 if k == last and len(variants) >= 4 and rng.random() < _TWO_LAST else 1
        for _ in range(n):
            cands = [v for v in variants if _allowed(v, prev, out)]
            if not cands:
                break
            if cost is None:
                same = [c for c in cands if prev is not None and c.writeup == prev.writeup]
                v = same[0] if same and rng.random() < coherence else cands[int(rng.random() * len(cands))]
            else:
                v = min(cands, key=lambda c: cost(idea, c) + rng.random()
                        - (coherence if prev is not None and c.writeup == prev.writeup else 0.0))
            out.append(v)
            prev = v
    return tuple(out)


class IdeaAllocator:
    """Spreads ideas and write-up sentences over the reports of a corpus (deterministic for an rng)."""

    def __init__(self, whole_corpus: bool = False, coherence: float = COHERENCE) -> None:
        # A large corpus spreads within each topic (where look-alikes are); a small hand-made set
        # such as the demo spreads over all its reports, so that no two honest ones share text.
        self.whole_corpus = whole_corpus
        self.coherence = coherence
        self._idea_use: Counter[tuple[str, str]] = Counter()  # (topic, idea key)
        self._global_use: Counter[str] = Counter()  # idea key, all topics
        self._pairs: Counter[tuple[str, str, str]] = Counter()  # (topic, idea a, idea b), a < b
        # topic -> (idea key, variant key) -> reports (numbered per topic) that used the sentence
        self._users: dict[str, dict[tuple[str, str], list[int]]] = {}
        self._reports: Counter[str] = Counter()

    def _score(self, topic: str, idea: Idea, chosen: Sequence[Idea]) -> float:
        pair = 0
        for other in chosen:
            a, b = (idea.key, other.key) if idea.key < other.key else (other.key, idea.key)
            pair += self._pairs[(topic, a, b)]
        return _W_IDEA * self._idea_use[(topic, idea.key)] + _W_GLOBAL * self._global_use[idea.key] + _W_PAIR * pair

    def _pick_ideas(self, topic: str, pool: Sequence[Idea], n: int, chosen: list[Idea], rng: random.Random) -> list[Idea]:
        picked: list[Idea] = []
        free = list(pool)
        for _ in range(min(n, len(free))):
            best = min(free, key=lambda i: self._score(topic, i, chosen) + rng.random())
            free.remove(best)
            picked.append(best)
            chosen.append(best)
        return picked

    def choose(self, topic: str, topic_pool: Sequence[Idea], n_topic: int, generic_pool: Sequence[Idea], n_generic: int,
               rng: random.Random) -> list[Pick]:
        """Topic ideas first, then generic ones; the choice is recorded."""
        topic = "*" if self.whole_corpus else topic
        chosen: list[Idea] = []
        ideas = self._pick_ideas(topic, topic_pool, n_topic, chosen, rng)
        ideas += self._pick_ideas(topic, generic_pool, n_generic, chosen, rng)
        return self.write(topic, ideas, rng)

    def write(self, topic: str, ideas: Sequence[Idea], rng: random.Random) -> list[Pick]:
        """Sentences for ideas fixed by the caller or chosen above; the use is recorded."""
        topic = "*" if self.whole_corpus else topic
        users = self._users.setdefault(topic, {})
        me = self._reports[topic]
        self._reports[topic] += 1
        overlap: Counter[int] = Counter()  # sentences this report already shares with each earlier one

        def cost(idea: Idea, v: Variant) -> float:
            # Marginal growth of the sum of squared overlaps: 2·Σ overlap + number of users.
            who = users.get((idea.key, v.key), ())
            return _W_SHARE * sum(overlap[r] ** _SHARE_POW for r in who[-_WINDOW:]) + len(who)

        picks: list[Pick] = []
        for idea in ideas:
            sents = realise(idea, rng, cost, self.coherence)
            for v in sents:
                who = users.setdefault((idea.key, v.key), [])
                for r in who[-_WINDOW:]:
                    overlap[r] += 1
                who.append(me)
            picks.append(Pick(idea, sents))
        for p in picks:
            self._idea_use[(topic, p.idea.key)] += 1
            self._global_use[p.idea.key] += 1
        keys = [p.idea.key for p in picks]
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                lo, hi = (a, b) if a < b else (b, a)
                self._pairs[(topic, lo, hi)] += 1
        return picks


def choose_random(topic_pool: Sequence[Idea], n_topic: int, generic_pool: Sequence[Idea], n_generic: int,
                  rng: random.Random) -> list[Pick]:
    """Uniform choice without corpus memory (used for one-off reports such as queries)."""
    picks: list[Pick] = []
    for pool, n in ((topic_pool, n_topic), (generic_pool, n_generic)):
        for idea in rng.sample(list(pool), min(n, len(pool))):
            picks.append(Pick(idea, realise(idea, rng)))
    return picks
