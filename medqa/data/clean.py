"""Clean the doctor's turn before rendering: no platform greetings, no signed names, no ads, no duplicates.

    patients, doctors, counts = clean_columns(patients, doctors, cfg.data.clean)   # from data.prepare

The model learns whatever the doctor's turn contains. In Q&A-site data much of it is not medicine: a
platform greeting, a sign-off with a doctor's name, a site name, a link, a "consult a specialist online -->"
advert. Each rule below is one small function that removes only what it names, anchored where that text
occurs (greetings at the start, sign-offs at the end), so medical sentences stay as they were. The
patient's turn gets the encoding and whitespace rule only: it is the prompt, and carries no loss.

The same patterns detect boilerplate in generated answers (`DETECTORS`, used by medqa/evaluation/safety.py): one
owner of the patterns. Cleaning is idempotent: a second pass changes nothing (tested).
Deduplication (exact after normalising, and near-duplicates by MinHash LSH) lives in medqa/data/dedup.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from medqa.config import CleanCfg
from medqa.data import glue, workers
from medqa.data.boilerplate import Mined, key, mine
from medqa.data.courtesy import peel
from medqa.data.damage import strip_damage
from medqa.data.dedup import duplicates, prepare_in
from medqa.data.medical import is_medical
from medqa.data.patterns import (
    ADDRESS_IN_SENTENCE_RE,
    BLANK_LINES_RE,
    BOUNDARY_RE,
    CONTACT_LEAD_RE,
    DIGITS_RUN_RE,
    DOCTOR_CLAIM_RE,
    DOMAIN_HINTS,
    DOUBLE_DASH_RE,
    EMPTY_PARENS_RE,
    GREETING_RE,
    HCM_SITE_RE,
    INTRO,
    MOJIBAKE,
    MOJIBAKE_CHARS,
    MOJIBAKE_RE,
    REFERRAL_BARE_RE,
    REFERRAL_RE,
    SENTENCE_OR_LINE_RE,
    SIGNED_NAME_RE,
    SIGNOFF_HINTS,
    SIGNOFF_RE,
    SITE_HINTS,
    SITE_RE,
    SPACE_BEFORE_PUNCT_RE,
    SPACE_PUNCT,
    SPACES_RE,
    STRAY_DASHES_RE,
    STRAY_STOP_RE,
    URL_OR_EMAIL_RE,
    USE_LINK_RE,
)


# ---------------------------------------------------------------------------------------- rules
def fix_debris(text: str) -> str:
    """Encoding and whitespace debris: mojibake ("â€™" -> "'"), stray "--", empty brackets and quotes, repeated
    spaces and blank lines."""
    if any(ch in text for ch in MOJIBAKE_CHARS):
        text = MOJIBAKE_RE.sub(lambda m: MOJIBAKE[m.group()], text)
    if "--" in text:
        text = DOUBLE_DASH_RE.sub(" - ", STRAY_DASHES_RE.sub("", text))
    if "(" in text or "''" in text or '""' in text:
        text = EMPTY_PARENS_RE.sub("", text)
    if "  " in text or "\t" in text:
        text = SPACES_RE.sub(" ", text)
    if any(p in text for p in SPACE_PUNCT):
        text = SPACE_BEFORE_PUNCT_RE.sub("", text)
    if ".." in text:  # "family.." where a rule took the sentence after the mark
        text = STRAY_STOP_RE.sub(r"\1", text)
    if "\n" not in text:
        return text.strip()
    text = BLANK_LINES_RE.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.strip().split("\n"))


def strip_referral(text: str) -> str:
    """"(For more information) consult a <specialist> online --> <url>", wherever it stands; without its arrow
    and link only with its lead ("For more information consult a dermatologist online.")."""
    if "nline" not in text and "NLINE" not in text:  # "online", "Online", "ONLINE" (an answer in capitals)
        return text
    return REFERRAL_BARE_RE.sub("", REFERRAL_RE.sub("", text))


def _is_contact(found: str) -> bool:
    """A URL or e-mail address (has letters), or a digit run long enough to be a phone number."""
    return any(c.isalpha() for c in found) or 10 <= sum(c.isdigit() for c in found) <= 15


def strip_contacts(text: str) -> str:
    """URLs, bare domains, e-mail addresses and phone numbers (10 to 15 digits), each with the word that
    leads to it ("at", "call", "visit", "details:"); a sentence left with 5 words or fewer ("Call me or mail.")
    goes too."""
    low = text.lower()
    if ("url" in low or "link" in low or "site" in low) and USE_LINK_RE.search(text):
        text = USE_LINK_RE.sub("", text)  # "Please use this URL to ask me:", its link gone or going
    if not _may_hold_contact(text):
        return text
    parts = SENTENCE_OR_LINE_RE.split(text) + [""]  # sentence, separator, ...: lines stay lines
    out = []
    for sentence, sep in zip(parts[::2], parts[1::2]):
        if _may_hold_contact(sentence):
            new = CONTACT_LEAD_RE.sub(_contact_out, sentence)
            sentence = "" if new != sentence and word_count(fix_debris(new)) < 6 else new
        out.append(sentence + sep if sentence else "")
    return "".join(out).strip()


def _contact_out(found: re.Match) -> str:
    """Nothing for a contact; a line break where a sentence was glued on ("... at www.x.comWear soft shoes")."""
    if not _is_contact(found.group("c")):
        return found.group()
    return "\n" if found.string[found.end():found.end() + 1].isupper() else ""


def _may_hold_contact(text: str) -> bool:
    """A cheap test first: most answers hold no link and no long run of digits."""
    return any(h in text for h in DOMAIN_HINTS) or bool(DIGITS_RUN_RE.search(text))


def strip_greeting(text: str) -> str:
    """Platform greetings and thanks at the start: "Hi.", "Welcome to <site>.", "Thanks for your query.",
    "I have gone through your query.", "I am Dr. <name>." One after another while the answer opens with one."""
    out = glue.unglue(text)
    while (m := GREETING_RE.match(out)) and m.end() > 0 and not ADDRESS_IN_SENTENCE_RE.match(out):
        out = out[m.end():]
    return _capitalise(out) if out != text else text


# Characters searched for a sign-off run. Longer runs go in turns (strip_signoff loops). Short on purpose: a
# run of ambiguous pieces ("Dr. <name> Consultant general physician, ...") backtracks in the number of pieces,
# and 200 characters hold few.
SIGNOFF_WINDOW = 200


def strip_signoff(text: str) -> str:
    """Sign-offs at the end: wishes ("Take care", "Hope this helps", "Wish you good health") and names with
    titles ("Regards, Dr. <name>, MD"). One after another while the answer closes with one."""
    out = text.rstrip()
    while out and (start := _signoff_start(out)) is not None:
        out = out[:start].rstrip()
    out = out.rstrip(",;:- ")
    if out and out[-1] not in ".!?" and text.rstrip()[-1] in ".!?":
        out += text.rstrip()[-1]  # "Rest it, take care." -> "Rest it." (the sentence keeps its full stop)
    return out if out != text.rstrip() else text


def _signoff_start(text: str) -> int | None:
    """Where the trailing sign-off sentence starts: the first sentence or clause boundary in the last
    SIGNOFF_WINDOW characters from which SIGNOFF_RE matches to the end; None without one."""
    tail = text[-200:].lower()
    if not any(h in tail for h in SIGNOFF_HINTS):
        return None
    lo = max(0, len(text) - SIGNOFF_WINDOW)
    starts = ([0] if lo == 0 else []) + [m.end() for m in BOUNDARY_RE.finditer(text, lo)]
    return next((s for s in starts if SIGNOFF_RE.match(text, s) and not _advice(text[s:])), None)


def _advice(span: str) -> bool:
    """A would-be sign-off that holds medical content outside its signed name: "Feel free to take
    paracetamol 500 mg ..., but not more than 4 g a day." matches the invitation pattern, and is a dose."""
    return is_medical(key(SIGNED_NAME_RE.sub("", span)), "close")  # the signature's "MS (Surgery)" aside


def strip_sites(text: str) -> str:
    """Q&A site names ("on HealthcareMagic", "iCliniq") wherever they stand, with their preposition."""
    text = HCM_SITE_RE.sub(r"\g<keep>", text) if "HCM" in text else text
    low = text.lower()
    return SITE_RE.sub("", text) if any(h in low for h in SITE_HINTS) else text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


# The order matters: debris first so patterns see clean text; referrals before contacts (the referral
# owns its URL); damage before greetings and sign-offs (a note left between the text and the sign-off
# hides the sign-off); greetings before site names ("Welcome to <site>." goes whole).
RULES: dict[str, Callable[[str], str]] = {
    "debris": fix_debris,
    "referral": strip_referral,
    "contact": strip_contacts,
    "damage": strip_damage,
    "greeting": strip_greeting,
    "signoff": strip_signoff,
    "site": strip_sites,
}


def word_count(text: str) -> int:
    """Words separated by white space (after fix_debris no token is punctuation alone)."""
    return len(text.split())


# Rounds of the edge rules after the first pass: peeling courtesy uncovers a sign-off or greeting the rules name
# ("Dr. <name>, MBBS Do let me know if ...": the sign-off shows once the invitation is gone), and back.
EDGE_ROUNDS = 4
RULE_NAMES = (*RULES, "courtesy")  # what clean_rows counts and the data line shows, mining aside


def clean_answer(text: str, fired: set | None = None, mined: Mined | None = None) -> str:
    """The source's mined boilerplate at the edges, every rule once, in order, then courtesy
    (medqa/data/courtesy.py), greetings, sign-offs and mined boilerplate again at the edges, while they
    uncover more; then debris again to tidy the gaps removals left. `fired` collects the names of the rules
    that changed something ("mined" for mining)."""
    mining = mined is not None and mined.acted
    keep = mined.keep if mined is not None else frozenset()
    if mining:  # the edges as mined, before the rules change them
        text = _fire("mined", mined.strip, text, fired)
    for name, rule in RULES.items():
        text = _fire(name, rule, text, fired)
    for _ in range(EDGE_ROUNDS):
        before = text
        text = _fire("courtesy", lambda t: peel(t, keep), text, fired)
        if text != before:  # what the courtesy uncovered; the rules' own loops left nothing else to find
            text = _fire("greeting", strip_greeting, text, fired)
            text = _fire("signoff", strip_signoff, text, fired)
        if mining:
            text = _fire("mined", mined.strip, text, fired)
        if text == before:
            break
    return fix_debris(text)


def _fire(name: str, rule: Callable[[str], str], text: str, fired: set | None) -> str:
    new = rule(text)
    if new != text and fired is not None:
        fired.add(name)
    return new


# ---------------------------------------------------------------------------------------- detectors
def has_greeting(text: str) -> bool:
    return strip_greeting(fix_debris(text)) != fix_debris(text)


def has_signed_name(text: str) -> bool:
    return bool(SIGNED_NAME_RE.search(fix_debris(text)))


def has_url_or_site(text: str) -> bool:
    return bool(URL_OR_EMAIL_RE.search(text) or SITE_RE.search(text)
                or (REFERRAL_RE.search(text) if "online" in text else False))


def claims_doctor(text: str) -> bool:
    return bool(DOCTOR_CLAIM_RE.search(text) or re.match(INTRO, fix_debris(text)) or has_signed_name(text))


def has_courtesy(text: str) -> bool:
    """Thanks, wishes, invitations or a self-introduction at either edge (medqa/data/courtesy.py)."""
    return peel(text := fix_debris(text)) != text


# Rates reported on generated answers by medqa/evaluation/safety.py: the same patterns that clean the training data.
DETECTORS: dict[str, Callable[[str], bool]] = {
    "greeting": has_greeting,
    "signed_name": has_signed_name,
    "url_or_site": has_url_or_site,
    "doctor_claim": claims_doctor,
    "courtesy": has_courtesy,
}


# ---------------------------------------------------------------------------------------- rows
def clean_rows(patients: list, doctors: list, min_words: int, mined: Mined | None = None,
               pool: workers.Pool | None = None) -> tuple[list[int], list, list, Counter]:
    """Clean every row; drop rows whose answer is now shorter than `min_words`. Returns (kept indices,
    patients, doctors, rows changed per rule and `short_dropped`). Non-text or empty cells pass through
    untouched: data.prepare counts them as empty. In chunks, in `pool`'s worker processes when given."""
    counts: Counter = Counter({name: 0 for name in RULE_NAMES} | {"mined": 0, "short_dropped": 0})
    keep, out_p, out_d = [], [], []
    for kept, (part_p, part_d), part_counts in workers.map_rows(pool, _clean_chunk, (patients, doctors),
                                                                  min_words, mined):
        keep += kept
        out_p += part_p
        out_d += part_d
        counts.update(part_counts)
    return keep, out_p, out_d, counts


def _clean_chunk(patients: list, doctors: list, min_words: int, mined: Mined | None) -> tuple:
    """clean_rows on one chunk: a worker's task for workers.map_rows."""
    counts: Counter = Counter()
    keep, out_p, out_d = [], [], []
    for i, (p, d) in enumerate(zip(patients, doctors)):
        fired: set[str] = set()
        if isinstance(d, str) and d.strip():
            d = clean_answer(d, fired, mined)
            if word_count(d) < min_words:
                counts["short_dropped"] += 1
                continue
        if isinstance(p, str) and (p2 := fix_debris(p)) != p:
            fired.add("debris")
            p = p2
        counts.update(fired)
        keep.append(i)
        out_p.append(p)
        out_d.append(d)
    return keep, workers.unchanged_as_none(keep, (out_p, out_d), (patients, doctors)), counts


def clean_columns(patients: list, doctors: list, cfg: CleanCfg) -> tuple[list, list, dict]:
    """The recipe's `data.clean` on two columns: mining, rules, then duplicates. Returns the kept rows' columns
    and the counts: rows changed per rule (and by mined phrases), rows dropped as short, as exact and as near
    duplicates, rows in and out, and under "boilerplate" what mining found (medqa/data/boilerplate.py)."""
    patients, doctors = list(patients), list(doctors)
    with workers.Pool(workers.count(cfg.workers, len(doctors))) as pool:  # medqa/data/workers.py
        mined = mine(doctors, cfg, pool)  # before the rules: the source's own edges, as written
        keep, patients_out, doctors_out, counts = clean_rows(patients, doctors, cfg.min_answer_words, mined, pool)
        prepared = prepare_in(pool, patients_out, doctors_out, cfg.dedup, cfg.near_threshold)
    exact, near = duplicates(patients_out, doctors_out, cfg.dedup, cfg.near_threshold, prepared)
    kept = [i for i in range(len(keep)) if not exact[i] and not near[i]]
    stats = {"rows_in": len(patients), **counts, "exact_dup_dropped": sum(exact), "near_dup_dropped": sum(near),
             "rows_out": len(kept), "boilerplate": mined.as_dict()}
    return [patients_out[i] for i in kept], [doctors_out[i] for i in kept], stats


def summary(stats: dict[str, int]) -> str:
    """The cleaning part of the run's `data:` line; empty when cleaning is off."""
    if not stats:
        return ""
    changed = ", ".join(f"{stats[name]} {name}" for name in [*RULE_NAMES, "mined"] if name in stats)
    found = stats.get("boilerplate", {})
    acted = (f"rules + {len(found['phrases'])} mined phrases" if found.get("acted") == "mining" else
             f"rules only, {found['reason']}" if found else "rules")
    return (f"cleaned {stats['rows_in']} rows (boilerplate: {acted}; changed: {changed}; dropped: "
            f"{stats['short_dropped']} short, "
            f"{stats['exact_dup_dropped']} exact and {stats['near_dup_dropped']} near duplicates) -> "
            f"{stats['rows_out']} rows; ")


def examples(doctors, n: int = 3, width: int = 160, mined: Mined | None = None,
             rule: str | None = None) -> list[tuple[str, str]]:
    """The first n answers that cleaning changes (that `rule` changes, when given), (before, after), each
    shortened to its first and last `width` characters: to show in --dry-run and scripts/inspect_data.py."""
    out = []
    for d in doctors:
        fired: set[str] = set()
        if isinstance(d, str) and d.strip() and (after := clean_answer(d, fired, mined)) != d and (
                rule is None or rule in fired):
            out.append((_ends(d, width), _ends(after, width) or "(empty: row dropped)"))
            if len(out) == n:
                break
    return out


def _ends(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 2 * width + 5 else f"{text[:width]} [...] {text[-width:]}"
