"""Sentence breaks that scraping lost at an answer's edges, put back so that the edge rules see whole units:
"HelloThanks for query", "Hi.Thanks for the query.Your ...", "HI DEAR FRIENDCetirizine", "Good afternoon to
uLet me know ...", "Thanks for asking Your child's ...", "Hello Ms IyerFollow up ...".

    text = unglue(text)               # clean.strip_greeting: a full stop after a greeting or site name
    text = spaced(text, vocabulary)   # courtesy.peel: spaces and line breaks at both edges

Only at the edges, and only after words that greetings and sign-offs are made of: "iCliniq", "McDonald" and
"HealthcareMagic" are names, not two sentences.
"""

from __future__ import annotations

import re

from medqa.data.boilerplate import PICTOGRAPH_RE

# Words run together where a line break or full stop was lost: "HelloThanks for query", "Healthcare MagicIn
# PCOD", "HCMAccording". Only after these words, so "iCliniq" or "McDonald" stay as they are.
GLUE_RE = re.compile(r"(?:\b(?i:hi|hello|hey|dear|thanks|welcome|regards|out|query|question|concern|us|here|forum)"
                     r"|(?i:magic|cliniq|hcm|doctor|online))"
                     r"(?=[A-Z][a-z]|[AI] [a-z0-9])"  # "HCMA swollen toe", "HelloI have read", "dearA 24 hour"
                     r"|\b(?i:hello|hi|dear)(?=thank)")  # "Hellothanks for query"


# A site's name run into a drug's form or "HCM" the illness: "MedQuery HubTab. Pantoprazole 40 mg",
# "CureLineHCM, a thickened heart muscle".
_FORM_GLUED_RE = re.compile(r"(?<=[a-z])(?=(?:Tab|Cap|Syp|Inj)\. [A-Z]|HCM\b)")


def unglue(text: str, head: int = 120) -> str:
    """A full stop where a greeting or site name runs into the next sentence: "HelloThanks for query" ->
    "Hello. Thanks for query", "Healthcare MagicIn PCOD" -> "Healthcare Magic. In PCOD". Opening only."""
    start = text[:head]
    if GLUE_RE.search(start):
        start = GLUE_RE.sub(r"\g<0>. ", start)
    if "Tab." in start or "Cap." in start or "Syp." in start or "Inj." in start or "HCM" in start:
        start = _FORM_GLUED_RE.sub(". ", start)
    if _GLUED_RE.search(start):  # "Welcome to HealthcareMagic.Painful blisters ...": the greeting ends there
        start = _GLUED_RE.sub(_space, start)
    return start + text[head:] if start != text[:head] else text


# "Hi.Thanks for the query.Your ..." and "Hello,I have ...": scraped text often loses the space after a mark.
# "Welcome .Cap." where a rule took the site's name, "loss.-- Dr. Obi", "Hello!!The lump ...", "'HealthcareMagic'.Wear
# soft ..." and "Srinivasan.THANKS FOR ..." too.
_GLUED_RE = re.compile(r"([A-Za-z0-9 '\")\u2019\u201d][.!?,:]+)([A-Z][a-z]|[AI] |-{2} ?[A-Z]|[A-Z]{2,}(?![a-z]))")
# "HI DEAR FRIENDCetirizine": a word in capitals run into the next sentence (a lost line break). Not after a
# capitalised word: "AskaMedic" and "HealthcareMagic" are names. "UTIs" does not match, "FRIENDDo not" does.
_RUN_ON_RE = re.compile(r"\b([A-Z]{2,})(?=[A-Z][a-z]{2,}|(?:Do|If|In|It|As|No|So|My|We|Go|Be|At|On|An|Or|To|Hi)\b)")
GLUED_CHARS = 80  # looked at on each side: greetings and sign-offs come in runs of two or three short units


# "Hello Ms IyerFollow up ...", "Helloo OliviaAvoid ...": a greeted name run into the next sentence; "MedQuery
# HubA home test ...": a sentence's "A" or "I" run on to the word before.
_NAME_RUN_ON_RE = re.compile(r"(?i:\b(?:mr|mrs|ms|miss|dr|dear|h+e+l+o+|h+i+|hey|respected)\.? )([A-Z][a-z]{2,})"
                             r"(?=[A-Z][a-z]|[A-Z]{2})|(?<=[a-z])(?=[AI] [a-z])"
                             r"|(?<=[a-z])(?=(?:Are|Is|Do|Does|Your|The|Please|It|This|You|If|What|How|Have|Can|We|My)"
                             r" )")  # "... at HealthAnswersNowAre you taking ...": a site's name run into a question
# "Good afternoon to uLet me know ...", "Thanks for asking Thank you for ...": a sentence break lost after a
# courtesy or function word, before a capitalised word run on (or, with a space, a word a frame opens with).
# A function word capitalised mid-sentence ("asking Your child's ...") opens the next sentence.
_STARTS = (r"Thanks?|Welcome|Hope|Hello|Hi|Dear|Greetings|Wishing|Regards|Myself|Kindly|Please|I have|I am|I hope|Your"
           r"|You|The|This|It|My|We|As|In|If|For|A|An")
_LOST_BREAK_RE = re.compile(rf"\b([a-z]{{2,}}|u)(?=[A-Z][a-z])|\b([a-z]{{2,}}|u) (?=(?:{_STARTS})\b)"
                            r"|\b(quer(?:y|ies)|questions?|concerns?) (?=[A-Z][a-z])")  # "ur query Screen time ..."
# "...hospital care.hope dis helps u", "Manila.wish u good health": a sign-off in lower case glued to the full stop.
_LOWER_SIGNOFF = (r"(?:hope|thanks?|thanx|thnx|regards|rgds|wish|wishing|take care|tc|bye|god bless|best wishes"
                  r"|good luck)\b")
_GLUED_LOWER_RE = re.compile(rf"(?<=[a-z]{{2}}[.!?])(?={_LOWER_SIGNOFF})")
_GLUE_HINT_RE = re.compile(rf"[.!?,:][A-Z-]|[.!?]--|[A-Z]{{3}}[a-z]|[a-z][A-Z][a-z]|[a-z][AI] |[a-z] (?:{_STARTS})\b"
                           rf"|(?:query|queries|question|questions|concern|concerns) [A-Z]|[a-z][.!?]{_LOWER_SIGNOFF}"
                           rf"|{PICTOGRAPH_RE.pattern} +[A-Z]")  # "Hi 👋 Your rash ..."


def _unlost(after: frozenset[str], piece: str) -> str:
    piece = _NAME_RUN_ON_RE.sub(lambda m: m.group(0) + "\n", piece)
    return _LOST_BREAK_RE.sub(lambda m: (w := m.group(1) or m.group(2) or m.group(3)) + (
        "\n" if w in after or m.group(3) else m.group(0)[len(w):]), piece)


def spaced(text: str, after: frozenset[str]) -> str:
    """The space back after a sentence mark or comma glued to the next word (at both edges), the line break
    back after a capitalised word run into the next sentence (at the opening, where greetings run on), and after
    a word of `after` (courtesy and function words) where a break was lost."""
    head, tail = text[:GLUED_CHARS], text[GLUED_CHARS:]
    if not _GLUE_HINT_RE.search(head) and not _GLUE_HINT_RE.search(tail, max(0, len(tail) - GLUED_CHARS)):
        return text  # most answers: nothing glued (one plain search instead of three substitutions)
    head = _unlost(after, _RUN_ON_RE.sub("\\1\n", _marks_spaced(head)))
    if len(tail) > GLUED_CHARS:
        return head + tail[:-GLUED_CHARS] + _unlost(after, _marks_spaced(tail[-GLUED_CHARS:]))
    return head + _unlost(after, _marks_spaced(tail))


def _marks_spaced(piece: str) -> str:
    """A space after a mark glued to the next sentence: a capitalised one, or a sign-off in lower case; a line
    break after an emoji that ends a greeting ("Hi 👋 Your rash ...")."""
    if not piece.isascii():
        piece = _PICTOGRAPH_END_RE.sub("\\1\n", piece)
    return _GLUED_LOWER_RE.sub(" ", _GLUED_RE.sub(_space, piece))


_PICTOGRAPH_END_RE = re.compile(f"({PICTOGRAPH_RE.pattern})[ \\t]+(?=[A-Z])")


_LIST_NUMBER_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")


def _space(found: re.Match) -> str:
    """A space after the mark, but not after a list's number ("1.Rinse your mouth ...": the item as written)."""
    mark, after = found.group(1), found.group(2)
    if mark[-1] == "." and mark[0].isdigit() and _LIST_NUMBER_RE.search(found.string, 0, found.start(1) + 1):
        return found.group()
    return f"{mark} {after}"
