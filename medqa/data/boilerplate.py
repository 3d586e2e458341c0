"""Boilerplate mined from the source itself: the openings and closings that recur across many answers.

    mined = mine(doctors, cfg.data.clean)      # one pass over the answers, before the rules run
    text = mined.strip(text)                   # clean.clean_answer: before and after the rules

A list of phrases cannot keep up with hundreds of doctors; the corpus says what its boilerplate is. The
same greeting or sign-off recurs at the same place across thousands of answers, while medical sentences
rarely repeat verbatim. Every answer's first and last EDGE_UNITS sentences (and short leading clauses) are
normalised (`key`: case, spacing, words run together, names after "Dr" or a greeting, digits and the
"Chat Doctor" placeholder masked) and counted, and so are the inner sentences of every INNER_EVERY-th
answer. A key is boilerplate when

- it opens (or closes) at least `mine_min_count` answers,
- it is edge-bound: per edge slot at least EDGE_SHARE times as frequent as per inner slot (a connective like
  "Also," or a stock medical sentence recurs inside answers too),
- it carries no medical content (medqa/data/medical.py: body, symptom, drug, dose, test, treatment and
  care-seeking words, so "Drink plenty of water." stays however often it recurs), no negation, and at the
  opening no condition or hedge (stripping "No," or "If so," would change the advice),
- it has at most MAX_WORDS words and a content word, and is not in the recipe's `data.clean.keep`.

A mined key is removed only at the edge it was mined at, and only while the answer opens (or closes) with
it: the same words inside an answer stay. Deterministic (the same rows give the same list; edge counts do not
depend on row order, inner counts are sampled by position; ties break by key) and streaming: memory grows
with the distinct short edge keys, not with the text. A source under `mine_min_rows` answers relies on the
rules alone: there, `mine_min_count` answers are too large a share to tell a stock phrase from a common
sentence of a small, single-topic file.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from medqa.config import CleanCfg
from medqa.data.medical import is_medical
from medqa.data.patterns import NO_END_WORDS
from medqa.data.workers import Pool, chunks

EDGE_UNITS = 3  # sentences or clauses counted at each end: greeting, thanks, "I read your query" come in runs
MAX_WORDS = 25  # longer units are not mined: boilerplate is short
MAX_CHARS = 160  # nor counted: a unit this long is medical text, and skipping it keeps the pass fast and small
INNER_EVERY = 4  # inner units are counted on every 4th answer: the edge-share test needs a rate, not every one
KEPT_SHOWN = 30  # recurring edges kept (medical, not edge-bound, kept by the recipe) listed in the report
# Answers counted per task. The parent merges each task's counts, a Python loop over the keys the task shares with
# earlier ones (most recurring units): fewer, larger tasks than cleaning's (each worker's counts stay tens of MiB).
MINE_CHUNK_ROWS = 16_384
# A key's example is the unit at its second occurrence: one-off units need no example string in the result.
# A mined key is at least this many times as frequent per edge slot as per inner slot. On the planted set
# (docs/data.md) connectives ("Also,") and stock medical sentences measure about 1, greetings that now and
# then open an answer's fourth sentence 5 to 10, and most boilerplate never stands inside.
EDGE_SHARE = 4

LEAD_CHARS = 60  # a leading clause ("Hello dear,") is counted when its comma comes this early
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DR_RE = re.compile(r"\b(?:[Dd]r|[Dd]octor)\.?\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}")
_GREET_NAME_RE = re.compile(r"\b((?i:hi|hello|dear|hey|respected))\s+[A-Z][a-z]+\b")
_PLACEHOLDER_RE = re.compile(r"(?i)chat ?doctor")
# Punctuation to spaces and every digit to "0" in one str.translate; runs of "0" (and "0 0" of "7.2") to one.
_TABLE = str.maketrans({c: " " for c in string.punctuation.replace("<", "").replace(">", "") +
                        "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00e2\u20ac\u2122"} |
                       {str(d): "0" for d in range(10)})
_ZEROS_RE = re.compile(r"0[0 ]*0|0+")

FUNCTION = frozenset("a an the i you your we us our me my it is are was be been am to of for in on at and or so "
                     "this that these those with as by from do does did have has had will would can could".split())


# Emoji and other pictographs ("🙂", "🙏", "👋", "❤️"), with their joiners and variation selectors.
PICTOGRAPH_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")


def key(unit: str) -> str:
    """A unit's normalised form: camel-case split ("HelloThanks"), "Dr <name>" -> "dr <name>", a greeted name
    -> "<name>", "Chat Doctor" -> "<placeholder>", digit runs -> "0", lower case, punctuation and pictographs
    out, single spaces. Each regex runs only where a cheap test says it can match: this runs on every unit."""
    text = unit
    if "octor" in text or "OCTOR" in text:
        text = _PLACEHOLDER_RE.sub(" <placeholder> ", text)
    if "r" in text and ("Dr" in text or "dr" in text or "Doctor" in text):
        text = _DR_RE.sub(" dr <name> ", text)
    if text[:9].lower().startswith(("hi", "he", "dear", "respected")):
        text = _GREET_NAME_RE.sub(r"\1 <name>", text, count=1)
    low = text.lower()
    if low[1:] != text[1:]:
        low = _CAMEL_RE.sub(" ", text).lower()
    low = low.translate(_TABLE)
    if "0" in low:
        low = _ZEROS_RE.sub("0", low)
    if not low.isascii():  # "Take care 🙂": a pictograph is punctuation too
        low = PICTOGRAPH_RE.sub(" ", low)
    return " ".join(low.split())


def is_candidate(k: str, where: str = "open") -> bool:
    """Short enough, with a content word, and no medical content."""
    words = k.split()
    return (0 < len(words) <= MAX_WORDS and any(w not in FUNCTION and not w.startswith("<") for w in words)
            and not is_medical(k, where))


def sentences(text: str) -> list[str]:
    """The answer's sentences (and lines), each with its end mark; never split after a title, a drug's form
    (patterns.NO_END_WORDS) or a doctor's initials ("Dr. K. V. Rao"). With str.replace, not a regex: this runs
    on every answer, and a lookbehind at every character costs twice as much."""
    t = text.replace(". ", ".\0").replace("! ", "!\0").replace("? ", "?\0").replace("\n", "\0")
    if ".\0" not in t:
        return [p for p in (s.strip() for s in t.split("\0")) if p]
    if "r.\0" in t or "R.\0" in t or "s.\0" in t:  # a title: "Dr.", "Mrs.", "Rs. 299"
        t = _unsplit(t, _TITLE_MARKS)
    if "b.\0" in t or "p.\0" in t or "j.\0" in t or "o.\0" in t:  # "Tab. Pantoprazole", "(case no. 1yrqm9)"
        t = _unsplit(t, _FORM_MARKS)
    if ("Dr." in t or "DR." in t or "dr." in t or "Dr " in t or "DR " in t) and _INITIALS_RE.search(t):
        t = _INITIALS_RE.sub(lambda m: m.group().replace("\0", " "), t)
    if t[:1].isdigit() or _LINE_DIGIT_RE.search(t):  # "3. Pyelonephritis.": a list's number opens its item
        t = _LIST_ITEM_RE.sub(r"\1 ", t)
    return [p for p in (s.strip() for s in t.split("\0")) if p]


_INITIALS_RE = re.compile(r"\b(?:Dr|DR|dr)\.?[ \0]?(?:[A-Z]\.[ \0]?)+")  # "Dr. K.\0V.\0Rao": one name
_TITLE_MARKS = tuple(f"{w}.\0" for w in NO_END_WORDS if w[-1] in "rRs") + ("Rs.\0",)
_FORM_MARKS = tuple(f"{w}.\0" for w in NO_END_WORDS if w[-1] not in "rRs") + ("case no.\0", "Case no.\0", "ref no.\0")


def _unsplit(t: str, marks: tuple[str, ...]) -> str:
    for mark in marks:
        t = t.replace(mark, mark[:-1] + " ")  # one scan each: replace finds it or returns t as it was
    return t
_LINE_DIGIT_RE = re.compile("\0[ \t]*\\d")
_LIST_ITEM_RE = re.compile(r"((?:^|\0)[ \t]*\d{1,2}[.)])\0")


def lead_clause(sentence: str) -> str | None:
    """A sentence's leading clause when short ("Hello dear," "Hi there,"), with its comma; else None."""
    cut = sentence.find(",", 0, LEAD_CHARS)
    return sentence[:cut + 1] if cut > 0 and cut + 1 < len(sentence) else None


def _units(sents: list[str]) -> list[str]:
    """Sentences with their short leading clauses, the clause first, and what follows the clause (the sentence
    an answer opens with once a mined "Hi <name>," is cut: "Hi Ravi, greetings of the day.")."""
    out = []
    for s in sents:
        if (c := lead_clause(s)) is not None:
            out += [c, s[len(c):].lstrip()]
        out.append(s)
    return out


@dataclass
class Mined:
    """What mining found: phrases by edge ("open", "close") with counts and an example, and whether it acted."""
    rows: int = 0
    acted: bool = False
    reason: str = ""
    phrases: dict[str, dict[str, dict]] = field(default_factory=lambda: {"open": {}, "close": {}})
    kept: list[dict] = field(default_factory=list)  # the most frequent edges kept, and why
    keep: frozenset[str] = frozenset()  # keys of the recipe's data.clean.keep: neither mined nor peeled as courtesy

    def strip(self, text: str) -> str:
        """Mined openings off the start and mined closings off the end, one after another while present."""
        if not self.acted or not text:
            return text
        opens, closes, out = self.phrases["open"], self.phrases["close"], text.strip()
        starts = self._starts()
        for _ in range(2 * EDGE_UNITS):
            if not out[:40].lower().startswith(starts["open"]):  # cheap: most answers open with no mined word
                break
            first = sentences(out[:400])[:1]
            clause = lead_clause(first[0]) if first else None
            unit = next((u for u in (clause, *first) if u and key(u) in opens), None)  # prefixes of `out` only
            if unit is None:
                break
            out = out[len(unit):].lstrip()
        for _ in range(2 * EDGE_UNITS):
            last = sentences(out[-400:])[-1:]
            if not last or not last[0][:40].lower().startswith(starts["close"]) or key(last[0]) not in closes:
                break
            out = out[:-len(last[0])].rstrip()
        return _tidy(out, text) if out != text.strip() else text

    def _starts(self) -> dict[str, tuple[str, ...]]:
        """The first words of the mined keys as raw text can spell them, for a cheap test before `key`."""
        if not hasattr(self, "_first_words"):
            spell = {"<placeholder>": ("chat",), "dr": ("dr", "doctor"), "0": tuple("0123456789+(")}
            firsts = {where: {k.split()[0] for k in keys} for where, keys in self.phrases.items()}
            self._first_words = {where: tuple(sorted({s for w in words for s in spell.get(w, (w,))}))
                                 for where, words in firsts.items()}
        return self._first_words

    @classmethod
    def from_dict(cls, d: dict) -> Mined:
        """Back from `as_dict` (metrics.json, the report): the same phrases strip the same text."""
        out = cls(d["rows"], d["acted"] == "mining", d["reason"], kept=list(d["kept"]),
                  keep=frozenset(d.get("keep", ())))
        for p in d["phrases"]:
            out.phrases[p["where"]][p["phrase"]] = {k: v for k, v in p.items() if k not in ("phrase", "where")}
        return out

    def as_dict(self) -> dict:
        return {"acted": "mining" if self.acted else "rules only", "reason": self.reason, "rows": self.rows,
                "phrases": [{"phrase": k, "where": where, **v} for where in ("open", "close")
                            for k, v in self.phrases[where].items()], "kept": self.kept, "keep": sorted(self.keep)}


def _tidy(out: str, before: str) -> str:
    """Capitalise a new first word; a closing cut after a comma ends the sentence with the old full stop."""
    out = out.rstrip(",;: ")
    if out and out[-1] not in ".!?" and before.rstrip()[-1:] in (".", "!", "?"):
        out += before.rstrip()[-1]
    return out[:1].upper() + out[1:] if out[:1].islower() else out


@dataclass
class _Counts:
    edges: dict[str, Counter] = field(default_factory=lambda: {"open": Counter(), "close": Counter()})
    inner: Counter = field(default_factory=Counter)
    examples: dict[tuple[str, str], str] = field(default_factory=dict)
    rows: int = 0
    inner_slots: int = 0
    # A chunk's first and second unit of each key, so merged chunks keep the example one pass would keep.
    firsts: dict[str, dict[str, str]] = field(default_factory=lambda: {"open": {}, "close": {}})
    seconds: dict[str, dict[str, str]] = field(default_factory=lambda: {"open": {}, "close": {}})

    def add(self, where: str, unit: str) -> None:
        if len(unit) <= MAX_CHARS and (k := key(unit)):
            counter = self.edges[where]
            n = counter[k] = counter[k] + 1
            if n <= 2:
                (self.firsts if n == 1 else self.seconds)[where][k] = unit

    def merge(self, part: _Counts) -> None:
        """Add a later chunk's counts; the example stays the unit at the key's second occurrence overall."""
        for where, counter in self.edges.items():
            new, firsts = part.edges[where], part.firsts[where]
            for k in part.seconds[where].keys() - counter.keys():  # new here, and twice in the chunk
                self.examples[(where, k)] = part.seconds[where][k]
            sums = {}
            for k in new.keys() & counter.keys():  # seen before, maybe once
                if (before := counter[k]) == 1:
                    self.examples[(where, k)] = firsts[k]
                sums[k] = before + new[k]
            _add(counter, new, sums)
        _add(self.inner, part.inner, {k: self.inner[k] + part.inner[k] for k in part.inner.keys() & self.inner.keys()})
        self.rows += part.rows
        self.inner_slots += part.inner_slots


def _add(counter: Counter, new: Counter, sums: dict) -> None:
    """counter += new, given the sums of the keys both hold: dict's own update adds the others in C, where
    Counter.update is a Python loop over every key."""
    dict.update(counter, new)
    dict.update(counter, sums)


def mine(doctors: Iterable, cfg: CleanCfg, pool: Pool | None = None) -> Mined:
    """Count every answer's edge units, and its inner ones, once; keep the keys that pass the tests in the
    module docstring. Counted in chunks of rows, in `pool`'s worker processes when given; the same list and
    examples whatever the chunks or workers."""
    doctors = doctors if isinstance(doctors, list) else list(doctors)
    parts = [doctors[s] for s in chunks(len(doctors), MINE_CHUNK_ROWS)]
    before = [0]  # answers counted before each chunk: inner units are sampled by an answer's position
    for part in parts[:-1]:
        before.append(before[-1] + sum(isinstance(d, str) and d != "" and not d.isspace() for d in part))
    c = _Counts()
    for counted in (pool or Pool(1)).map(_count, parts, before):
        c.merge(counted)
    return _select(c, cfg)


def _count(doctors: list, answers_before: int) -> _Counts:
    """One chunk's counts (a worker's task); `answers_before` non-empty answers precede the chunk."""
    c = _Counts()
    for d in doctors:
        if not isinstance(d, str) or not d.strip():
            continue
        c.rows += 1
        sents = sentences(d)
        for unit in _units(sents[:EDGE_UNITS]):
            c.add("open", unit)
        for unit in sents[-EDGE_UNITS:]:
            c.add("close", unit)
        if (answers_before + c.rows) % INNER_EVERY == 0:
            inner = _units(sents[EDGE_UNITS:-EDGE_UNITS])
            c.inner_slots += len(inner)
            c.inner.update(key(u) for u in inner if len(u) <= MAX_CHARS)
    return c


def _select(c: _Counts, cfg: CleanCfg) -> Mined:
    """The mined phrases, most frequent first (ties by key): deterministic whatever the row order."""
    keep = frozenset(key(k) for k in cfg.keep)
    if c.rows < cfg.mine_min_rows:
        return Mined(c.rows, False, f"{c.rows} answers < data.clean.mine_min_rows {cfg.mine_min_rows}", keep=keep)
    out = Mined(c.rows, True, f"{c.rows} answers; edges recurring >= data.clean.mine_min_count {cfg.mine_min_count}",
                keep=keep)
    for where, counter in c.edges.items():
        edge_slots = sum(counter.values())
        for k, n in sorted(((k, n) for k, n in counter.items() if n >= cfg.mine_min_count),
                           key=lambda kv: (-kv[1], kv[0])):
            entry = {"count": n, "inner_sampled": c.inner[k], "example": c.examples.get((where, k), k)}
            why = ("data.clean.keep" if k in keep else "medical" if is_medical(k, where) else
                   "not edge-bound" if c.inner[k] * edge_slots * EDGE_SHARE > n * max(c.inner_slots, 1) else
                   "" if is_candidate(k, where) else "no content word")
            if not why:
                out.phrases[where][k] = entry
            elif len(out.kept) < KEPT_SHOWN:
                out.kept.append({"phrase": k, "where": where, "why": why, **entry})
    out.acted = bool(out.phrases["open"] or out.phrases["close"])
    if not out.acted:
        out.reason += ": none passed the tests"
    return out
