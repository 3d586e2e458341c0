"""The words courtesy is made of (COURTESY, WEAK, FUNCTION) and the frames it is built on: "Thank you for ...",
"Welcome to ...", "I have gone through ...", "Feel free to ...", "Wishing you ...". A unit that opens with a
frame is courtesy whatever the frame is followed by, as long as what follows carries no medical content;
medqa/data/courtesy.py asks `framed(words, where)`.

    kind, rest = framed(words, "open")    # words: a unit's key, rewritten by rewrites.rewritten, split

The vocabulary test (courtesy.is_courtesy) needs every word of a unit known, and each new doctor brings new
words ("Thank you for giving such a clear history of events."). A frame says what the unit does before its
words do: thanks, a welcome, a wish, a farewell open with these words and nothing medical does. Frames come
in two strengths:

- OPEN frames take any words after them that carry no medical content (`is_medical`): "Thanks for
  dropping by", "Greetings from <site>", "May God heal you", "Bye for now";
- STRICT frames ("Good morning ...", "Hope you ...", "I have read ...", "I understand ...", "Get back to me
  ...", "Take care ...", "As per your query ...", "I am a cardiologist ...") take only courtesy words, the
  OBJECTS they read, feel or come back with, and SELF_WORDS: "I have studied the attached scan report" is no
  finding, but "I have seen your X-ray and it looks fine" is one, and "Take care while lifting heavy objects"
  is advice;
- a bare TITLE ("A dermatologist from Pune.") takes SELF_WORDS only: "A cardiologist will help." is advice.
"""

from __future__ import annotations

import re

GREET_WORD = r"h+i+e*|h+e+l+o+w?|h+a+l+o+|h+e+y+|d+e+a+r+"  # "Hiee", "Hellooo", "Deaaar": rewritten to "hello"
_GREETING_WORD_RE = re.compile(GREET_WORD, re.IGNORECASE)
# Words courtesy is made of, besides the function words.
COURTESY = frozenset("""
hi hii hiii hie hello hellow helo hlo hallo hai hey heya hiya howdy dear greetings greeting namaste welcome
thanks thank thankyou thanx thnx thx regards regard sincerely cheers bye goodbye query queries concern concerns
hope hoping hopefully help helps helped helpful luck wishes wish wishing bless blessed blessings care rate rating
stars
good morning afternoon evening day nice great best kind kindest warm warmest all the sir madam mam maam ma am
friend user there again lot much many very so really too truly yours faithfully respected mr mrs ms miss dr
forum site service platform portal website app team panel online here us our
question questions problem problems post posting posted writing write wrote asking ask asked sharing share
shared reaching reach out contacting contact consulting choosing trusting using details detail detailed history
information info description case provided given mentioned
read reading gone go going went through reviewed review noted note carefully thoroughly completely fully
clearly just already entire whole
understand understood understanding appreciate situation feelings feeling anxiety
answer answered answers answering reply replied replying respond response clear clears clarify clarified
doubt doubts useful solve solved
health healthy speedy quick quickly fast early recovery recover well soon get better feel wellness life
happy glad pleased always available free further more any other additional additionally clarification
clarifications follow up followup anytime let know me revert back contact message
click thumbs vote premium paid direct private consultation book appointment
take stay safe god have has had be will would may can could shall should like love see later
please kindly do assist assistance discuss trust advice suggestion suggestions follows following below
give feedback directly personally privately services doing looking forward hearing hesitate rgds regds tc
sorry hear know suffering fit anything unclear complaint complaints need needed awaiting waiting discussion close
accept satisfied found thru seen looked checked images photos pictures reports attached attachments lab values
results today try plain words simple language terms ji namaskar per regarding one again
son daughter wife husband mother father family child children kid kids baby brother sister parents
anymore talk genuine asking meet aboard still pls plz r gud salaam dearest cheerio keep smiling video explain
remember time value uploaded mail strength swift complete yourself urself fine ahead how trouble troubles rs min
mins consult rgrds studied report visiting ok okay thnks askng bbye byee mobile video whatsapp consultations relax
beta beti po update updates choose thanking
""".split())
# Courtesy words that cannot make a unit courtesy alone: "Take it easy." "Follow up." "Book an appointment."
# are advice. A courtesy unit has at least one courtesy word outside this set (an anchor).
WEAK = frozenset("""
take stay get feel better early fast quick quickly more any other free like love have has had be will would may
can could shall should book appointment follow up followup go going life good all the very much many so
really too here us our out just already whole entire clearly fully completely given provided mentioned case
problem problems situation see later again there lot please kindly do follows following below
need needed found seen looked checked images photos pictures reports attached attachments lab values results
today try one son daughter wife husband mother father family child children kid kids baby brother sister parents
keep fine complete time still r consult ok okay
""".split())
FUNCTION = frozenset("""
s ve m ll re d u ur n
a an the i i'm im i've ive you your you're yours we us our me my it is are was were be been am to of for in on
at and or so this that these those with as by from do does did have has had will would can could if any
about all some your's myself yourself he she him her his they them their
""".split())
# One slip of the keyboard in the words courtesy is made of ("Helol", "Hlelo", "Greeings", "Repected", "Thnaks",
# "asured"): a letter dropped or two swapped. Never a word of its own ("hell", "resected", "tanks").
_SLIPPED = ("hello", "greetings", "respected", "regards", "welcome", "assured", "thanks", "sincerely")
_REAL_WORDS = frozenset("hell resected assure tanks hanks".split())


def _slips(word: str) -> set[str]:
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return (dropped | swapped) - {word}


TYPOS = {slip: word for word in _SLIPPED for slip in _slips(word)
         if slip not in COURTESY and slip not in _REAL_WORDS}
PRONOUNS = frozenset("i you your we our me my u ur".split())  # courtesy is addressed: these count for neither side

_THANKS = (r"(?:let me (?:first |also )?|i (?:would like to|want to) (?:first )?)?"
           r"(?:(?:many|big|a big|lots of|a lot of) )?"
           r"(?:thanks|thank|thankyou|thanx|thnx|thx|thnks|tnx)"
           r"(?: (?:you|u|ya))?(?: (?:so|very|much|a|lot|again|once|kindly|sincerely|all)){0,3} (?:for|to you for)")
_WELCOME = (r"(?:a )?(?:(?:very|warm|hearty|big|warmest|cordial) )*(?:welcome|well come|greetings|compliments)"
            r"|(?:you are |you re )?(?:most |very )welcome|season s greetings|seasons greetings"
            r"|(?:nice|glad|pleased|happy|good) to (?:meet|see|hear from|have) you")
_GREETING = (r"to whom it may concern|hello|namaste|namaskar|salaam|salam|good (?:morning|afternoon|evening|day)"
             r"|top of the morning"
             r"|gud (?:morning|day|evening)")
_HOPE = (r"(?:i )?(?:hope|hoping|trust)(?: that)? (?:this|that|it|dis|i|my|everything|all"
         r"|the (?:above|information|answer|reply|advice)|your (?:query|question|doubt|concern)s?)")
_HOPE_YOU = r"(?:i )?(?:hope|hoping|trust)(?: that)? (?:you|u|ur|your)"  # "Hope you can travel next month": advice
_WISH = (r"bye|bbye|byee|byebye|goodbye|good bye|cheers|cheerio|ciao|god bless|may (?:god|allah|the almighty)"
         r"|praying|prayers|get well|wish(?:ing|es)?(?= (?:a|an|all|the best|good|speedy|quick|happy|best)\b)"
         r"|wish(?:ing|es)? (?:you|him|her|them|your (?:wife|husband|son|daughter|mother"
         r"|father|mom|mum|dad|child|baby|kid|brother|sister|grandmother|grandfather|family|parents|little one))"
         r"|best wishes|good luck|all the best"
         r"|(?:warm |kind |best |with |warmest )?regards|your?s? (?:s )?(?:truly|sincerely|faithfully)"
         r"|happy (?:new year|diwali|holidays|eid|christmas)|remain blessed|be blessed|stay blessed"
         r"|(?:eid|ramadan|ramzan|diwali|christmas|new year) (?:mubarak|kareem|greetings|wishes)|merry christmas"
         r"|inshallah|insha allah|(?:as+ ?)?sala+m(?:u| o)? ?(?:wa )?a?l[ae]i?y?kum|jai shri \w+|allah (?:shafi|hafiz)"
         r"|terima kasih|asante(?: sana)?|shukran|maraming salamat|salamat po|karibu"
         r"|have a (?:nice|great|good|wonderful|blessed|lovely) (?:day|evening|weekend|time)"
         r"|peace be (?:upon|with) you"
         r"|(?:it was|it s|it is) (?:a |my )?pleasure"
         r"|(?:thanks?|tx|thx|thnx) (?:and|n) (?:rgds|regds|rgrds|regards)|rgds|regds|rgrds|thanking you")
# A paid consultation's advert: "For a detailed paid consultation with review of all reports, book me."
_ADVERT = (r"for (?:a |an )?(?:(?:detailed|direct|personal|private|paid|online|video|one to one|premium) )+"
           r"(?:consultation|opinion|discussion|review|chat|call)s?"
           r"|for (?:a |an )?(?:personali[sz]ed|customi[sz]ed|individual) (?:\w+ )?(?:plan|chart|programme|program)")
_ADVERT += (r"|upgrade to|need a prescription|book a (?:paid|premium|private) "
            r"|chat with (?:a|our) doctors? (?:0 0|0x0|anytime)"
            r"|try (?:<name> |[a-z]+ ){0,3}(?:free|for free)"  # "Try HealthCircle Plus free for 7 days"
            r"|(?:for more (?:such )?(?:answers|tips|information|info|updates),? )?(?:please )?download"
            r" (?:the |our |my )?(?=[a-z <]+ app\b)")  # "For more such answers, download the <site> app."
# A site's disclaimer: "This reply does not replace a clinical examination.", "Disclaimer: ..."
_DISCLAIMER = (r"(?:medical )?disclaimer|(?:this|the above|my|our) (?:reply|answer|advice|information|response|opinion"
               r"|consultation)s? (?:is|are|does not|do not|doesn t|don t|isn t|is not|cannot|can t)"
               r"(?= .*\b(?:replace|substitute|educational|information only|general|diagnosis|relationship"
               r"|medical advice)\b)|this is not (?:a )?(?:medical advice|diagnosis)"
               r"|please consult your (?:specialist |treating |family )?doctor,? (?:discuss|talk) with him or her")
OPEN_FRAMES = {"thanks": _THANKS, "welcome": _WELCOME, "hope": _HOPE, "wish": _WISH, "advert": _ADVERT,
               "disclaimer": _DISCLAIMER}

_READ = (r"(?:i )?(?:have |ve |had |hv )?(?:(?:carefully|thoroughly|completely|fully|just|already|properly|gone) )*"
         r"(?:read|gone through|went through|go through|gone thru|reviewed|noted|studied|seen|checked|understood"
         r"|looked (?:at|into|through)|received|examined|perused)")
_FEEL = (r"(?:i )?(?:(?:can|could|do|fully|completely|totally|truly|very|well|quite) )*(?:understand|sense|feel"
         r"|appreciate|imagine|realise|realize)"
         r"|(?:ah |oh |aww )?(?:that|this|it) (?:sounds|must be|must have been|seems|is)"
         r" (?:(?:really|very|so|quite|truly) )?"
         r"(?:uncomfortable|difficult|hard|stressful|worrying|frustrating|distressing|tough|painful|scary|upsetting"
         r"|troubling|bothersome|annoying|unpleasant)"
         r"|(?:your|ur) (?:concern|query|question|situation) is (?:understandable|genuine|valid|natural|justified)"
         r"|(?:i am |i m |(?:very|so|really|extremely) )*sorry to (?:hear|know|learn)"
         r"|(?:and )?(?:it is|it s|its) (?:natural|normal|understandable|obvious) to (?:be|feel|get)"
         r"|(?:you (?:have|ve) done|you did) (?:the )?(?:right|correct|good) thing (?:by|to|in)"
         r"|you (?:have |ve )?(?:described|explained|written|given|shared|presented) (?:everything|it all"
         r"|your (?:problem|history|symptoms|query|case)|the (?:details|history|problem))(?: (?:very|so|really))?"
         r" (?:well|clearly|nicely|in detail)"  # praise for the question
         r"|(?:i am |i m )?(?:very |so )?sorry for (?:the |my )?(?:delay|late reply|late response|delayed reply)"
         r"|(?:i am |i m )?(?:very |so )?sorry about (?:this|that|it)|pole(?: sana)?")
_BACK = (r"(?:(?:please|kindly|do|just|pls|plz|you can|you may|you could|always|feel free to|hesitate to|also) )*"
         r"(?:get back|come back|revert|write back|write to (?:me|us)|write (?:me|us)|message (?:me|us)|msg me|ping me"
         r"|drop me|reach (?:me|us|out to me)|contact (?:me|us)|ask (?:me|us)|let me know|consult me|talk to me"
         r"|chat with me|discuss(?: further)?|follow up with me|keep me (?:posted|updated|informed)|update me"
         r"|visit (?:me|us|my (?:clinic|hospital|centre|center))|(?:come|come to) (?:see me|my clinic)"
         r"|book (?:me|an appointment with me)"
         r"|inform me|feel free|send (?:me|us|(?:the|your|all the|all your) reports? to (?:me|us))"
         r"|close (?:the|this) (?:discussion|talk|query|thread|question))")
# Reassurance that says nothing of the illness: "Don't worry.", "Don't worry, you are in safe hands.", "Relax, I
# am here to help you." ("There is nothing to worry about, it is a common cold." stays: no frame opens it.)
_CALM = (r"(?:so )?(?:please )?(?:do not|don t|dont) (?:worry|panic|be (?:afraid|scared|worried|anxious|alarmed))"
         r"|(?:there is )?no need to (?:worry|panic|be (?:afraid|scared|worried|anxious|alarmed))"
         r"|relax|rest assured")
_CARE = (r"take (?:good |great |proper )?care(?: of (?:yourself|urself|yourselves))?|tc|look after (?:yourself|urself)"
         r"|eat healthy"
         r"|(?:stay|keep) (?:safe|healthy|well|strong|positive|happy)|be (?:positive|strong|happy)|keep smiling")
_ABOUT = (r"(?:as per|based on|regarding|coming to|with regards? to|in (?:reference|response|reply) to|as for"
          r"|(?:after |on )?going through) (?:your|ur|the|this) (?:query|question|concern|message|mail|post|problem"
          r"|case|complaint|history|details)s?"
          r"|to (?:sum up|summarise|summarize|conclude)"
          r"|(?:your|ur) (?:query|question)s? (?:has|have) been answered"
          r"|my (?:opinion|answer|reply|advice) (?:is|would be) as follows"
          r"|i (?:would|will|d) like to (?:tell|say|inform|explain to|share with)(?: you)?(?: the following| as follows"
          r"| that)?"
          r"|based on what you (?:have )?(?:described|told|written|said|mentioned|shared)|here is what i think|here"
          r"|(?:(?:please|kindly|do) )?(?:go through|see|read|find) (?:the |my )?(?:following|below|above)"
          r" (?:suggestions?|advice|points|answer|reply|opinion)"
          r"|(?:i will|i ll|let me) (?:answer|reply)(?: (?:to )?(?:your|ur) (?:query|question|querie)s?)?"
          r" (?:point by point|one by one|in order)")
_NOT_A_KIND = r"(?!(?:an?|the|your|see|consult|visit|meet|ask|show|call|get|need|to)\b)"  # "See a surgeon."
_SPECIALIST = (r"(?:(?:consultant|senior|board|certified|clinical|ent|general|internal medicine|family medicine"
               r"|panel) )*"
               r"(?:\w+(?:ologist|iatrist|iatrician|ician|paedist|pedist|therapist)|consultant|gp|doctor|dentist"
               rf"|(?:{_NOT_A_KIND}[a-z]+ ){{0,2}}(?:physician|surgeon|specialist|dr))")  # "a joint replacement
# surgeon"; "dr" is what courtesy's rewrites make of a self-introduction's specialty
_SELF = (rf"(?:as|i am|i m|myself|my name is|this is|greetings from) (?:dr <name> )?(?:an? |your )?{_SPECIALIST}"
         r"|(?:my name is |this is |greetings from )?dr <name>")
_TITLE = rf"(?:an? )?{_SPECIALIST}"  # "A dermatologist from Pune.", but "A cardiologist will help." is advice
# "Follow the above advice and you will be fine.", "I will do my best to guide you.": about the answer, not in it.
_FOLLOW = (r"(?:please |kindly |just )?follow (?:the |these |my |all the |all these )?(?:(?:above|below|simple|given"
           r"|following) )*(?:advice|measures|suggestions?|instructions|tips|steps)")
_OFFER = (r"(?:i will|i ll|i shall|let me|i would|i d)(?: (?:do|try) my best| try| be (?:happy|glad))?(?: to)?"
          r" (?:help|guide|assist|address|answer)")
# "In brief:" alone is a lead-in; "In brief: Lumbar muscle strain." is a summary's heading, kept with it.
_SUMMARY = r"in (?:brief|short|summary|a nutshell)"
STRICT_FRAMES = {"greeting": _GREETING, "hope_you": _HOPE_YOU, "read": _READ, "feel": _FEEL, "back": _BACK,
                 "calm": _CALM, "care": _CARE, "about": _ABOUT, "self": _SELF, "title": _TITLE, "follow": _FOLLOW,
                 "offer": _OFFER, "summary": _SUMMARY}

# A self-introduction first: "Greetings from Dr. <name>'s clinic" introduces, "Greetings from <site>" welcomes.
_FRAME_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in {"self": _SELF, **OPEN_FRAMES, **STRICT_FRAMES}.items())
                       .join(("^(?:", r")(?![a-z0-9])")))
# What a strict frame may name besides courtesy words: what was read ("your reports and the medicines you
# listed"), felt ("the anxiety in your words") or come back with ("after the tests", "if the symptoms persist"; but
# "if it gets worse" is a safety net, medical).
OBJECTS = frozenset("""
symptom symptoms report reports scan scans test tests result results medicine medicines medication medications
prescription prescriptions image images photo photos picture pictures investigation investigations lab labs
blood x ray mri ct ultrasound usg ecg history anxiety anxieties worry worries fear fears stress tension distress
words listed sent shared attached uploaded mentioned provided after line anything else everything events
whatever now little bit guide safe right place come came hands must uncomfortable difficult hard stressful
worrying frustrating distressing tough painful scary upsetting troubling done them they their when alright
worried anxious concerned scared way home
if persist persists continue continues recur recurs check checkup consultation examination
asking consulting second opinion live twice sure earlier sooner gladly happily app new attachment
""".split())
# Where and how long a doctor has practised, and the degrees a signature lists (names `courtesy` masks).
SELF_WORDS = frozenset("""
from in at with of for over the and practising practicing working based years yrs experience exp practice panel
dm mch neuro cardio derm ortho psych med medicine
hospital centre center clinic medical general quite often signing off md mbbs ms dnb mrcp frcs mrcgp 0 last
""".split())
FRAME_WORDS = 24  # a framed unit is short; a longer one is left to the vocabulary test


def framed(words: list[str], where: str) -> tuple[str, list[str]] | None:
    """(the frame's kind, the words after it) when the unit opens with a frame; None otherwise. The frames
    about a query ("As per your query,") and a summary ("In brief:") open an answer only."""
    if not words or len(words) > FRAME_WORDS:
        return None
    found = _FRAME_RE.match(" ".join(words))
    if not found or (found.lastgroup in ("about", "summary") and where != "open"):
        return None
    return found.lastgroup, found.string[found.end():].split()


def strict(kind: str) -> bool:
    return kind in STRICT_FRAMES


def is_specialist(word: str) -> bool:
    """"neonatologist", "surgeon": a title a signature or self-introduction may list."""
    return bool(_SPECIALIST_WORD_RE.fullmatch(word)) or word in ("specialist", "surgeon", "physician", "consultant")


# The cheap form of a unit's opening `may_open` matches the frames on: lower case, letters only; a doctor's
# name is masked as `key` masks it.
_LETTERS_RE = re.compile(r"[a-z]+")
_OPENING_DR_RE = re.compile(r"^((?:(?:my name is|this is|i am|i m|myself|greetings from|as) )?dr) [a-z]+(?: [a-z]+)?")
_SPECIALIST_WORD_RE = re.compile(r"\w+(?:ologist|iatrist|iatrician|ician|paedist|pedist|therapist)", re.IGNORECASE)


def may_open(unit: str) -> bool:
    """A cheap test before `key`: the unit's first words open a frame (or a greeting, which the rewrites turn
    into "hello", or a specialist's title, which opens a signature)."""
    words = _LETTERS_RE.findall(unit[:80].lower())[:-1 if len(unit) > 80 else None]
    if not words:
        return False
    if _GREETING_WORD_RE.fullmatch(words[0]) or _SPECIALIST_WORD_RE.fullmatch(words[0]):
        return True
    opening = " ".join(words)
    return bool(_FRAME_RE.match(_OPENING_DR_RE.sub(r"\1 <name>", opening) if "dr " in opening else opening))
