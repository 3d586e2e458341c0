"""Names where names stand at an answer's edges: the patient's after a greeting ("Hi Ravi,"), the doctor's in a
signature ("Ravi Nair, MBBS, MD (Medicine), Pune", "DR S. K. BOSE"), a site's after "on", "at", "to" ("AskaMedic"),
and the name a greeting rule left alone ("Olivia.", "Ms Iyer,"). medqa/data/courtesy.py leaves names out of
its medical and vocabulary tests, and peels a lone name or a signature at the edge.

    masked = names(unit)          # lower-cased words that stand where a name does
    lone_name(unit, where)        # capitalised words and a title only, none of them a known word
"""

from __future__ import annotations

import re
from functools import lru_cache

from medqa.data.boilerplate import key
from medqa.data.frames import COURTESY, FUNCTION, GREET_WORD, WEAK, is_specialist
from medqa.data.medical import HEDGE, NEGATION, is_medical
from medqa.data.patterns import DEGREES

# Words after which a capitalised word is a name ("Hi Ravi", "Get well soon, Ravi", "Dr. Ravi Sharma").
NAME_AFTER = (COURTESY - WEAK) | frozenset("dr doctor mr mrs ms miss respected good morning afternoon evening you "
                                           "team from in at trusting choosing using on to with contacting".split())

_GREET_WORD_RE = re.compile(GREET_WORD)  # "Hiee", "Deaaar"
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'.]*|,")
GREETS = frozenset("hi hii hello hey dear respected mr mrs ms dr".split())  # a name follows, capitals or not

# A name alone, with at most a title: "Olivia.", "Ms Iyer", "Vikram ji,".
LONE_NAME_RE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Dear|Respected|My dear|MY DEAR|Brother|Sister)\.? )?"
                          r"[A-Z][a-z]+(?: (?:[A-Z]')?[A-Z][a-z]+){0,2}(?: and [A-Z][a-z]+)?(?: ji)?[,.!]?$")  # "Kevin
# O'Neill", "Priya and Kavita,"
# A name, then degrees (one of them known), then more capitalised words only: specialties, hospitals, cities.
_SIGNATURE_RE = re.compile(rf"(?:Dr\.? ?)?[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+){{0,2}},? ?\(?(?:{DEGREES})\b"
                           r"(?:[ ,()&/.-]+(?:[A-Z][A-Za-z.]*|at|in|of|and))*[ ,.()]*$")
_NAMED_TITLE_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:[A-Za-z]+ ){0,2}(?:physician|surgeon|specialist|"
                             r"consultant|\w+(?:ologist|iatrist|iatrician|ician))\.?$")  # "Ramesh, general physician."
# "DR S. K. BOSE", "DR MARY THOMAS", "DR. ASHOK NAIR MBBS MS(Ortho)", "DR. ASHOK NAIR, Mind Wellness Clinic, Karachi"
_SHOUTED_DR_RE = re.compile(r"DR\.? ?[A-Z]+\.?(?: [A-Z]+\.?){0,3}(?:[ ,()&/.-]+(?:[A-Z][A-Za-z.]*|at|in|of|and))*"
                            r"[ ,.()]*$")
# Where the doctor works, a signature's last line: "Apollo Hospital, Hyderabad.", "Aga Khan University Hospital".
_PLACE_RE = re.compile(r"[A-Z][\w'.]*\s(?:(?:[A-Z][\w'.]*|and|of|&)\s){0,4}"  # "Kolkata Skin and Hair Clinic."
                       r"(?:Hospital|Clinic|Medical Cent(?:er|re)|Nursing Home|Institute)"
                       r"(?:,\s*[A-Z][a-z]+)*\.?$")
# A signature's lines on their own: the degrees ("MBBS DNB (Cardiology)."), the initials ("S. K.").
_DEGREES_LINE_RE = re.compile(rf"\(?(?:{DEGREES})\b(?:[ ,()&/.-]+(?:[A-Z][A-Za-z.]*|in|of|and|from|at|practi[sc]ing"
                              r"|consultant"
                              r"|senior|[a-z]+(?:ologist|iatrist|iatrician|ician)|physician|surgeon|specialist))*"
                              r"[ ,.()]*$")  # "MBBS, DCH, consultant psychiatrist."
_INITIALS_RE = re.compile(r"(?:[A-Z]\.\s?){1,3}$")
_SHOUTED_RE = re.compile(r"\b[A-Z]{3,}\b")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_DOTTED_RE = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\b)|(?<=\b[A-Z])\.(?=[A-Z]\.)")
_DEGREE_WORDS = frozenset(DEGREES.replace("\\", "").split("|"))


def degrees_line(unit: str) -> bool:
    """A signature's line of degrees ("MBBS DNB (Cardiology)."), not a shouted sentence that opens with a word
    spelt like one ("DO NOT DRIVE.")."""
    unit = _DOTTED_RE.sub("", unit) if "." in unit else unit  # "M.B.B.S., M.D."
    outside = _BRACKETS_RE.sub("", unit) if "(" in unit else unit  # "MS (ENT)": a bracket names the field
    return bool(_DEGREES_LINE_RE.match(unit)) and all(
        w in _DEGREE_WORDS or is_specialist(w.lower()) for w in _SHOUTED_RE.findall(outside))


_SIGNATURES = (_SIGNATURE_RE, _NAMED_TITLE_RE, _SHOUTED_DR_RE, _PLACE_RE, _INITIALS_RE)

# A signature block's lines, in any case: the name with its title ("dr pooja bansal", "DR. VIKRAM SETHI"), the
# degrees, a title ("Ex-Registrar, Apollo Clinic", "CONSULTANT CARDIOLOGIST"), the hospital, the town and country,
# a registration number ("Reg. No. 71738", "DMC-R-11873"), the years of practice; parts of one line may be set off
# by "|".
_NAME_LINE_RE = re.compile(r"(?i)(?:dr\.?\s*|doctor\s+)[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,3}\.?$")
_TITLE_LINE_RE = re.compile(r"(?i)(?:ex-?\s?)?(?:(?:consultant|senior|chief|head|junior|registrar|resident|general"
                            r"|family|internal|clinical|visiting)\s+)*(?:\w+(?:ologist|iatrist|iatrician|ician)"
                            r"|physician|surgeon|specialist|registrar|consultant|dentist|practitioner)"
                            r"(?:,\s*[\w.' &-]+){0,3}\.?$")
_PLACE_LINE_RE = re.compile(r"(?i)[\w.' &-]{2,60}(?:hospital|clinic|cent(?:er|re)|college|institute|nursing home"
                            r"|polyclinic|infirmary)(?:,\s*[a-z][\w ]{1,30}){0,2}\.?$")
_REGISTRATION_RE = re.compile(r"(?i)(?:reg(?:istration)?\.?\s*(?:no\.?|number)?|mci\s*reg\w*\.?|[a-z]{2,4}-r)"
                              r"[\s:.-]*[\w-]*\d{3,}\.?$")
_YEARS_LINE_RE = re.compile(r"(?i)\d+\+?\s*(?:years?|yrs)\.?\s*(?:of\s+)?(?:practice|experience|exp)\.?$")
_NAME_ENDS_RE = re.compile(r"(?i)[.!?]\s+((?:dr\.?\s*|doctor\s+)[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,3}\.?)\s*$")
_TOWN_LINE_RE = re.compile(r"(?i)[a-z]+(?:[ ,]+[a-z]+){0,3}\.?$")  # "Hyderabad, Egypt", "kochi"


def signature_block(text: str) -> str | None:
    """The answer's closing lines when they are a signature block that opens with the doctor's name (its first
    line may end a sentence first: "HOPE THIS HELPS. Dr. Sneha Kulkarni"); None otherwise."""
    lines = text.split("\n")
    start = len(lines)
    while start > 1 and (not lines[start - 1].strip() or _block_line(lines[start - 1].strip())):
        start -= 1
    named = _NAME_ENDS_RE.search(lines[start - 1]) if 0 < start < len(lines) else None
    if named:  # the name ends the line before the block's other lines
        return "\n".join([named.group(1), *lines[start:]])
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
    if first is None or not _NAME_LINE_RE.match(lines[first].strip()) or first == len(lines) - 1:
        return None  # one line alone is for `signature`, which knows more forms of it
    return "\n".join(lines[start:])


BLOCK_LINE_CHARS = 120  # a signature's line is short; a longer one is the answer's


def _block_line(line: str) -> bool:
    if len(line) > BLOCK_LINE_CHARS:
        return False
    parts = [p.strip() for p in line.split("|")]
    return all(p and _signature_part(p) for p in parts)


def _signature_part(part: str) -> bool:
    if _NAME_LINE_RE.match(part) or degrees_line(part.upper()) or signature(part):
        return True
    if _TITLE_LINE_RE.match(part) or _PLACE_LINE_RE.match(part) or _REGISTRATION_RE.match(part):
        return True
    if _YEARS_LINE_RE.match(part):
        return True
    words = key(part).split()
    words = [w for w in words if w != "online"]  # "NileMed Online": the service a doctor signs for
    return bool(_TOWN_LINE_RE.match(part)) and not any(w in COURTESY or w in FUNCTION for w in words) and not (
        is_medical(" ".join(words), "close"))


def signature(unit: str) -> bool:
    """A signature or one of its lines, without its "Dr": name and degrees, name and title, a shouted name,
    the hospital, the degrees, the initials."""
    return any(r.match(unit) for r in _SIGNATURES) or degrees_line(unit)
_TITLE_WORDS = frozenset("mr mrs ms miss dr sir madam dear respected my ji brother sister and".split())
# A titled name as a clause: "Ms Iyer, ...", but not "Sorry, but ..." nor "Also, ...".
TITLED_NAME_RE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Sir|Madam|Dear|Respected|My dear|MY DEAR|Brother|Sister)\.? "
                            r"[A-Z][a-z]+"
                            r"(?: [A-Z][a-z]+)?(?: ji)?|[A-Z][a-z]+ (?:ji|madam|sir|ma'am)"
                            r"|[A-Z][a-z]+ and [A-Z][a-z]+),$")  # "Suresh madam,", "Priya and Kavita,"


def lone_name(unit: str, where: str) -> bool:
    """Capitalised words with at most a title, none of them a courtesy, function or medical word."""
    bare = [w for w in key(unit).split() if w not in _TITLE_WORDS]
    known = [w for w in bare if w in COURTESY or w in FUNCTION or w in _NOT_NAMES]
    return bool(bare) and not known and not is_medical(" ".join(bare), where)


# A name can stand first where a greeting rule took the greeting before it: "Lucia I read your mail.", "Meera
# how r u."
NAME_FIRST_RE = re.compile(r"[A-Z][a-z]+(?= (?:I|how|ji|madam|sir)\b)")  # "Suresh madam, thank you ..."
_CAMEL_PIECES_RE = re.compile(r"[a-z]+")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_NOT_NAMES = FUNCTION | frozenset(NEGATION) | frozenset(HEDGE.split())  # "Thanks for asking If you have thoughts"


def _camel(tok: str) -> str:
    """A run-together name in the pieces `key` splits it into: "MedHelpDesk" -> "med help desk"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tok).lower()


@lru_cache(maxsize=1 << 14)  # courtesy asks for the same units' names again
def names(unit: str) -> frozenset[str]:
    """The lower-cased capitalised words that stand where a name does: after a greeting, a comma, "Dr", or
    another name ("Hello Ravi Sharma,"); degrees in capitals after a name ("Dr. Ravi, MBBS")."""
    out, prev_name = set(), False
    tokens = _WORD_RE.findall(unit)
    for i, tok in enumerate(tokens):
        before = tokens[i - 1].lower().rstrip(".") if i else ""
        greeted = before in GREETS or bool(_GREET_WORD_RE.fullmatch(before))
        capitalised = tok[:1].isupper() and (not tok.isupper() or len(tok.strip(".'")) <= 5)  # "Ravi", "MBBS"
        after_trigger = capitalised and (before in NAME_AFTER or greeted or before == "," or prev_name) or (
            before == "the" and bool(_CAMEL_RE.search(tok)))  # "the AskaMedic family", but not "the EEG"
        is_name = (i == 0 and bool(NAME_FIRST_RE.match(unit))) or (
            i > 0 and (after_trigger or (tok.islower() and greeted)))  # "hi ravi,": names lose capitals too
        # "query, Sleep at a fixed time", "Hello mommy, Sleep early.": a medical word after a comma opens a clause,
        # but "Ravi, Cardiologist" goes on a signature
        opens_clause = before == "," and is_medical(tok.lower()) and not is_specialist(tok.lower())
        if is_name and tok.lower() not in _NOT_NAMES and not opens_clause:
            out.add(tok.lower().strip(".'"))
            pieces = _CAMEL_PIECES_RE.findall(tok.lower() if tok.islower() else _camel(tok))
            then = tokens[i + 1].rstrip(".") if i + 1 < len(tokens) else ""
            if len(pieces) > 1 and then.islower() and then not in (COURTESY | FUNCTION) and is_medical(pieces[-1]):
                pieces.pop()  # "at MyClinicOnlineHair fall after typhoid": a sentence glued on, not the name's end
            out.update(pieces)
        prev_name = is_name or (prev_name and tok == ",")
    return frozenset(out)
