"""The boilerplate patterns of Q&A-site answers: one owner for the regular expressions that
medqa/data/clean.py's rules remove and its detectors flag.

Every pattern is written to run in linear time on long text: alternations of fixed words, bounded
repetitions (`{0,40}`) over short spans, and no nested unbounded quantifiers. Greeting patterns are tried
only at the start of an answer, sign-off patterns only from a boundary in its last 200 characters.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------- sites and contacts
# Q&A sites and their spellings. Our own list: the sites the dialog datasets were scraped from and
# their peers, plus "Chat Doctor", the placeholder ai-medical-chatbot put where a doctor's name was, and
# "'Ask A Doctor' service" in quotes (unquoted, "ask a doctor" is advice).
# Not "HCM" (also hypertrophic cardiomyopathy), "1mg" (a dose): those stay unless their place says site.
SITES = ["healthcare ?magic", "health ?care ?magic", "i ?cliniq", "chat ?doctor", "practo", "lybrate",
         "just ?answer", "web ?md", "docs ?app", "zocdoc", "medhelp", "healthtap", "tata ?1mg", "apollo ?24[ /]?7",
         "doctorspring", "teladoc",
         "['\"\u2018\u2019\u201c\u201d]ask an? doctor['\"\u2018\u2019\u201c\u201d](?: service)?"]
# Cheap substring checks before the regular expressions: most answers hold none of these.
SITE_HINTS = ("magic", "cliniq", "chatdoctor", "chat doctor", "practo", "lybrate", "answer", "webmd", "web md",
              "docsapp", "docs app", "zocdoc", "medhelp", "healthtap", "1mg", "apollo", "doctorspring", "teladoc",
              "doctor'", "doctor\u2019", 'doctor"', "doctor\u201d")
SITE = r"(?:www\.)?(?:" + "|".join(SITES) + r")(?:\.com|\.in|\.org)?"
SITE_RE = re.compile(r"(?i)(?:\b(?:on|at|from|to|via|through|in|with|using)\s+)?(?:\b|(?=['\"\u2018\u201c]))" + SITE +
                     r"(?:\b|(?<=['\"\u2019\u201d]))")
# "HCM" is a site only where its place says so: after a word about asking or posting, behind a preposition
# ("Thank you for your query on HCM"); "sudden death is rare in HCM" stays.
HCM_SITE_RE = re.compile(r"(?P<keep>\b(?i:query|queries|question|post|posting|asking|writing|welcome|consulting|"
                         r"contacting|trusting|choosing|using|forum|here)\b[^.!?\n]{0,30}?)\s+"
                         r"(?i:on|at|to|in|via|with|from|through)\s+HCM\b")

# A link ends at a space, or where a sentence was glued on ("www.x.com.Start insulin ...", "www.x.comWear"). Domains and
# e-mails start only where their run of name characters starts (the lookbehinds): a start
# inside "a.a.a..." or "a-a-a..." rescanned the rest of the run from every position, quadratic in the
# run's length (25 s for 16 KB, issue 29); from its first character the scan is one pass.
URL = (r"(?:https?://|www\.)(?:[^\s<>\"')\]]+?\.(?:com|org|net|in|io|info|co\.uk)(?=(?-i:[A-Z][a-z]))"
       r"|[^\s<>\"')\]]+?(?=[.!?,;:]?(?:[\s<>\"')\]]|$)|[.!?,](?=(?-i:[A-Z][a-z]|[AI] ))))"
       r"|(?<![\w-])(?<![\w-]\.)(?<!(?i:chat) )[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|in|co\.uk|io|info|ly|gl)"
       r"(?:/[^\s<>\"')\]]*)?\b"  # not "Chat Doctor.com": the placeholder's, which the damage rule owns
       r"|(?<![\w./-])(?:[\w.-]+)?/(?:doctors?|ask-a-doctor[\w-]*|profile)/[\w/-]+")  # a profile's path, domain gone
EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
# Digit groups joined by single spaces, hyphens or dots, optionally +country code or (area code);
# only sequences of 10 to 15 digits count as a phone number (doses, ranges and dates have fewer).
PHONE = (r"(?<![\w/.,])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?)?(?:\d{10,15}|\d{2,8}(?:[ .-]\d{2,8}){1,4})"
         r"(?![\w/]|[.,]\d)")
DOMAIN_HINTS = ("@", "http", "www", "WWW", ".com", ".org", ".net", ".in", ".io", ".info", ".co.uk", ".COM", ".ORG",
                ".ly", ".gl", "/doctor", "/ask-a-doctor", "/profile/")
DIGITS_RUN_RE = re.compile(r"\d{2}[\d .()-]{7,}\d")
CONTACT_LEAD_RE = re.compile(r"(?:\b(?:call|contact|reach|e-?mail|mail|write to|visit|see|check|click|ring|whatsapp|"
                             r"message|text)(?: me| us)?(?: on| at| to)?\s+|\b(?:on|at|via|to)\s+|"
                             r"\b(?:details|link|website|web ?site|more info(?:rmation)?|source|ref(?:erence)?)"
                             r"\s*:\s*)?"
                             f"(?P<c>{EMAIL}|{URL}|{PHONE})", re.I)
URL_OR_EMAIL_RE = re.compile(f"{URL}|{EMAIL}", re.I)
# "Please use this URL to ask me directly:" after its link was removed: the whole sentence goes.
USE_LINK_RE = re.compile(r"(?i)(?:for (?:a )?(?:private|paid|direct|personal|detailed) consultation,? )?"
                         r"(?:(?:please|kindly|you can|you may) )?(?:use|click(?: on)?|follow|visit|open) "
                         r"(?:(?:this|the (?:below|following|above)|below|following) (?:url|link|website|web ?site)"
                         r"|the (?:url|link)(?: given| provided| shared)? below)\b"
                         r"[^.!?:\n]{0,80}(?:[.!?:]|\Z)")
# Sentence ends (not after "Dr.": the name that follows is not a sentence) and line breaks, kept by re.split
# so that dropping a sentence keeps the lines around it.
# Words whose full stop ends no sentence: a title (the name follows) and a drug's form ("Tab. Pantoprazole").
# boilerplate.sentences and courtesy's edges read the same list.
NO_END_WORDS = ("Dr", "dr", "DR", "Mr", "Mrs", "Ms", "Tab", "Cap", "Inj", "Syp")
# Nor does a doctor's initial: "Dr. K. V. Rao", "Dr.S. Iyer".
_INITIAL_NO_END = r"(?<!\b[Dd]r\. [A-Z]\.)(?<!\b[Dd]r\.[A-Z]\.)(?<!\b[Dd]r [A-Z]\.)(?<!\b[A-Z]\. [A-Z]\.)"
_NO_END = "".join(rf"(?<!\b{w}\.)" for w in NO_END_WORDS) + _INITIAL_NO_END
SENTENCE_OR_LINE_RE = re.compile(rf"((?<=[.!?]){_NO_END}[ \t]+|[ \t]*\n\s*)")
# The same, and where scraping lost the space ("...on the new dose.Take the tablet ..."): for dropping whole
# damaged sentences, which must not take a glued neighbour with them.
SENTENCE_OR_GLUED_RE = re.compile(rf"((?<=[.!?]){_NO_END}[ \t]+|[ \t]*\n\s*|"
                                  rf"(?<=[A-Za-z0-9][.!?]){_NO_END}(?=[A-Z][a-z]|[AI] ))")  # "age of 21.Take"

# "For more information consult a dermatologist online --> <url>": iCliniq's closing advert, and its kin: "If you
# need further help, consult ...", "To discuss with a ... online, click here -->", "Revert back to a ... online
# after the tests.", "Follow up with a ... online -->".
REFERRAL_LEAD = (r"(?:\bfor (?:more|further)(?: information| info| details| queries| doubts| help| follow up| guidance"
                 r"| opinion)?(?: about [\w ]{1,40}?)?|\bif you (?:need|have|want) (?:any )?(?:further|more) (?:help"
                 r"|queries|questions|doubts|information|guidance))[,:]?\s+")
_INVITE = r"revert(?: back)?(?: after [\w ]{1,20}?)?(?: to)?|follow up with"  # the doctor's own follow-up
_ONLINE_TAIL = (r"(?:,? click here|\s+for (?:a )?(?:further follow up|follow up|detailed opinion|further guidance"
                r"|second opinion|detailed consultation|more details|more information|further details)"
                r"|\s+after the (?:tests?|reports?|investigations))?")
REFERRAL_ASK = (rf"\b(?:consult(?: with)?|ask|contact|{_INVITE}|talk to|chat with|(?:to )?discuss with|speak to"
                r"|get in touch with|write to)\s+(?:an? |the |your )?"
                r"(?:[\w &-]{1,60}?\s+online|online\s+[\w &-]{1,60}?(?=\s*(?:-+>|\u2192|:|[.!?\n]|$)))"  # "online ENT"
                r"(?:\s+(?:on|at|via|through)\s+[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?" + _ONLINE_TAIL)  # "on <site>"
# The link after the arrow only when it looks like one: "--> Dr. <name>" is the signature that follows.
REFERRAL_RE = re.compile(rf"(?i)(?:{REFERRAL_LEAD})?{REFERRAL_ASK}\s*(?:-+>|→|:)\s*"
                         r"(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?|[\w-]+(?:/[\w-]+)+/?)?[.]?")  # or a
# path whose domain was taken ("HCM/ask-a-doctor-online/ENT")
# The same advert with its arrow and link gone: only with its lead ("For more information ...") or as the doctor's
# own follow-up ("Revert back to a dermatologist online."), since a bare "consult a dermatologist online" can be
# advice.
REFERRAL_BARE_RE = re.compile(rf"(?i)(?:{REFERRAL_LEAD}{REFERRAL_ASK}|\b(?:{_INVITE})\s+(?:an? |the |your )?"
                              r"[\w &-]{1,60}?\s+online" + _ONLINE_TAIL + r")\b[.]?")

# ---------------------------------------------------------------------------------------- greetings
HELLO = (r"(?:hi+|hello+w?|helo|hai|hallo|hey+|hiya|howdy|namaste|greetings|good (?:morning|afternoon|evening|day)|"
         r"dear|respected)")
ADDRESS = (r"(?:(?:\s+(?i:there|dear|sir/madam|sir|madam|ma'?am|friend|user|patient|all|again|mr\.?|mrs\.?|ms\.?))*"
           r"(?:\s+(?!(?:Dr|Tab|Cap|Inj|Syp)\b)[A-Z][a-z]+){0,2})")  # a greeted name, not "Dr. Lee" or "Tab."
THANKS = (r"(?:thanks?|thank you|thankyou|thanx|many thanks)(?: (?:a lot|a ton|very much|so much|again))? (?:for|to) "
          r"(?:\w+ ){0,4}?(?:query|queries|question|questions|details|detail|information|info|trust|trusting|"
          r"contacting|posting|writing|asking|using|choosing|consulting|sharing|reaching|message|post|history|"
          r"confidence|visiting|coming)"
          # what may follow: a place ("on <site>.com"), never a sentence ("outYour chest X-ray is clear, ...")
          r"(?: (?:on|at|to|in|with|from|via|through|here|out|us|me|our|the|this|today|forum|site|platform|"
          r"(?-i:(?!(?:Tab|Cap|Inj|Syp|Dr)\b)[A-Z][\w'-]*|[a-z][A-Z][\w'-]*)(?:\.com|\.in)?)){0,5}?")
READ = (r"(?:I(?: have|'ve| had)? )?(?:(?:carefully|thoroughly|just|already) )?(?:gone through|go through|went through|"
        r"gone thru|read|reviewed|studied|checked|seen|looked at|noted|understood|evaluated|analy[sz]ed) "
        r"(?:your|the|all your) (?:query|question|post|message|concern|history|details|case|problem|worry|complaint|"
        r"description|issue|doubt|situation|symptom|report)s?(?: (?:in detail|carefully|thoroughly|well|completely|"
        r"and (?:can |do |fully )?understand(?:ood)? (?:your|the) (?:concerns?|worry|worries|problem|situation)))*")
UNDERSTAND = (r"I (?:can |do |fully |completely |totally |clearly )?(?:understand|understood|appreciate) (?:your|the) "
              r"(?:concerns?|worry|worries|anxiety|problem|situation|query|feelings?)"
              r"(?: (?:very well|completely|fully))?")
INTRO_NAME = (r"(?:(?i:dr\.?|doctor) [A-Z](?:\.|[\w'-]*)(?: [A-Z](?:\.|[\w'-]*)){0,3}(?<![ .][A-Z])"  # never ends at an
              r"|(?i:chat ?doctor))")  # initial: "This is DR. P. Venkatesh from ..." is one name
# "I am Dr. <name>", "I am Dr. <name> answering your query", "I am ChatDoctor answering your query in simple words".
INTRO = (rf"(?i:I am|I'm|this is|myself) {INTRO_NAME}(?:,? (?i:and )?(?:(?i:I am |I'm |I will be |I'll be |will be )?"
         r"(?i:answering|replying to|responding to|addressing|here to (?:help|answer)|going to answer)[^.!?\n]{0,60}|"
         rf"(?i:{READ})))?")
# A site's name: capitalised words ("HealthCare Magic", "iCliniq"), a domain, a quoted name ('Ask A Doctor'),
# a few site words. Never ordinary words, so it cannot run on into the next sentence ("forumBleeding gums, ...").
SITE_WORD = (r"(?:(?-i:(?!Dr\b)[A-Z][\w'&-]*|[a-z][A-Z][\w'&-]*)|[a-z][\w-]*\.(?:com|in|org|net)|"
             r"['\"\u2018][^'\"\u2019\n]{1,30}['\"\u2019]|forum|service|platform|site|community|team|portal|&)")
SITE_NAME = rf"(?:(?:the|our|this) )?{SITE_WORD}(?: {SITE_WORD}){{0,5}}"
WELCOME = (rf"(?:(?:hi|hello|hey)(?:,| and)? )?(?:welcome(?: back)?(?: (?:to|on|at) {SITE_NAME})?|"
           rf"greetings from {SITE_NAME})")
# One leading sentence or clause that is greeting only; the greeting rule strips them one after another.
# A bare greeting run into the first sentence ("Hello There is a good chance") loses the greeting word only.
# What a site's name may carry after a comma: ", a second opinion service", ", the online health platform ...".
APPOSITION = (r"(?:,? (?i:an?|the|your|our) [\w' -]{0,40}?(?i:service|platform|site|website|forum|portal|app"
              r"|community|network)(?: (?i:where|for|that|which) [^.!?\n]{0,60})?)?")
GREETING_RE = re.compile(
    rf"\A\s*(?:(?:(?i:{HELLO}){ADDRESS}|(?i:{THANKS}){APPOSITION}|(?i:{WELCOME}){APPOSITION}|(?i:{READ})"
    rf"|(?i:{UNDERSTAND})|{INTRO})"
    r"[ \t]*(?:[.!,;:\n]+(?=\s|\Z)|\n|-+(?!>)|\Z)|(?i:hi+|hello+w?|helo|hai|hey+)\s+(?=[A-Z][\w'.]*\s+[A-Za-z]))\s*")

# ---------------------------------------------------------------------------------------- sign-offs
# A signing doctor, the placeholder, or a site's team ("Regards, Team <site>").
# Name words are "Ravi" or "J.", never all capitals: a degree ("MD") can then be read only one way, which keeps
# the match linear on a run of "Dr. X MD, MS, Dr. Y MD, ..." (both readings gave 2**pieces backtracking).
NAME_WORD = r"[A-Z](?:[a-z][\w'-]*|\.)"
NAME = rf"(?:(?i:dr\.?|doctor)\s*{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}|(?i:chat ?doctor)|Team\b)"
DEGREE = (r"(?i:M\.?B\.?B\.?S|M\.?D\.?S|M\.?D|M\.?S|D\.?N\.?B|D\.?M|F\.?R\.?C\.?S|M\.?R\.?C\.?P|D\.?G\.?O|D\.?C\.?H|"
          r"B\.?D\.?S|"
          r"Ph\.?D|DPM|DDVL|DVD|FCPS|M\.?Ch|FACS|FRCP|MRCOG|FRCOG|MRCS|FICS|MNAMS|DTCD|DLO|DOMS|BAMS|BHMS|MPT|BPT|"
          r"MSc|MPH|DA|DO|MRCPsych|MRCPI|MMed|MBChB|FMCP|FWACS)(?![a-z])\.?")
# Degrees ("MS(Ortho)", "M.D. & D.N.B."), bracketed specialities and job titles, glued or spaced.
# Word-bounded ("(?<![A-Za-z])", " [a-z]+" words): a title that could start inside a word ("eral physician")
# made runs of titles backtrack in the number of ways to cut them.
TITLE = (rf"(?:,?\s*(?:&\s*)?(?:{DEGREE}|\([^()\n]{{1,40}}\)|"
         r"(?i:reg(?:istration)?\.?\s*(?:no\.?|number)?\s*[:.]?\s*\d{3,})|"  # "Reg. No. 24123"
         r"(?i:(?:consultant|senior|chief|head|junior)(?: [a-z]+){0,4}|"
         r"(?<![A-Za-z])(?:general (?:physician|practitioner|surgeon)|family physician|[a-z]+ologist|"
         r"[a-z]+ (?:physician|surgeon|specialist)|[a-z]+ician)))\.?)")
# A city and country after a signed name; never a word that opens another sign-off piece, so a place cannot
# swallow the piece after it ("Dr. <name>, Regards") and the run is read one way.
PLACE_WORD = (r"(?!(?:Dr|Doctor|Regards|Team|Thanks|Thank|Take|Hope|Hoping|Let|Best|Get|Stay|Wish|Wishing|Good|Kind|"
              r"Warm|With|Feel|Please|Cheers|Bye|All|God|Happy|Glad|Available|Do|You|If|For|Any|Further|Write|"
              r"Sincerely|Yours|Chat|Have|Be|Kindly|Revert|Reply)\b)[A-Z][a-z]+")
PLACE = rf"(?:(?:[,.]\s*|\s+){PLACE_WORD}(?: {PLACE_WORD})?){{0,3}}"
WISH = (r"(?i:(?:best |kind |warm |with )?regards?|thanks(?: and| &) regards|thanking you|sincerely|"
        r"your'?s (?:truly|sincerely)|"
        r"(?:bye,? )?take care(?: of yourself)?(?: and stay (?:safe|healthy|well))?(?:,? [A-Z][a-z]+)?|"
        r"stay (?:safe|healthy|blessed|well)|be well|good luck|cheers|bye|"
        r"god bless(?: you)?|get well soon|have a (?:nice|good|great|blessed|wonderful) day|"
        r"(?:with )?(?:best|good|warm|my) wishes(?: (?:to you|for [\w ]{1,30}))?|"
        r"(?:i )?wish(?:ing)? (?:you|your \w+|him|her|them) (?:a |an )?(?:all the best|good|best of|speedy|quick|early|"
        r"fast|very good|excellent|sound)[\w ]{0,30}|all the (?:very )?best[\w ]{0,20}|"
        r"(?:i )?hop(?:e|ing) (?:this|that|it|my (?:answer|reply|advice)|the (?:above|information|answer|advice)|"
        r"to have|you (?:find|found|got|get|feel|are|will)|i (?:have |was able to |could )?(?:answered|helped|cleared|"
        r"addressed|solved|been))[^.!?\n]{0,80}|"
        r"(?:please )?(?:let me know|feel free|do not hesitate|don't hesitate|you can (?:ask|write|contact))"
        r"[^.!?\n]{0,80}(?:quer|question|doubt|ask|contact|write|help|further|more|else)[^.!?\n]{0,40}|"
        r"(?:any|for) (?:further|more|other) (?:quer|question|doubt)[^.!?\n]{0,60}|"
        r"(?:further|more|other) (?:quer|question|doubt|clarification)s?[^.!?\n]{0,60}|"
        r"(?:i am |i'm |i will be |i'll be |i'd be |i would be )?(?:always |most )?(?:available|happy|glad|here) "
        r"(?:for|to)[^.!?\n]{0,60}?(?:help|clarif|quer|question|doubt|assist|answer|discuss)[^.!?\n]{0,40}|"
        r"(?:write|revert|get|come|reply)(?: back)?[^.!?\n]{0,40}(?:quer|question|doubt|clarif)[^.!?\n]{0,40}|"
        r"(?:please |kindly |do )?(?:rate|review|upvote|vote for|accept)(?: (?:this|my|the))? (?:answer|reply|response)"
        r"[^.!?\n]{0,60}|(?:please |kindly )?(?:click|press|tap|mark)[^.!?\n]{0,40}(?:helpful|thank|accept|rate|star)"
        r"[^.!?\n]{0,40}|if (?:you )?(?:found|find|like|liked) (?:this|my|the) (?:answer|reply|response|advice)"
        r"[^.!?\n]{0,80}|(?:you can |please )?(?:also )?(?:ask|post|send)(?: me)? (?:a |your )?(?:direct|paid|premium|"
        rf"private) (?:question|query|consultation)[^.!?\n]{{0,80}}|{THANKS}|thanks|thank you|"
        r"(?:send|post|share|upload|mail)(?: me)?\b[^.!?\n]{0,50}\b(?:in|as|through|via) an? (?:direct|paid|premium"
        r"|private) (?:question|query|consultation)[^.!?\n]{0,40})")  # "Send me a photo of the area in a direct query."
# The trailing run of sign-off pieces: wishes and names with titles, in any order ("Regards, Dr. <name>, MD").
PIECE = rf"(?:{WISH}|{NAME}{TITLE}*{PLACE})"
SIGNOFF_RE = re.compile(rf"[\s\u2013-]*{PIECE}(?:[\s,.!:;-]+{PIECE})*[\s.!,;:-]*\Z")
BOUNDARY_RE = re.compile(r"[.!?\n,;]")
# Every sign-off piece holds one of these (lower case): an ending without any has no sign-off.
# Kept specific ("nice day", not "day"): a hint in an ordinary medical ending costs a regex match per boundary.
SIGNOFF_HINTS = ("regard", "sincerely", "yours", "care", "stay", "luck", "bless", "well soon", "be well", "wish",
                 "best", "hop", "let me know", "feel free", "hesitate", "you can", "quer", "question", "doubt", "thank",
                 "dr.", "dr ", "doctor", "team", "cheers", "bye", "nice day", "good day", "great day", "helps",
                 "helpful", "help you", "to help", "clarif", "rate my", "rate the", "rate this", "click", "paid",
                 "direct", "private", "premium", "glad", "happy", "stars", "found this", "found my", "found the",
                 "write back", "revert", "available")
SIGNED_NAME_RE = re.compile(rf"(?:{WISH}[\s,.!:-]+)?{NAME}{TITLE}*{PLACE}[\s.!,;:-]*\Z")

DOCTOR_CLAIM_RE = re.compile(
    r"(?i)\b(?:I am|I'm|this is|myself|as)\s+(?:a |an |your )?(?:(?:qualified|licensed|practising|"
    r"practicing|consultant|senior|treating)\s+)?(?:doctor|physician|dr\b\.?|surgeon|[a-z]+ologist|"
    r"general practitioner|gp\b)|\bin my (?:clinical )?practice\b|\bmy patients\b")

# "Dear, the white patches are thrush ...": a bare "Dear," that the sentence goes on after is an address, kept.
ADDRESS_IN_SENTENCE_RE = re.compile(r"\s*(?i:(?:my )?dear),[ \t]+[a-z]")

# ---------------------------------------------------------------------------------------- damage
# "(attachment removed to protect patient identity)": a note the site left where an image was.
ATTACHMENT_RE = re.compile(r"[(\[]\s*(?:\w+ ){0,2}(?i:attachments?|images?|photos?|files?|pictures?) "
                           r"(?i:removed|deleted|hidden)"
                           r"[^()\[\]\n]{0,80}[)\]]\.?")
PLACEHOLDER_RE = re.compile(r"(?i)chat ?doctor")
# ChatDoctor's copies often put a full stop after the placeholder and go on in lower case ("...consult a Chat
# Doctor. who will examine you."): the lower-case rest belongs to the damaged sentence.
PLACEHOLDER_END_RE = re.compile(r"(?i)chat ?doctor[.!?]$")
# Degrees a signature lists after a doctor's name (medqa/data/names.py reads signatures with them too).
DEGREES = (r"MBBS|MD|MS|DO|DNB|FRCS|FRCP|MRCP|MRCGP|FMCP|FAAFP|FACP|FWACP|FCPS|DM|MCh|M\.Ch|BDS|MDS|DCH|DGO|DPM|PhD"
           r"|MBChB|MB|BCh|BAO|MPH|DDVL|DVD|FICP|FIAP|D\.Ortho|MRCPCH|FRACP|DA|DTCD|MRCPI|MMed|MRCPsych")
# The placeholder as a signature's name, with its degrees: "Dr. Chat Doctor, MBBS, MD" goes, the advice after stays.
PLACEHOLDER_SIGNATURE_RE = re.compile(rf"(?:\b[Dd][Rr]\.?\s*)?(?i:chat ?doctor)(?:,?\s*(?:{DEGREES})\b\.?)+")
# A sign-off whose name the placeholder took: "Regards, Chat Doctor." goes whole.
PLACEHOLDER_SIGNOFF_RE = re.compile(r"(?i)\b(?:(?:warm |best |kind |with )?regards|thanks|thank you|best wishes|"
                                    r"take care)[,.]?\s+chat ?doctor\b\.?")
# Before a name and its degrees the placeholder stood for the title: "Chat Doctor. Ravi Nair, MBBS, MD".
PLACEHOLDER_TITLE_RE = re.compile(r"(?i:chat ?doctor)\.?\s+(?=[A-Z][a-z]+(?: [A-Z][a-z'-]+){0,2},? (?:MBBS|MD|MS|DNB"
                                  r"|BDS|FRCS|MRCP|DO|D\.Ortho)\b)")
# After an article the placeholder stood over a word, whatever the sentence says ("you can consult a Chat Doctor"):
# a site takes none ("consult Chat Doctor").
PLACEHOLDER_WORD_RE = re.compile(r"(?i)\b(?:an?|the|i am|i'm|this is|myself)\s+chat ?doctor")  # or a name
# A sentence where the placeholder stands for a site ("Thanks for posting on Chat Doctor") keeps its words
# for the site rule; anywhere else it stood over a word, and the sentence is damaged. "Consult Chat Doctor for
# an examination" is damaged too: without the placeholder it reads "consult for an examination".
SITE_CONTEXT_RE = re.compile(r"(?i)\b(?:query|queries|question|post|posting|asking|writing|welcome|thank|thanks|"
                             r"using|consulting|contacting|choosing|trust|trusting|forum|platform|"
                             r"regards|www)\b")

# ---------------------------------------------------------------------------------------- debris
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
EMPTY_PARENS_RE = re.compile(r"\(\s*\)|(?<![\w'])''(?![\w'])|\"\"")  # or quotes a site's name filled
STRAY_STOP_RE = re.compile(r"(?<!\.)(\.)\.(?!\.)")  # a full stop after a sentence's; never an ellipsis
BLANK_LINES_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")
