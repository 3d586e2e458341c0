"""Damaged text: notes the site left where content was cut ("(attachment removed to protect patient identity)"),
and sentences where ChatDoctor's derived copies put the placeholder "Chat Doctor" over a name, a site or an
ordinary word ("Apply the cream twice a Chat Doctor for a week.").

    text = strip_damage(text)    # clean.RULES["damage"], after the contacts and before the greetings

A damaged sentence goes whole: what the placeholder replaced cannot be known, and a sentence with a hole in it
teaches the model nothing good. A signature or sign-off whose name the placeholder took goes with it; one where
it stands for the site ("Thanks for posting on Chat Doctor") is left to the site rule.
"""

from __future__ import annotations

import re

from medqa.data.patterns import (
    ATTACHMENT_RE,
    PLACEHOLDER_END_RE,
    PLACEHOLDER_RE,
    PLACEHOLDER_SIGNATURE_RE,
    PLACEHOLDER_SIGNOFF_RE,
    PLACEHOLDER_TITLE_RE,
    PLACEHOLDER_WORD_RE,
    SENTENCE_OR_GLUED_RE,
    SITE_CONTEXT_RE,
)

# The placeholder greeted as the reader: a clause of its own before the sentence that follows ("Respected Chat
# Doctor, Stop smoking.", "hi Chat Doctor A mole ...", "Dear Chat DoctorSee a dentist ...").
_ADDRESSED_RE = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))(?i:hi|hello|dear|respected|namaste|hey)\s+"
                           r"(?i:chat ?doctor)(?:\s+ji)?(?:\s*[,:!]\s*|\s*(?=[A-Z]))")


def _note_out(found: re.Match) -> str:
    """A note that stood where a sentence ended ("gud day(attachment removed) Apply ...") leaves a line break; one
    that took the sentence's full stop with it ("... the attached reports (attachment removed).Giddiness ...")
    gives it back."""
    before, after = found.string[found.start() - 1:found.start()], found.string[found.end():].lstrip()[:1]
    if found.group().endswith(".") and after.isupper():
        return ". " if not found.string[found.end():found.end() + 1].isspace() else "."
    return "\n" if before.isalnum() and after.isupper() else ""


def strip_damage(text: str) -> str:
    """Notes left where content was cut ("(attachment removed to protect patient identity)"), and every
    sentence where the "Chat Doctor" placeholder stood over an ordinary word ("...terminology to ad Chat
    Doctor."): the sentence is damaged, so it goes whole. A sentence where the placeholder names the site
    ("your query on Chat Doctor") is left to the site rule."""
    if "ttachment" in text or "mage" in text or "hoto" in text:
        text = ATTACHMENT_RE.sub(_note_out, text)
    if not PLACEHOLDER_RE.search(text):
        return text
    text = PLACEHOLDER_SIGNATURE_RE.sub("", PLACEHOLDER_SIGNOFF_RE.sub("", text))
    text = _ADDRESSED_RE.sub("", text)  # "Respected Chat Doctor, Stop smoking.": the address only
    if PLACEHOLDER_TITLE_RE.search(text):  # "Chat Doctor. Ravi Nair, MBBS": it stood for "Dr.", the sign-off's
        text = PLACEHOLDER_TITLE_RE.sub("Dr. ", text)
    parts = SENTENCE_OR_GLUED_RE.split(text) + [""]  # sentence, separator, sentence, ..., separator
    out: list[str] = []
    cut_short = False  # the dropped sentence ended at the placeholder ("consult a Chat Doctor. who will ...")
    for sentence, sep in zip(parts[::2], parts[1::2]):
        damaged = bool(PLACEHOLDER_RE.search(sentence)) and (not SITE_CONTEXT_RE.search(sentence)
                                                             or bool(PLACEHOLDER_WORD_RE.search(sentence)))
        if damaged or (cut_short and sentence[:1].islower()):  # its lower-case rest is the same sentence
            cut_short = bool(PLACEHOLDER_END_RE.search(sentence)) or (cut_short and damaged)
            if out and not out[-1]:  # "dose.<dropped> Rest": the space after the dropped sentence stays
                out[-1] = sep
            continue
        cut_short = False
        out += [sentence, sep]
    return "".join(out).strip()
