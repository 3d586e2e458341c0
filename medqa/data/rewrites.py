"""What a unit's key becomes before the courtesy tests (medqa/data/courtesy.py): the forms whose words would
mislead them, rewritten to what they mean there.

    words = rewritten(key(unit)).split()

An invitation's "do not hesitate" is no negation, "your worry" is empathy and not a symptom, "Hiee", "Hellooo"
and "Deaaar" are greetings, "the health platform" is the site's, "Regards to the scan, ..." is a preposition, and a
self-introduction's specialty and years are a title ("dr"), not advice. One keyboard slip in a courtesy word
("Helol") is mended first (frames.TYPOS).
"""

from __future__ import annotations

import re
from functools import lru_cache

from medqa.data.frames import GREET_WORD, TYPOS

_WORRY = r"\byour (?:worry|worries|anxiety|anxieties|fears?|tension)\b"
_FEE = r"\b(?:for|at|only|just) (?:rs |inr |usd )?0(?: (?:rs|inr|usd|dollars?|rupees))?\b"  # "for just $15"
_READ_REPORT = (r"\b(?P<seen>(?:studied|seen|reviewed|read|checked|gone through|looked at) (?:the |your |ur )?"
                r"(?:attached |uploaded )?)(?:scan|test|lab|blood|x ray|mri|ct|ultrasound|usg|ecg) (?=reports?\b)")
_REWRITES = (  # (a cheap test, the pattern, what it becomes)
    (lambda k: "hesitate" in k, re.compile(r"\b(?:do not|don t|dont) hesitate\b"), "hesitate"),
    (lambda k: "your " in k, re.compile(_WORRY), "your concern"),
    (lambda k: "once" in k, re.compile(r"\bonce (?:again|more)\b"), "again"),  # not a dose's "once daily"
    (lambda k: "once" in k, re.compile(r"\bonce (?=(?:they|you|it|the|your)\b)"), "when "),  # "once they are done"
    (lambda k: "medical" in k or "health" in k, re.compile(r"\b(?:medical|health) (?=(?:query|queries|question|"
                                                           r"questions|consultation|platform|forum|site|service|"
                                                           r"concerns?|opinion)\b)"),
     ""),  # "your medical query", "the health platform": the site's, not the illness's
    (lambda k: "doctor online" in k, re.compile(r"\bask a doctor online\b"), "site"),  # the service's name
    (lambda k: "ask a doctor" in k, re.compile(r"\b(?P<p>on|to|at|using|choosing|trusting|from|through|via) ask a "
                                               r"doctor\b"), r"\g<p> site"),  # "Welcome on Ask a Doctor"
    (lambda k: "here " in k, re.compile(r"\bhere (?:is|are) my (?:opinion|answer|reply|suggestions?|advice)\b"),
     "here"),  # "I have read your query and here is my opinion.": no hedge
    (lambda k: "opinion as a" in k, re.compile(r"\bin my opinion as an? (?:doctor|physician)\b"), ""),  # a lead-in
    (lambda k: "no " in k, re.compile(r"\bno (?:further|more|other) (?:questions?|queries|doubts)\b"), "questions"),
    (lambda k: "discuss" in k, re.compile(r"\bdiscuss(?:ion|ed|ing)?\b"), "talk"),  # not the spine's "disc"
    (lambda k: "drop" in k, re.compile(r"\bdrop(?:ping|ped|s)? (?:by|in)\b"), "visiting"),  # not eye drops
    (lambda k: "drop" in k, re.compile(r"\bdrop (?:me|us) a (?:line|message|note)\b"), "write to me"),
    (lambda k: "0" in k, re.compile(r"\b(?:case|ticket|ref|reference|id)(?: no| number| id)? \w*0\w*"), "case"),
    (lambda k: "0" in k, re.compile(r"\b0 (?:stars?|min|mins|minutes)\b"), "stars"),  # "give 5 stars", "for 15 min"
    (lambda k: "0" in k, re.compile(_FEE), "for"),
    (lambda k: "doctor" in k, re.compile(r"\bdoctor (?=here\b)"), "dr "),  # "Doctor here."
    (lambda k: "section" in k or "category" in k, re.compile(r"\b(?:in|to|under) the (?:[a-z]+ ){1,3}(?:section|"
                                                             r"category)\b"), "here"),  # "in the dermatology section"
    (lambda k: "you" in k, re.compile(r"\b(?:how )?(?:anxious|worried|scared|stressed|upset|tired|frustrated|exhausted"
                                      r"|distressed) you (?:must be|are)\b"),
     "your concern"),  # "I can feel how anxious you must be."
    (lambda k: "report" in k, re.compile(_READ_REPORT), r"\g<seen>"),  # a report read, not a finding
    (lambda k: "forget" in k, re.compile(r"\b(?:do not|don t|dont) forget\b"), "remember"),
    (lambda k: "with your " in k or "for your " in k,
     re.compile(r"\b(?P<w>luck|best|wishes) (?:with|for) your (?:treatment|recovery|pregnancy|health)\b"), r"\g<w>"),
    (lambda k: "answer" in k, re.compile(r"\bwhere (?:our )?(?:doctors|experts|specialists) answer(?: (?:your |ur )?"
                                         r"(?:questions|queries))?(?: within (?:(?:0|a few|few) )?(?:hours|minutes))?"
                                         r"\b"),
     "site"),  # "..., the online health platform where doctors answer your questions", "Where our doctors answer ..."
    (lambda k: "0" in k, re.compile(r"\b(?:fees?|charges?|cost)(?: is| are)? (?:rs |inr |usd )?0(?: only)?\b"),
     "paid"),  # "Fees Rs. 299 only."
    (lambda k: "regard" in k, re.compile(r"^(?:with )?regards? to (?!(?:all|you|your (?:family|query|question"
                                         r"|concern|message|mail|post|problem|case|complaint|history|details)"
                                         r"|ur |the (?:query|question))\b)"),
     "about "),  # "Regards to the scan, the liver ...": a preposition, not a sign-off
    (lambda k: "second opinion" in k, re.compile(r"\bsecond opinion\b"), "opinion"),  # not "a second", a time
    (lambda k: "healing" in k, re.compile(r"\b(?:divine|quick|speedy|fast|early) healing\b"), "recovery"),  # a wish
    (lambda k: "step by step" in k, re.compile(r"\bstep by step\b"), ""),  # "I'll explain everything step by step"
    (lambda k: "chart" in k or "plan" in k, re.compile(r"\bwith an? (?:diet|exercise|meal) (?:chart|plan)\b"), ""),
    (lambda k: "easier" in k, re.compile(r"\b(?:it|this|that|which) makes? (?:things|my job|it) (?:a lot |much )?easier"
                                         r"(?: for me)?\b"), "it helps"),  # "..., it makes things easier."
    (lambda k: "need" in k, re.compile(r"\b(?:you )?(?:need not|do not need to|don t need to|dont need to) "
                                       r"(?:worry|panic)(?: much| at all)?\b"), "relax"),  # "you need not worry much"
    (lambda k: True, re.compile(rf"\b(?:{GREET_WORD})\b"), "hello"),
)
_INTRO_RE = re.compile(r"\b(?:i am|i m|myself|this is|regards)\b|\bdr <name>"
                       r"|^\w+(?:ologist|iatrist|iatrician|ician)(?: (?:with|from|in|at)\b|$)")  # "Cardiologist with"
SPECIALTY = (r"\w+(?:ologist|iatrist|iatrician|ician|paedist|pedist|therapist)|physician|surgeon|specialist|consultant|"
             r"practitioner|doctor|dentist|gp|general|internal|family|medicine|senior|certified|experience|years?|0|"
             r"yrs|exp|md|mbbs|ent|paediatrics|pediatrics|practising|practicing")
SPECIALTY_RE = re.compile(rf"\b(?:{SPECIALTY})\b")

@lru_cache(maxsize=1 << 15)  # the same openings and sign-offs recur across thousands of answers
def rewritten(k: str) -> str:
    """`k` (a key, `boilerplate.key`) with the slips, rewrites and a self-introduction's title applied."""
    if any(w in TYPOS for w in k.split()):  # "Helol," "Greeings dear,"
        k = " ".join(TYPOS.get(w, w) for w in k.split())
    for hint, pattern, to in _REWRITES:
        if hint(k):
            k = pattern.sub(to, k)
    return SPECIALTY_RE.sub(" dr ", k) if _INTRO_RE.search(k) else k  # a self-introduction: the doctor's title
