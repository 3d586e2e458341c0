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
from medqa.data.dedup import duplicates

# ---------------------------------------------------------------------------------------- patterns
# Q&A sites and their spellings. Our own list: the sites the dialog datasets were scraped from and
# their peers, plus "Chat Doctor", the placeholder ai-medical-chatbot put where a doctor's name was.
# Not "HCM" (also hypertrophic cardiomyopathy), "1mg" (a dose) or "ask a doctor" (advice): those stay.
SITES = ["healthcare ?magic", "health ?care ?magic", "i ?cliniq", "chat ?doctor", "practo", "lybrate",
         "just ?answer", "web ?md", "docs ?app", "zocdoc", "medhelp", "healthtap", "tata ?1mg", "apollo ?24[ /]?7",
         "doctorspring", "teladoc"]
# Cheap substring checks before the regular expressions: most answers hold none of these.
SITE_HINTS = ("magic", "cliniq", "chatdoctor", "chat doctor", "practo", "lybrate", "answer", "webmd", "web md",
              "docsapp", "docs app", "zocdoc", "medhelp", "healthtap", "1mg", "apollo", "doctorspring", "teladoc")
SITE = r"(?:www\.)?(?:" + "|".join(SITES) + r")(?:\.com|\.in|\.org)?"
SITE_RE = re.compile(r"(?i)(?:\b(?:on|at|from|to|via|through|in|with|using)\s+)?\b" + SITE + r"\b")

# Domains and e-mails start only where their run of name characters starts (the lookbehinds): a start
# inside "a.a.a..." or "a-a-a..." rescanned the rest of the run from every position, quadratic in the
# run's length (25 s for 16 KB, issue 29); from its first character the scan is one pass.
URL = (r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|in|co\.uk|io|info)"
       r"(?:/[^\s<>\"')\]]*)?\b")
EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
# Digit groups joined by single spaces, hyphens or dots, optionally +country code or (area code);
# only sequences of 10 to 15 digits count as a phone number (doses, ranges and dates have fewer).
PHONE = (r"(?<![\w/.,])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?)?(?:\d{10,15}|\d{2,8}(?:[ .-]\d{2,8}){1,4})"
         r"(?![\w/]|[.,]\d)")
DOMAIN_HINTS = ("@", "http", "www", "WWW", ".com", ".org", ".net", ".in", ".io", ".info", ".co.uk", ".COM", ".ORG")
DIGITS_RUN_RE = re.compile(r"\d{2}[\d .()-]{7,}\d")
CONTACT_LEAD_RE = re.compile(r"(?:\b(?:call|contact|reach|e-?mail|mail|write to|visit|see|check|click|ring|whatsapp|"
                             r"message|text)(?: me| us)?(?: on| at| to)?\s+|\b(?:on|at|via|to)\s+|"
                             r"\b(?:details|link|website|web ?site|more info(?:rmation)?|source|ref(?:erence)?)"
                             r"\s*:\s*)?"
                             f"(?P<c>{EMAIL}|{URL}|{PHONE})", re.I)
URL_OR_EMAIL_RE = re.compile(f"{URL}|{EMAIL}", re.I)
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[ \t]+")

# "For more information consult a dermatologist online --> <url>": iCliniq's closing advert.
REFERRAL_RE = re.compile(
    r"(?i)(?:\bfor (?:more|further)(?: information| info| details| queries| doubts)?(?: about [\w ]{1,40}?)?[,:]?\s+)?"
    r"\b(?:consult|ask|contact|revert(?: back)?(?: to)?|talk to|chat with)\s+(?:an? |the |your )?[\w -]{1,60}?\s+"
    r"online\s*(?:-+>|→|:)\s*(?:\S+)?[.]?")

HELLO = r"(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|dear)"
ADDRESS = r"(?:(?:\s+(?:there|dear|sir|madam|ma'?am|friend|user|patient|mr\.?|mrs\.?|ms\.?))*(?:\s+[A-Z][a-z]+)?)"
THANKS = (r"(?:thanks?|thank you|many thanks)(?: (?:a lot|very much|so much))? for (?:\w+ ){0,4}?"
          r"(?:query|queries|question|questions|details|information|trust|contacting|posting|writing|asking|"
          r"using|choosing|consulting|sharing|reaching out|message|post)(?: [\w'-]+(?:\.com|\.in)?){0,3}?")
READ = (r"I(?: have|'ve| had)? (?:gone through|went through|read|reviewed|understood|noted) (?:your|the) "
        r"(?:query|question|post|message|concern|history|details|case)s?(?: (?:in detail|carefully|thoroughly|"
        r"and (?:can |do )?understand(?:ood)? (?:your|the) concerns?))*")
UNDERSTAND = r"I (?:can |do |fully )?understand your concerns?"
INTRO = r"(?i:I am|I'm|this is|myself) (?i:dr\.?|doctor) [A-Z](?:\.|[\w'-]*)(?: [A-Z](?:\.|[\w'-]*)){0,3}"
WELCOME = r"(?:(?:hi|hello)(?:,| and)? )?(?:welcome(?: back)? to|greetings from) [\w .-]{1,40}?"
# One leading sentence or clause that is greeting only; the greeting rule strips them one after another.
GREETING_RE = re.compile(
    rf"\A\s*(?:(?i:{HELLO}){ADDRESS}|(?i:{THANKS})|(?i:{WELCOME})|(?i:{READ})|(?i:{UNDERSTAND})|{INTRO})"
    r"\s*(?:[.!,;:\n]+|-+(?!>)|\Z)\s*")

NAME = r"(?:(?i:dr\.?|doctor)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|(?i:chat ?doctor))"
TITLE = (r"(?:,?\s*(?:\(?(?i:MBBS|MD|MS|DNB|DM|FRCS|MRCP|DGO|DCH|BDS|MDS|PhD|consultant [a-z ]{3,30}|"
         r"general (?:physician|practitioner|surgeon)|family physician|[a-z]+ologist|[a-z]+ (?:physician|surgeon|"
         r"specialist))\)?\.?))")
WISH = (r"(?i:(?:best |kind |warm |with )?regards?|thanks(?: and| &) regards|sincerely|yours (?:truly|sincerely)|"
        r"take care(?: of yourself)?(?: and stay (?:safe|healthy))?|stay (?:safe|healthy|blessed)|good luck|"
        r"god bless(?: you)?|get well soon|"
        r"(?:i )?wish(?:ing)? (?:you|your \w+|him|her|them) (?:a |an )?(?:good|best of|speedy|quick|early|fast|"
        r"very good|excellent|sound)[\w ]{0,30}|all the (?:very )?best[\w ]{0,20}|"
        r"(?:i )?hope (?:this|that|it|my (?:answer|reply|advice)|i (?:have |was able to )?(?:answered|helped|"
        r"cleared|addressed|solved))[^.!?\n]{0,80}|"
        r"(?:please )?(?:let me know|feel free|do not hesitate|don't hesitate|you can (?:ask|write|contact))"
        r"[^.!?\n]{0,80}(?:quer|question|doubt|ask|contact|write|help|further|more)[^.!?\n]{0,40}|"
        r"(?:any|for) (?:further|more|other) (?:quer|question|doubt)[^.!?\n]{0,60}|thanks|thank you)")
# The trailing run of sign-off pieces: wishes and names with titles, in any order ("Regards, Dr. <name>, MD").
PIECE = rf"(?:{WISH}|{NAME}{TITLE}*)"
SIGNOFF_RE = re.compile(rf"\s*{PIECE}(?:[\s,.!:;-]+{PIECE})*[\s.!,;:-]*\Z")
BOUNDARY_RE = re.compile(r"[.!?\n,;]")
# Every sign-off piece holds one of these (lower case): an ending without any has no sign-off.
SIGNOFF_HINTS = ("regard", "sincerely", "yours", "care", "stay", "luck", "bless", "well soon", "wish", "best",
                 "hope", "let me know", "feel free", "hesitate", "you can", "quer", "question", "doubt", "thank",
                 "dr.", "dr ", "doctor")
SIGNED_NAME_RE = re.compile(rf"(?:{WISH}[\s,.!:-]+)?{NAME}{TITLE}*[\s.!,;:-]*\Z")

DOCTOR_CLAIM_RE = re.compile(
    r"(?i)\b(?:I am|I'm|this is|myself|as)\s+(?:a |an |your )?(?:(?:qualified|licensed|practising|"
    r"practicing|consultant|senior|treating)\s+)?(?:doctor|physician|dr\b\.?|surgeon|[a-z]+ologist|"
    r"general practitioner|gp\b)|\bin my (?:clinical )?practice\b|\bmy patients\b")

# Mojibake: UTF-8 read as Windows-1252, as scraped pages often are. The common sequences, mapped back.
MOJIBAKE = {"â€™": "'", "â€˜": "'", "â€œ": '"', "â€\x9d": '"', "â€": '"', "â€“": "-", "â€”": "-", "â€¦": "...",
            "Ã©": "é", "Ã¨": "è", "Ã¶": "ö", "Ã¼": "ü", "Ã¤": "ä", "Ã±": "ñ", "Â°": "°", "Âµ": "µ", "Â ": " ",
            "\u00a0": " ", "\u200b": "", "\ufeff": ""}
MOJIBAKE_CHARS = ("\u00e2", "\u00c3", "\u00c2", "\u00a0", "\u200b", "\ufeff")  # cheap tests before the regexes
SPACE_PUNCT = (" .", " ,", " ;", " :", " !", " ?", "\t")
MOJIBAKE_RE = re.compile("|".join(sorted(map(re.escape, MOJIBAKE), key=len, reverse=True)))
STRAY_DASHES_RE = re.compile(r"(?m)^[ \t]*-{2,}(?!>)[ \t]*|[ \t]*-{2,}(?!>)[ \t]*$")  # "--" opening or closing a line
DOUBLE_DASH_RE = re.compile(r"(?<=\S) -{2,}(?!>) (?=\S)")  # " -- " inside a sentence: a dash, written " - "
SPACES_RE = re.compile(r"[ \t]{2,}")
SPACE_BEFORE_PUNCT_RE = re.compile(r"[ \t]+(?=[.,;:!?](?:\s|\Z))")
EMPTY_PARENS_RE = re.compile(r"\(\s*\)")
BLANK_LINES_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


# ---------------------------------------------------------------------------------------- rules
def fix_debris(text: str) -> str:
    """Encoding and whitespace debris: mojibake ("â€™" -> "'"), stray "--", repeated spaces and blank lines."""
    if any(ch in text for ch in MOJIBAKE_CHARS):
        text = MOJIBAKE_RE.sub(lambda m: MOJIBAKE[m.group()], text)
    if "--" in text:
        text = DOUBLE_DASH_RE.sub(" - ", STRAY_DASHES_RE.sub("", text))
    if "(" in text:
        text = EMPTY_PARENS_RE.sub("", text)
    if "  " in text or "\t" in text:
        text = SPACES_RE.sub(" ", text)
    if any(p in text for p in SPACE_PUNCT):
        text = SPACE_BEFORE_PUNCT_RE.sub("", text)
    if "\n" not in text:
        return text.strip()
    text = BLANK_LINES_RE.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.strip().split("\n"))


def strip_referral(text: str) -> str:
    """"(For more information) consult a <specialist> online --> <url>", wherever it stands."""
    return REFERRAL_RE.sub("", text) if "online" in text else text


def _is_contact(found: str) -> bool:
    """A URL or e-mail address (has letters), or a digit run long enough to be a phone number."""
    return any(c.isalpha() for c in found) or 10 <= sum(c.isdigit() for c in found) <= 15


def strip_contacts(text: str) -> str:
    """URLs, bare domains, e-mail addresses and phone numbers (10 to 15 digits), each with the word that
    leads to it ("at", "call", "visit", "details:"); a sentence left with 5 words or fewer ("Call me or mail.")
    goes too."""
    if not _may_hold_contact(text):
        return text
    out = []
    for sentence in SENTENCE_END_RE.split(text):
        if _may_hold_contact(sentence):
            new = CONTACT_LEAD_RE.sub(lambda m: "" if _is_contact(m.group("c")) else m.group(), sentence)
            sentence = "" if new != sentence and word_count(fix_debris(new)) < 6 else new
        out.append(sentence)
    return " ".join(s for s in out if s)


def _may_hold_contact(text: str) -> bool:
    """A cheap test first: most answers hold no link and no long run of digits."""
    return any(h in text for h in DOMAIN_HINTS) or bool(DIGITS_RUN_RE.search(text))


def strip_greeting(text: str) -> str:
    """Platform greetings and thanks at the start: "Hi.", "Welcome to <site>.", "Thanks for your query.",
    "I have gone through your query.", "I am Dr. <name>." One after another while the answer opens with one."""
    out = text
    while (m := GREETING_RE.match(out)) and m.end() > 0:
        out = out[m.end():]
    return _capitalise(out) if out != text else text


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
    """Where the trailing sign-off sentence starts: the first sentence or clause boundary in the last 400
    characters from which SIGNOFF_RE matches to the end; None without one."""
    tail = text[-200:].lower()
    if not any(h in tail for h in SIGNOFF_HINTS):
        return None
    lo = max(0, len(text) - 400)
    starts = ([0] if lo == 0 else []) + [m.end() for m in BOUNDARY_RE.finditer(text, lo)]
    return next((s for s in starts if SIGNOFF_RE.match(text, s)), None)


def strip_sites(text: str) -> str:
    """Q&A site names ("on HealthcareMagic", "iCliniq") wherever they stand, with their preposition."""
    low = text.lower()
    return SITE_RE.sub("", text) if any(h in low for h in SITE_HINTS) else text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


# The order matters: debris first so patterns see clean text; referrals before contacts (the referral
# owns its URL); greetings before site names ("Welcome to <site>." goes whole).
RULES: dict[str, Callable[[str], str]] = {
    "debris": fix_debris,
    "referral": strip_referral,
    "contact": strip_contacts,
    "greeting": strip_greeting,
    "signoff": strip_signoff,
    "site": strip_sites,
}


def word_count(text: str) -> int:
    """Words separated by white space (after fix_debris no token is punctuation alone)."""
    return len(text.split())


def clean_answer(text: str, fired: set | None = None) -> str:
    """Every rule once, in order, then debris again to tidy the gaps removals left. `fired` collects the
    names of the rules that changed something."""
    for name, rule in RULES.items():
        new = rule(text)
        if new != text and fired is not None:
            fired.add(name)
        text = new
    return fix_debris(text)


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


# Rates reported on generated answers by medqa/evaluation/safety.py: the same patterns that clean the training data.
DETECTORS: dict[str, Callable[[str], bool]] = {
    "greeting": has_greeting,
    "signed_name": has_signed_name,
    "url_or_site": has_url_or_site,
    "doctor_claim": claims_doctor,
}


# ---------------------------------------------------------------------------------------- rows
def clean_rows(patients: list, doctors: list, min_words: int) -> tuple[list[int], list, list, Counter]:
    """Clean every row; drop rows whose answer is now shorter than `min_words`. Returns (kept indices,
    patients, doctors, rows changed per rule and `short_dropped`). Non-text or empty cells pass through
    untouched: data.prepare counts them as empty."""
    counts: Counter = Counter({name: 0 for name in RULES} | {"short_dropped": 0})
    keep, out_p, out_d = [], [], []
    for i, (p, d) in enumerate(zip(patients, doctors)):
        fired: set[str] = set()
        if isinstance(d, str) and d.strip():
            d = clean_answer(d, fired)
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
    return keep, out_p, out_d, counts


def clean_columns(patients: list, doctors: list, cfg: CleanCfg) -> tuple[list, list, dict[str, int]]:
    """The recipe's `data.clean` on two columns: rules, then duplicates. Returns the kept rows' columns and
    the counts: rows changed per rule, rows dropped as short, as exact and as near duplicates, rows in and out."""
    keep, patients_out, doctors_out, counts = clean_rows(patients, doctors, cfg.min_answer_words)
    exact, near = duplicates(patients_out, doctors_out, cfg.dedup, cfg.near_threshold)
    kept = [i for i in range(len(keep)) if not exact[i] and not near[i]]
    stats = {"rows_in": len(patients), **counts, "exact_dup_dropped": sum(exact), "near_dup_dropped": sum(near),
             "rows_out": len(kept)}
    return [patients_out[i] for i in kept], [doctors_out[i] for i in kept], stats


def summary(stats: dict[str, int]) -> str:
    """The cleaning part of the run's `data:` line; empty when cleaning is off."""
    if not stats:
        return ""
    changed = ", ".join(f"{stats[name]} {name}" for name in RULES)
    return (f"cleaned {stats['rows_in']} rows (changed: {changed}; dropped: {stats['short_dropped']} short, "
            f"{stats['exact_dup_dropped']} exact and {stats['near_dup_dropped']} near duplicates) -> "
            f"{stats['rows_out']} rows; ")


def examples(doctors, n: int = 3, width: int = 160) -> list[tuple[str, str]]:
    """The first n answers that cleaning changes, (before, after), each shortened to its first and last
    `width` characters: what the rules did, to show in --dry-run and scripts/inspect_data.py."""
    out = []
    for d in doctors:
        if isinstance(d, str) and d.strip() and (after := clean_answer(d)) != d:
            out.append((_ends(d, width), _ends(after, width) or "(empty: row dropped)"))
            if len(out) == n:
                break
    return out


def _ends(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 2 * width + 5 else f"{text[:width]} [...] {text[-width:]}"
