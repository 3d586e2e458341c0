"""Courtesy at the edges of an answer, told by its words: the greetings, thanks, "I read your query", wishes and
invitations that no rule and no mined list names.

    text = peel(text, keep)      # clean.clean_answer: with the rules, on every source, small ones included

Mining (medqa/data/boilerplate.py) needs a large source, and the phrase rules (medqa/data/patterns.py) know only
the phrasings someone wrote down. What every such sentence shares is its vocabulary: a small, closed set of words
(hello, thanks, query, concern, hope, helps, wishes, luck, regards, further, questions, ...) that medical advice
does not need. A unit (a sentence, or a short leading or trailing clause) at an edge is courtesy when

- it carries no medical content (`medical.is_medical`: no medical stem, drug ending or dose, no negation,
  and at the opening no condition or hedge), names aside, but never a hedge or function word as a name;
- it has a courtesy word that is not WEAK (a greeting, thanks, wishes, regards, "query", "hope", "luck", ...),
  and no more bare function words than other words ("Dear as it is, ..." opens a sentence about a price);
- fewer than half its words (UNKNOWN_SHARE) are outside COURTESY, the function words and names (a capitalised word
  after a greeting, a comma, "Dr", "from", ...); a clause, which may open advice, has none outside;
- after the rewrites (medqa/data/rewrites.py): an invitation's "do not" is no negation, "your worry" is empathy,
  a self-introduction's specialty is a title.

Or the unit opens with a frame ("Thanks for ...", "I have read ...", "As a cardiologist ...") followed by nothing
medical (medqa/data/frames.py, which also holds the vocabulary), or it is a lone name or a signature
(medqa/data/names.py). Never courtesy by vocabulary alone: a unit that opens with an advice verb ("Talk to a
friend ...") or is a question of more than QUESTION_WORDS words. Lost breaks at the edges are mended first
(medqa/data/glue.py).

A short unit with no medical content that stands before a courtesy unit goes with it (`_sandwiched`). Units
are peeled off the opening and the closing while there are any, and only there: the same words inside an
answer stay. A phrase in the recipe's `data.clean.keep` is never peeled.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medqa.data import frames, glue, names
from medqa.data.boilerplate import LEAD_CHARS, key, lead_clause, sentences
from medqa.data.frames import COURTESY, FUNCTION, GREET_WORD, PRONOUNS, TYPOS, WEAK
from medqa.data.medical import is_medical
from medqa.data.patterns import ADDRESS_IN_SENTENCE_RE, NO_END_WORDS
from medqa.data.rewrites import SPECIALTY, rewritten

MAX_WORDS = 30  # courtesy is short; a longer unit is left to the other rules
QUESTION_WORDS = 5  # a longer question at the edge is the doctor's ("Any fever with the cough?")
UNKNOWN_SHARE = 2  # fewer than one word in this many may be outside the vocabulary (and none medical): the
# medical lexicon is the guard, and new doctors bring new courtesy words (blind sets 13 and 14)
# The cheap first test (`_plainly_not`, run on every answer's edges) is stricter: at one in two it sent twice the
# units to the full test for a few more rows peeled (blinds 1 to 20: 184 against 194 rows keeping boilerplate)
# and cost a third more time on the 257k-row pass (tools/bench_clean.py: 107 s against 90 s allowed).
CHEAP_SHARE = 3
# A clause is peeled only with one of these: "Dear Ravi, ..." opens and "..., hope this helps." closes an answer,
# while "From your history, ..." and "Hope of recovery is good, ..." open medical sentences.
CLAUSE_ANCHORS = {
    "open": frozenset("""
hi hii hiii hie hello hellow helo hlo hallo hai hey heya hiya howdy dear greetings namaste namaskar welcome thanks
thank thankyou thanx thnx thx salaam dearest respected""".split()),
    "close": frozenset("""
thanks thank thankyou thanx thnx thx regards sincerely cheers bye goodbye hope hoping hopefully wishes wish wishing
bless blessed luck care cheerio""".split()),
}
_WORD_OK_RE = re.compile(rf"(?:{GREET_WORD}|{SPECIALTY})")  # the cheap test's words beyond the lexicon
# A quoted name ('Ask A Doctor'), not an apostrophe ("Don't"):
_QUOTED_RE = re.compile(r"(?<![A-Za-z])['\"\u2018\u201c][^'\"\u2019\u201d\n]{0,40}['\"\u2019\u201d](?![A-Za-z])")
# Whole words in lower case, but for one right after a greeting ("hi ravi"): the cheap test's words.
_LOWER_RE = re.compile(r"(?<![A-Za-z])(?<!\b[Hh]i )(?<!\b[Hh]ii )(?<!\b[Hh]ello )(?<!\b[Hh]ey )(?<!\b[Dd]ear )"
                       r"(?<!\b[Dd]r )(?<!\b[Dd]r\. )[a-z]+(?![A-Za-z])")
_VOCABULARY = COURTESY | FUNCTION  # the words a lost break may follow
# The cheap test's words: the placeholder ("chat doctor", masked by `key`), what the rewrites turn into courtesy, the
# lead-ins ("First of all", "With due respect") and a second opinion.
_ALLOWED = COURTESY | FUNCTION | set("chat doctor not dont don t forget worry worries anxiety fears tension discussion "
                                     "anxious worried scared stressed upset must scan test lab blood ray mri ct "
                                     "ultrasound usg ecg fee fees charges cost only first firstly due respect second "
                                     "opinion medical else divine healing step where doctors within hours"
                                     .split()) | set(TYPOS)


@lru_cache(maxsize=1 << 15)  # the same greetings and sign-offs open and close thousands of answers
def is_courtesy(unit: str, where: str = "open", strict: bool = False) -> bool:
    """True when `unit` is courtesy by the tests in the module docstring; `strict`: no word outside the
    vocabulary at all (a clause, which may open a medical sentence: "Thank your stars this was caught early,")."""
    if _plainly_not(unit) and not frames.may_open(unit):
        return False
    if names.LONE_NAME_RE.match(unit) and names.lone_name(unit, where):
        return True  # "Ms Iyer", "Olivia.", "Vikram ji,": the name a greeting left
    if where == "close" and names.signature(unit):
        return True  # "Ravi Nair, MBBS, MD (Medicine), Pune.": a signature with its "Dr" gone
    if names.degrees_line(unit):
        return True  # "MBBS DNB (Cardiology).": what a greeting rule left of "I am Dr. <name>, MBBS ..."
    raw = _QUOTED_RE.sub(" site ", unit) if ("'" in unit or '"' in unit) else unit  # a quoted service's name
    k = rewritten(key(raw))
    words = k.split()
    shouting = sum(map(str.isupper, raw)) > sum(map(str.islower, raw))  # in capitals no word stands out
    masked = set() if shouting else names.names(raw)
    if unit.rstrip().endswith("?") and len(words) > QUESTION_WORDS:
        return False  # "...NowWish to conceive soon?": a question asks about the illness, but "How are you?"
    if not words:
        return bool(unit.strip())  # "💐", "🙏": a pictograph alone is decoration
    bare_words = [w for w in words if w not in masked]  # a name is no medical word ("AskaMedic")
    if len(words) > MAX_WORDS or is_medical(" ".join(bare_words), where):
        return _framed(unit, bare_words, where, strict)
    if _framed(unit, bare_words, where, strict):
        return True
    if not any(w in COURTESY and w not in WEAK for w in words) or _advises(words):
        return False
    unknown = sum(not (w in COURTESY or w in FUNCTION or w.startswith("<") or w in masked) for w in words)
    asks = unit.rstrip().endswith("?")  # "Wish to conceive soon?": a short question is courtesy in known words only
    if unknown and (strict or asks or unknown * UNKNOWN_SHARE >= len(words)):
        return False
    bare = sum(w in FUNCTION and w not in COURTESY and w not in PRONOUNS for w in words)
    return bare <= len(words) - bare  # "Dear as it is," is not a greeting


_FRAMED_WORDS = COURTESY | FUNCTION | frames.OBJECTS | frames.SELF_WORDS  # all a strict frame's rest may hold
# "Ah, that sounds painful!", "Look after yourself, ok?", "... on DocNow, Bukola.": an interjection, a tag or
# a name is no second clause.
_INTERJECTIONS = ("ah", "oh", "aww", "hmm", "well", "ok", "okay", "firstly", "also", "so")
_INTERJECTION_RE = re.compile(rf"^(?i:{'|'.join(_INTERJECTIONS)}|oh dear)[,!]\s*"
                              r"|,\s*(?:(?i:ok|okay|dear|friend|sir|madam|mam|bro|buddy|beta|beti|ji|god willing"
                              r"|inshallah)"
                              r"|[A-Z][a-z]+)\W*$")
_BREAK_RE = re.compile(r"[,;:]\s|\s[-\u2013]\s")
# Lead-ins a frame may follow: "First of all don't panic.", "With due respect, I have read your post.", "If there is
# anything else, write back to me ...".
_LEAD_IN_RE = re.compile(r"^(?i:first of all|with due respect|to begin with|before i answer"
                         r"|if (?:there is|there's|you have|you need) anything else)[,!]?\s+")


def _framed(unit: str, words: list[str], where: str, clause: bool) -> bool:
    """Courtesy by its frame (medqa/data/frames.py): a unit of one clause that opens with a frame, followed by
    nothing medical (a strict frame: by courtesy words and the frame's objects only)."""
    if lead := _LEAD_IN_RE.match(unit):
        unit, words = unit[lead.end():], words[len(key(lead.group()).split()):]
    elif words[:1] and words[0] in _INTERJECTIONS and _INTERJECTION_RE.match(unit):
        words = words[1:]  # "Firstly, thanks for trusting."
    if not (hit := frames.framed(words, where)):
        return False
    kind, rest = hit
    # "Thanks for asking, the pain is from gas.": its clause may go, the sentence stays. A signature's commas
    # ("Consultant physician, Leeds General Hospital") part names, not clauses.
    if clause and (kind == "calm" or kind == "summary" and unit.rstrip().endswith(":")):
        return False  # "Do not worry dear, the metformin upset settles in a week.", "In brief: Cystitis.": the
        # sentence's own opening ("In brief, ..." is a lead-in)
    core = _INTERJECTION_RE.sub("", unit).rstrip(".!?,;: ")
    if not clause and kind not in ("self", "title", "calm", "disclaimer") and _BREAK_RE.search(core):
        return _all_framed(core, where)  # "Stay healthy, stay safe.", but not "Take care, the pain will settle."
    if len(rest) > 1 and all(w in FUNCTION and w not in COURTESY and w not in PRONOUNS for w in rest):
        return False  # "Dear as it is, ...": a frame's word followed by bare function words is no frame
    if kind in ("advert", "disclaimer"):  # the service's words: "... talk to a doctor", "... does not replace a GP"
        rest = [w for w in rest if w not in _SERVICE_WORDS and (kind == "advert" or w not in _DISCLAIMS)]
    if kind in ("title", "self"):  # "A paediatrician & neonatologist practising in Pune", "Infertility Specialist"
        rest = [w for w, then in zip(rest, rest[1:] + [""]) if not frames.is_specialist(w)
                and not (then in ("specialist", "surgeon", "physician", "consultant") and w not in FUNCTION)]
    if kind == "title":
        return all(w in frames.SELF_WORDS or w.startswith("<") for w in rest)
    if kind == "greeting" and 0 < len(rest) <= 2 and rest[0] not in _FRAMED_WORDS:
        rest = rest[1:]  # "Heyy SUNITA!": a greeted name in capitals, which `names` leaves alone
    if kind in ("back", "care"):  # "Send me a follow up query after one week.": the doctor's own follow-up
        rest = _WHEN_RE.sub(" ", " ".join(rest)).split()
    if frames.strict(kind) or clause:  # a clause may open advice: "Get well soon is what we want, but rest ..."
        if not all(w in _FRAMED_WORDS or w.startswith("<") for w in rest):
            return False
        rest = [w for w in rest if w not in frames.OBJECTS and (kind != "self" or w not in frames.SELF_WORDS)]
    return not is_medical(" ".join(rest), where)


_WHEN_RE = re.compile(r"\b(?:after|in|within|for) (?:a|an|one|two|three|four|five|six|seven|ten|few|0|a couple of) "
                      r"(?:hours?|days?|weeks?|months?)\b")


# What an advert sells and a disclaimer points to, not advice: doctors, consults, prescriptions, examinations.
_SERVICE_WORDS = frozenset("doctor doctors specialist specialists consult consults consultation gp physician "
                           "prescription prescriptions chats chat clinical examination examinations diagnosis visit "
                           "visits nhs physical medical".split())


_AND_RE = re.compile(r"^(?i:and|but|or)\s+")  # "Get well soon, and do write back ...": the clause after "and"
# "does not create a doctor-patient relationship", "... and start taking the medicines after consent"
_DISCLAIMS = frozenset("not no don t doesn patient relationship start taking the medicine medicines after consent"
                       .split())


def _all_framed(unit: str, where: str) -> bool:
    """Every clause of `unit` is courtesy by its own frame, a name (a town after a clinic), or courtesy words and a
    frame's objects only."""
    pieces = [_AND_RE.sub("", piece) for piece in _BREAK_RE.split(unit)]
    return all(_framed(piece, words := _unnamed(piece), where, True)
               or (names.LONE_NAME_RE.match(piece) and names.lone_name(piece, where))  # "..., Pune."
               or _tail(words) for piece in pieces)


def _tail(words: list[str]) -> bool:
    """A clause of courtesy words and a frame's objects only, with no more bare function words than others and
    nothing medical: "..., or earlier if needed", "..., a second opinion service", but not "Dear as it is, ..."."""
    bare = sum(w in FUNCTION and w not in COURTESY for w in words)
    return (all(w in _FRAMED_WORDS for w in words) and bare <= len(words) - bare
            and not is_medical(" ".join(words), "close"))  # after a frame: no hedge opening the answer


def _unnamed(piece: str) -> list[str]:
    """The words of `piece`'s key, rewritten, without its names ("MedAnswers" is no medical word)."""
    masked = names.names(piece)
    return [w for w in rewritten(key(piece)).split() if w not in masked]


# Verbs that open advice when no frame holds them: "Talk to a friend or family member about how you feel."
# ("Talk to me", "Feel free", "Take care", "Get well soon" are frames, looked at first).
_ADVICE_VERBS = frozenset("talk ask write contact share consult keep take get stay feel follow give send meet see "
                          "book visit try go come call tell review check remember discuss spend make let speak avoid "
                          "continue maintain practise practice limit cut quit stop start wear wash use eat drink walk "
                          "sleep rest join learn plan".split())
_SOFTENERS = frozenset("please kindly do just pls plz".split())


_TO_THE_DOCTOR = frozenset("me us my our i click rate rating vote stars thumbs feedback smiling blessed query queries "
                           "question questions".split())


def _advises(words: list[str]) -> bool:
    """The unit opens with a verb that gives advice, or its gerund (after "please", "kindly", "do"), and is not
    about the doctor or the site ("Let me know", "Ask me again", "Remember to click 'Helpful'"): "Talking to a
    trusted friend about how you feel is a good first step." is advice."""
    first = next((w for w in words if w not in _SOFTENERS), "")
    verb = first[:-3] if first.endswith("ing") else first
    advice = verb in _ADVICE_VERBS or verb[:-1] in _ADVICE_VERBS or verb + "e" in _ADVICE_VERBS  # "getting", "making"
    return advice and not _TO_THE_DOCTOR.intersection(words)


def _plainly_not(unit: str) -> bool:
    """A cheap first test, run on every answer's edges: a lower-case word that no courtesy unit can hold
    ("Drink plenty of water." fails at "plenty"). Words with capitals are left to the full test (names,
    "HelloThanks")."""
    words = _LOWER_RE.findall(unit)
    outside = [w for w in words if w not in _ALLOWED]
    if not outside or len(outside) * CHEAP_SHARE <= len(words) + 1:  # +1: a capitalised first word
        return False
    unknown = sum(not _WORD_OK_RE.fullmatch(w) for w in outside)
    return unknown > 0 and unknown * CHEAP_SHARE > len(words) + 1


_FIRST_WORD_RE = re.compile(r"\s*[^A-Za-z\s]*([A-Za-z]+)")


def _first_word_not(opening: str) -> bool:
    """The answer's first word, in capitals or not ("Otherwise", "IMPORTANTLY"), is one no courtesy unit opens
    with (no name can stand first). Run together ("HelloThanks") it is left to the full test."""
    found = _FIRST_WORD_RE.match(opening)
    first = found.group(1) if found else ""
    low = first.lower()
    if not first or names.NAME_FIRST_RE.match(opening):
        return False
    return (first[1:].islower() or first.isupper()) and low not in _ALLOWED and not _WORD_OK_RE.fullmatch(low)


EDGE_CHARS = 300  # a courtesy unit has at most MAX_WORDS words: the edge sentence is looked for this far in


def _edge(text: str, where: str) -> str | None:
    """The opening (or closing) sentence, whole: one that runs past the EDGE_CHARS looked at is not courtesy.
    None at once when the words up to the first (from the last) break already rule out courtesy: most
    answers, and the cheapest test, since both the sentence and its clause hold those words. An opening frame
    ("Ah, that sounds painful!", "My name is Dr. Rao, MD.") is looked for past the break."""
    piece = _up_to_break(text, where)
    if (where == "open" and (_plainly_not(piece) or _first_word_not(piece)) and not frames.may_open(text)
            and not names.degrees_line(piece.split(",")[0])  # "MB BCh BAO, MRCPI, practising in Nairobi."
            and not names.LONE_NAME_RE.match(piece)):  # "Pooja. <advice>": the name a greeting rule left
        return None
    if where == "close" and _plainly_not(piece) and not frames.may_open(piece):
        return None
    window = text[:EDGE_CHARS] if where == "open" else text[-EDGE_CHARS:]
    found = sentences(window)
    if not found:
        return None
    unit = found[0] if where == "open" else found[-1]
    whole = len(window) == len(text) or (len(found) > 1 and (text.startswith(unit) if where == "open" else
                                                             text.endswith(unit)))
    return unit if whole else None


_BREAKS = (". ", "! ", "? ", "\n", ", ")


def _up_to_break(text: str, where: str) -> str:
    """The text before its first break (after its last one, for the closing): str.find, not a regex."""
    if where == "open":
        return text[:min((i for b in _BREAKS if (i := text.find(b, 0, EDGE_CHARS)) >= 0), default=EDGE_CHARS)]
    start, end = max(0, len(text) - EDGE_CHARS), len(text)
    while (cut := max(text.rfind(b, start, end) for b in _BREAKS)) > 0 and text[:cut].endswith(NO_END_WORDS):
        end = cut  # "Dr. Ravi Nair signing off.": the title's full stop is no break
    return text[cut + 1:]


def _free(unit: str, keep: frozenset[str]) -> bool:
    """Not one of the recipe's `data.clean.keep` phrases."""
    return not keep or key(unit) not in keep


_MARK_INSIDE_RE = re.compile(r"[.!?](?=[A-Za-z])")


def _clause(clause: str | None, where: str) -> str | None:
    """The clause, when it holds one of CLAUSE_ANCHORS[where]; else None."""
    if not clause or _MARK_INSIDE_RE.search(clause):
        return None  # "US.Sorry," holds a sentence's end
    if names.TITLED_NAME_RE.match(clause):
        return clause  # "Ms Iyer, ...", but not "Sorry, but ..." nor "Also, ..."
    words = rewritten(key(clause)).split()
    return clause if any(w in CLAUSE_ANCHORS[where] for w in words) or frames.framed(words, where) else None


NEUTRAL_WORDS = 12  # a unit between the edge and a courtesy unit goes with the run when this short
_ANCHOR_HINTS = ("thank", "hope ", "regard", "welcome", "hello", "wish", "quer", "dear", "greet", "hi ", "thx")
SANDWICH_CHARS = 160  # the short unit and the courtesy after it stand this close to the edge


def _sandwiched(text: str, where: str, keep: frozenset[str]) -> str | None:
    """A short edge unit with no medical content that stands before a courtesy unit ("Ah, that sounds
    uncomfortable! I appreciate you sharing the reports. <advice>"): part of the courtesy run. Looked at only
    where the edge holds a courtesy word at all."""
    near = (text[:SANDWICH_CHARS] if where == "open" else text[-SANDWICH_CHARS:]).lower()
    if not any(h in near for h in _ANCHOR_HINTS):
        return None
    found = sentences(text[:EDGE_CHARS] if where == "open" else text[-EDGE_CHARS:])
    if len(found) < 3:
        return None  # the unit, the courtesy after it, and the answer
    unit, inner = (found[0], found[1]) if where == "open" else (found[-1], found[-2])
    k = key(unit)
    if len(k.split()) > NEUTRAL_WORDS or is_medical(k, where) or not _free(unit, keep):
        return None
    whole = text.startswith(unit) if where == "open" else text.endswith(unit)
    return unit if whole and is_courtesy(inner, where) else None


def _leading(sentence: str) -> str | None:
    """A sentence's short leading clause, up to a comma ("Hello dear,") or a colon ("My opinion is as follows:")."""
    colon = sentence.find(": ", 0, LEAD_CHARS)
    comma = lead_clause(sentence)
    return comma if comma and (colon < 0 or len(comma) <= colon) else sentence[:colon + 1] if colon > 0 else None


def trailing_clause(sentence: str) -> str | None:
    """A sentence's closing clause after its last comma ("..., hope this helps."); None without one, or when a
    conjunction ties it to the sentence ("..., so there is good hope.")."""
    cut = sentence.rfind(", ")
    clause = sentence[cut + 2:] if cut > 0 else None
    return None if clause is None or clause.split(" ", 1)[0].lower() in _CONJUNCTIONS else clause


_CONJUNCTIONS = frozenset("so and but because as since which while though although or if unless until when where "
                          "that then yet hence therefore".split())


def _signature_line(text: str, where: str) -> str | None:
    """The closing line when it is a signature with initials ("DR S. K. BOSE"), which sentences split."""
    line = text[text.rfind("\n") + 1:] if where == "close" else ""
    return line if line and len(line) < EDGE_CHARS and names.signature(line) else None


def _peel_once(text: str, where: str, keep: frozenset[str]) -> str | None:
    """`text` without its courtesy unit at `where` (a sentence, its clause, or a short unit before a courtesy
    run); None when that edge holds none."""
    edge = _edge(text, where)
    addressed = where == "open" and edge and ADDRESS_IN_SENTENCE_RE.match(edge)  # "Dear, the patches are thrush."
    cut = _leading if where == "open" else trailing_clause
    clause = _clause(cut(edge), where) if edge and not addressed else None
    unit = next((u for u in (edge, clause) if u and is_courtesy(u, where, u is clause) and _free(u, keep)), None)
    if not (unit := unit or _sandwiched(text, where, keep) or _signature_line(text, where)
            or (names.signature_block(text) if where == "close" else None)):
        return None
    if where == "open":
        return text[len(unit):].lstrip(" ,;:-\n")
    rest = text[:-len(unit)].rstrip(" ,;:-\n")
    if unit is clause and rest[-1:] not in (".", "!", "?"):
        rest += edge[-1] if edge[-1] in ".!?" else "."  # "Rest it, hope it helps." -> "Rest it."
    return rest


def peel(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Courtesy units off the opening (a sentence or its leading clause), then off the closing (a sentence or
    its trailing clause), while there are any. `keep` holds the keys (`boilerplate.key`) of phrases never
    to peel."""
    out = spaced = glue.spaced(text.strip(), _VOCABULARY)
    for where in ("open", "close"):
        while (rest := _peel_once(out, where, keep)) is not None:
            out = glue.spaced(rest, _VOCABULARY)  # what was glued to the unit peeled is at the edge now
    if out == spaced:  # nothing peeled: the text as it came, spaces and all
        return text
    return out[:1].upper() + out[1:] if out[:1].islower() else out
