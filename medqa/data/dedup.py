"""Duplicate dialogs: exact after normalising, and near-duplicates by MinHash LSH on word 3-grams.

    dropped_exact, dropped_near = duplicates(patients, doctors, mode="near", threshold=0.8)

A row is a near-duplicate of an earlier kept row when its patient text AND its doctor text each have a
word-3-gram Jaccard similarity of at least `threshold` with that row's (normalised: case, punctuation
and whitespace ignored). The first of a group is kept.

How (docs/data.md says why not datasketch, with the measurements): MinHash signatures of both turns
together are computed for all rows at once with numpy (one multiply-shift hash per permutation over
every shingle), rows sharing a band of the signature become candidates (LSH), and every candidate pair
is confirmed by the exact Jaccard of its shingle sets, so a false duplicate needs a really similar pair.
Bands of `ROWS_PER_BAND` rows; the number of bands is chosen from the threshold so that a pair at the
threshold becomes a candidate with probability >= 99.5 %. Deterministic: hashes are CRC-32 of words and
fixed seeds, never Python's salted `hash()`, so training and evaluation drop the same rows.
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from medqa.data.workers import Pool, chunks

ROWS_PER_BAND = 4
CANDIDATE_RECALL = 0.995  # probability that a pair exactly at the threshold shares a band
SHINGLE = 3  # words per shingle
MAX_PEERS = 50  # earlier rows of one bucket compared with a row: bounds the work on huge buckets
ESTIMATE_MARGIN = 0.2  # candidates whose signatures agree on < threshold - this are not checked exactly
CHUNK_ROWS = 4096
_WORD_RE = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Lower case, punctuation out, single spaces: "Rest, and FLUIDS!" -> "rest and fluids"."""
    return " ".join(_WORD_RE.findall(text.lower()))


def exact_duplicates(patients: Sequence[str], doctors: Sequence[str]) -> list[bool]:
    """True for every row whose (patient, doctor) pair, normalised, occurred earlier. A row with an empty
    turn is never a duplicate: data.prepare drops and counts it as empty."""
    seen: set[tuple[str, str]] = set()
    out = []
    for key in zip(patients, doctors):
        out.append(all(key) and key in seen)
        seen.add(key)
    return out


def bands_for(threshold: float) -> int:
    """Bands of ROWS_PER_BAND so that P(pair at `threshold` shares a band) >= CANDIDATE_RECALL."""
    return math.ceil(math.log(1 - CANDIDATE_RECALL) / math.log(1 - threshold ** ROWS_PER_BAND))


def shingles(normalised: str) -> set[tuple[str, ...]]:
    """Word 3-grams of a normalised text (the whole text when shorter), for the exact Jaccard check."""
    words = normalised.split()
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(SHINGLE))))  # zip, not a comprehension of slices: 3x faster


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class _WordHashes(dict):
    """word -> CRC-32 | 2**32 (never 0: 0 marks "no word"), computed once per distinct word."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode()) | 1 << 32
        return value


def _shingle_hashes(texts: Sequence[Sequence[str]], cache: _WordHashes) -> tuple[np.ndarray, np.ndarray]:
    """One 64-bit hash per word 3-gram (whole text when shorter) of every text, and the row each belongs to."""
    words, lengths, owners = [], [], []
    for row, parts in enumerate(texts):
        for text in parts:
            split = text.split()
            if split:
                words.extend(map(cache.__getitem__, split))
                lengths.append(len(split))
                owners.append(row)
    if not words:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    w = np.array(words, dtype=np.uint64)
    rows = np.repeat(np.array(owners, dtype=np.int64), lengths)
    opens = np.zeros(len(w), dtype=bool)
    opens[np.cumsum([0] + lengths[:-1], dtype=np.int64)] = True
    # h[i] mixes words i, i+1, i+2 of one text (a word past the text's end counts as 0). Kept: positions
    # with a full 3-gram, and the first word of every text (one shingle for a text under 3 words).
    text_id = np.cumsum(opens)
    h = w * _MIX[0]
    full = np.zeros(len(w), dtype=bool)
    for k in (1, 2):
        same = np.zeros(len(w), dtype=bool)
        same[:-k] = text_id[k:] == text_id[:-k]
        nxt = np.zeros_like(w)
        nxt[same] = w[k:][same[:-k]]
        h += nxt * _MIX[k]
        full = same
    keep = full | opens
    return h[keep], rows[keep]


_RNG = np.random.default_rng(1)
_MIX = _RNG.integers(1, 2**63, size=SHINGLE, dtype=np.uint64) | np.uint64(1)


def signatures(texts: Sequence[Sequence[str]], num_perm: int, seed: int = 1) -> np.ndarray:
    """MinHash signatures, uint32 [rows, num_perm], of the union of the word 3-grams of each row's normalised
    texts (patient and doctor). Rows without words get all-ones (max) rows; the caller skips them."""
    rng = np.random.default_rng(seed)
    mult = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
    add = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    out = np.full((len(texts), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    cache = _WordHashes()
    for start in range(0, len(texts), CHUNK_ROWS):
        h, rows = _shingle_hashes(texts[start:start + CHUNK_ROWS], cache)
        if not len(h):
            continue
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        block, buf = out[start:start + CHUNK_ROWS], np.empty_like(h)
        with np.errstate(over="ignore"):
            for k in range(num_perm):  # a*h + b mod 2**64; its top 32 bits are the permuted value
                np.multiply(h, mult[k], out=buf)
                np.add(buf, add[k], out=buf)
                block[rows[starts], k] = np.minimum.reduceat(buf, starts) >> np.uint64(32)
    return out


def candidate_pairs(sig: np.ndarray, bands: int, usable: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LSH: pairs (i < j) of usable rows that share at least one band of their signature, each row paired
    with at most MAX_PEERS earlier rows of a bucket. Vectorised: no Python loop over rows."""
    mix = np.random.default_rng(2).integers(1, 2**63, size=ROWS_PER_BAND, dtype=np.uint64) | np.uint64(1)
    idx = np.flatnonzero(usable)
    found = []
    for b in range(bands):
        with np.errstate(over="ignore"):
            keys = (sig[idx, b * ROWS_PER_BAND:(b + 1) * ROWS_PER_BAND].astype(np.uint64) * mix).sum(axis=1)
        order = np.argsort(keys, kind="stable")  # stable: rows of a bucket stay in data order
        k, rows = keys[order], idx[order]
        for gap in range(1, min(MAX_PEERS, len(k) - 1) + 1):
            same = k[gap:] == k[:-gap]
            if not same.any():
                break  # no bucket holds more than `gap` rows
            found.append(rows[:-gap][same] * len(sig) + rows[gap:][same])
    pairs = _unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
    return pairs // len(sig), pairs % len(sig)


def _unique(a: np.ndarray) -> np.ndarray:
    """np.unique(a) by sorting: numpy 2.4's np.unique hashes, and took 30 s where this takes 2 (25M int64)."""
    a = np.sort(a)
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a


def near_duplicates(patients: Sequence[str], doctors: Sequence[str], threshold: float,
                    skip: Sequence[bool] = (), sig: np.ndarray | None = None) -> list[bool]:
    """True for every row whose normalised patient and doctor texts are both >= `threshold` similar (word
    3-gram Jaccard) to an earlier kept row's. Rows marked in `skip` (exact duplicates) are left out.

    Candidates whose signatures agree on fewer than `threshold - ESTIMATE_MARGIN` of their values are far
    from the threshold (the estimate's standard deviation is about 0.06 there) and skip the exact check.
    `sig`: the rows' signatures when already computed (`prepare`)."""
    bands = bands_for(threshold)
    if sig is None:
        sig = signatures(list(zip(patients, doctors)), bands * ROWS_PER_BAND)
    usable = (sig != np.iinfo(np.uint32).max).any(axis=1)
    if len(skip):
        usable &= ~np.asarray(skip, dtype=bool)
    first, second = candidate_pairs(sig, bands, usable)
    agree = np.empty(len(first))
    for start in range(0, len(first), 1 << 20):  # in blocks: a [pairs, num_perm] comparison at once is large
        part = slice(start, start + (1 << 20))
        agree[part] = (sig[first[part]] == sig[second[part]]).mean(axis=1)
    keep = agree >= threshold - ESTIMATE_MARGIN
    dropped = [False] * len(patients)
    for j, i in sorted(zip(second[keep].tolist(), first[keep].tolist())):  # by later row j, then earlier i
        if dropped[j] or dropped[i]:
            continue
        if (jaccard(shingles(patients[i]), shingles(patients[j])) >= threshold
                and jaccard(shingles(doctors[i]), shingles(doctors[j])) >= threshold):
            dropped[j] = True
    return dropped


@dataclass
class Prepared:
    """Rows made ready for `duplicates`: a digest of each row's normalised turns and, for "near", MinHash
    signatures. Row by row, so chunks of rows are prepared apart (in clean.py's worker processes) and joined;
    digests, not the normalised texts, so the joined rows take 16 bytes each, not a copy of the text."""
    keys: list[bytes | None]  # None: a turn is empty, and such a row is never a duplicate
    sig: np.ndarray | None = None


def prepare(patients: Sequence, doctors: Sequence, mode: str, threshold: float) -> Prepared:
    """Digests of the normalised turns (non-text cells count as empty text), and signatures when `mode` is "near".
    BLAKE2b of 128 bits: two different rows share one with a chance of about 1e-28 among 257k rows."""
    norm_p = [normalise(p) if isinstance(p, str) else "" for p in patients]
    norm_d = [normalise(d) if isinstance(d, str) else "" for d in doctors]
    keys = [hashlib.blake2b(f"{p}\0{d}".encode(), digest_size=16).digest() if p and d else None
            for p, d in zip(norm_p, norm_d)]  # normalised text holds no NUL
    sig = (signatures(list(zip(norm_p, norm_d)), bands_for(threshold) * ROWS_PER_BAND) if mode == "near" else None)
    return Prepared(keys, sig)


def prepare_in(pool: Pool, patients: Sequence, doctors: Sequence, mode: str, threshold: float) -> Prepared | None:
    """`prepare` in chunks, in `pool`'s worker processes, joined in order; None when `mode` is "off"."""
    if mode == "off":
        return None
    parts = chunks(len(patients))
    done = list(pool.map(prepare, [patients[s] for s in parts], [doctors[s] for s in parts], repeat(mode),
                         repeat(threshold)))
    sigs = [p.sig for p in done if p.sig is not None]
    return Prepared([k for p in done for k in p.keys], np.concatenate(sigs) if sigs else None)


class _Normalised:
    """texts[i] normalised when asked (non-text: ""): near_duplicates checks only its candidate rows exactly."""

    def __init__(self, texts: Sequence):
        self.texts = texts

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> str:
        return normalise(t) if isinstance(t := self.texts[i], str) else ""


def duplicates(patients: Sequence, doctors: Sequence, mode: str, threshold: float,
               prepared: Prepared | None = None) -> tuple[list[bool], list[bool]]:
    """(exact, near) flags per row for `mode` "exact", "near" (both) or "off" (none). Non-text cells count
    as empty text. `prepared`: the same rows through `prepare` already."""
    n = len(patients)
    if mode == "off":
        return [False] * n, [False] * n
    prep = prepared if prepared is not None else prepare(patients, doctors, mode, threshold)
    seen: set[bytes | None] = set()
    exact = []
    for key in prep.keys:
        exact.append(key is not None and key in seen)
        seen.add(key)
    near = (near_duplicates(_Normalised(patients), _Normalised(doctors), threshold, skip=exact, sig=prep.sig)
            if mode == "near" else [False] * n)
    return exact, near
