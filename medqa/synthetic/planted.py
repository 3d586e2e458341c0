"""Original dialogs at any scale with planted boilerplate and duplicates whose answers are known, for
measuring medqa/data/clean.py and medqa/data/dedup.py (tests/test_clean.py, tools/bench_clean.py).

    rows, truth = make(257_000, seed=0)

Each row is {"Description", "Patient", "Doctor"} as in ai-medical-chatbot, written here from short
made-up phrases (no dataset text). `truth[i]` says what was planted in row i: `body` is the doctor's text
cleaning must give back exactly (None for a planted too-short answer), `plants` names the boilerplate put
around it, and `copy_of` the row it duplicates (`dup` "exact" or "near"). Bodies are random enough
(several slots per sentence, six to ten sentences) that two independent rows are far from similar.
"""

from __future__ import annotations

import random

SYMPTOMS = ["a dry cough", "chest tightness", "a sore throat", "lower back pain", "knee swelling", "an itchy rash",
            "burning urine", "loose stools", "a blocked nose", "ringing in the ears", "heel pain", "dizziness",
            "night sweats", "a painful wrist", "acid reflux", "swollen ankles", "hair loss", "mouth ulcers",
            "a stiff neck", "blurred vision", "frequent headaches", "poor sleep", "leg cramps", "a skin lump"]
CAUSES = ["a viral infection", "a muscle strain", "mild asthma", "an allergy", "iron deficiency", "a thyroid problem",
          "acid reflux", "a urinary infection", "eczema", "a fungal infection", "low vitamin D", "tendinitis",
          "sinusitis", "a side effect of the tablets", "dehydration", "anxiety", "poor posture", "a cyst",
          "early arthritis", "a food intolerance", "high blood pressure", "a trapped nerve"]
TESTS = ["a complete blood count", "a thyroid profile", "a urine culture", "an X-ray", "an ultrasound scan",
         "a fasting sugar test", "a vitamin D level", "an ECG", "a liver function test", "a stool test",
         "a skin scraping", "an MRI", "a lipid profile", "a kidney function test", "a throat swab"]
DRUGS = ["paracetamol", "ibuprofen", "cetirizine", "omeprazole", "amoxicillin", "a saline spray", "an antacid gel",
         "a steroid cream", "an antifungal powder", "oral rehydration salts", "a calcium supplement", "folic acid",
         "a nasal steroid", "a muscle relaxant", "iron tablets", "a vitamin B12 injection"]
ADVICE = ["drink more water", "avoid spicy food", "sleep at fixed hours", "walk for thirty minutes daily",
          "keep the area dry", "raise the leg when resting", "avoid lifting heavy weights", "cut down on coffee",
          "stop smoking", "use a humidifier", "wear loose cotton clothes", "do gentle stretching",
          "reduce screen time", "eat more fibre", "keep a symptom diary", "apply a warm compress"]
RED = ["high fever", "blood in the stool", "chest pain", "fainting", "severe weakness", "spreading redness",
       "trouble breathing", "sudden vision loss", "confusion", "vomiting that will not stop"]
WHO = ["woman", "man", "student", "mother", "father", "teacher", "nurse", "driver", "retired engineer", "cook"]
SENTENCES = [
    "{Symptom} like yours is often caused by {cause}, though {cause2} can look the same.",
    "I suggest {test} and {test2} to be sure.",
    "Take {drug} {n} times a day for {d} days, and {advice}.",
    "It would also help to {advice} and {advice2}.",
    "If the reports show {cause}, {drug} for {d} weeks usually settles it.",
    "Please see a doctor in person urgently if you notice {red} or {red2}.",
    "Your history of {symptom2} for {d} weeks points more to {cause} than to {cause2}.",
    "Keep taking {drug} only as long as needed, and {advice}.",
    "At {age} years, {cause} is common and usually responds to simple measures.",
    "A review after {d} days with {test} will show whether {drug} is working.",
    "Don't stop {drug} on your own, and {advice}.",
    "{Drug} twice daily with {drug} at night should ease {symptom} within {d} days.",
    "Rule out {cause} with {test}; {cause2} is less likely given {symptom}.",
    "Most people with {symptom} and {symptom2} recover after {d} days of {drug}.",
    "Book {test} before starting {drug}, since {cause} changes the dose.",
    "Until the results come, {advice}, {advice2} and skip {drug}.",
    "{Symptom} with {red} needs the emergency department the same day.",
    "Ask the pharmacist whether {drug} suits someone aged {age} with {cause}.",
    "{Cause} explains {symptom2} better than {cause2} does at {age}.",
]
CONNECT = ["", "", "", "Also, ", "In your case, ", "Usually, ", "From what you describe, ", "At this stage, ",
           "Meanwhile, ", "Otherwise, ", "Importantly, ", "For now, ", "Given your age, ", "Second, ", "Finally, "]
PATIENT = ["I am a {age}-year-old {who}. For {d} days I have had {symptom} and {symptom2}.",
           "I have been taking {drug} for {d} weeks but {symptom} is no better.",
           "My last {test} was normal {d} months ago.", "I also {advice} already.",
           "There is no {red} so far.", "What could be the cause, and do I need {test}?",
           "Is it safe to take {drug} with my other tablets?", "Should I worry about {cause}?"]

SITES = ["HealthcareMagic", "iCliniq", "Healthcare Magic", "ChatDoctor", "Lybrate", "Practo"]
FIRST = ["Anita", "Rahul", "Meera", "John", "Sara", "Vikram", "Lena", "Omar", "Priya", "Tom", "Ines", "Kwame"]
LAST = ["Rao", "Fischer", "Menon", "Okafor", "Silva", "Kapoor", "Novak", "Haddad", "Lund", "Iyer"]
SPECIALISTS = ["dermatologist", "general-practitioner", "cardiologist", "pulmonologist", "gastroenterologist",
               "orthopedician", "ent-otolaryngologist", "psychiatrist", "gynecologist", "urologist"]
GREETINGS = ["Hi.", "Hello.", "Hello dear,", "Hi there,", "Dear user,", "Good morning.", "Hello and welcome to {site}.",
             "Welcome to {site}.", "Thanks for your query.", "Thank you for posting your query on {site}.",
             "Thanks for choosing {site}.", "I have gone through your query in detail.",
             "I can understand your concern.",
             "Thank you for the details.", "I am Dr. {first} {last}.", "Greetings from {site}."]
SIGNOFFS = ["Take care.", "Hope this helps.", "Wish you good health.", "Regards, Dr. {first} {last}.",
            "Best regards, Dr. {first} {last}, MD.", "Thanks and regards, Dr. {first}, General Physician.",
            "Get well soon.", "Let me know if you have any other questions.", "Hope I have answered your query.",
            "Wishing you a speedy recovery.", "Regards, Chat Doctor.", "Take care and stay safe.",
            "Feel free to ask if you have more doubts.", "Dr. {first} {last}, Dermatologist"]
URLS = ["Read more at www.{word}health.com/{word2}.", "See https://{word}.org/{word2}-guide for details.",
        "Details: http://www.{word}clinic.in/{word2}", "Write to dr.{word}@{word2}mail.com for reports.",
        "Call me on +91 98{n5} {n5}.", "You can reach the clinic at (022) {n4} {n4}."]
REFERRAL = "For more information consult a {spec} online --> https://www.icliniq.com/ask-a-doctor-online/{spec}"
SHORT = ["Ok.", "Yes.", "See a doctor.", "Thanks.", "Hi. Consult a skin specialist."]


def _fill(template: str, rng: random.Random) -> str:
    pick = rng.choice
    return template.format(
        Symptom=pick(SYMPTOMS).capitalize(), Drug=pick(DRUGS).capitalize(), Cause=pick(CAUSES).capitalize(),
        symptom=pick(SYMPTOMS), symptom2=pick(SYMPTOMS), cause=pick(CAUSES),
        cause2=pick(CAUSES), test=pick(TESTS), test2=pick(TESTS), drug=pick(DRUGS), advice=pick(ADVICE),
        advice2=pick(ADVICE), red=pick(RED), red2=pick(RED), who=pick(WHO), n=rng.randint(2, 4),
        d=rng.randint(2, 21), age=rng.randint(18, 80), site=pick(SITES), first=pick(FIRST), last=pick(LAST),
        spec=pick(SPECIALISTS), word=pick(ADVICE).split()[-1], word2=pick(DRUGS).split()[-1],
        n4=rng.randint(1000, 9999), n5=rng.randint(10000, 99999))


def body(rng: random.Random) -> str:
    """A doctor's answer: six to ten sentences of medicine, no boilerplate."""
    return " ".join(_fill(_sentence(rng), rng) for _ in range(rng.randint(6, 10)))


def _sentence(rng: random.Random) -> str:
    connect, template = rng.choice(CONNECT), rng.choice(SENTENCES)
    return connect + template[0].lower() + template[1:] if connect else template


def patient(rng: random.Random) -> str:
    return " ".join(_fill(t, rng) for t in [PATIENT[0]] + rng.sample(PATIENT[1:], rng.randint(2, 4)))


def plant(text: str, rng: random.Random, plants: list[str]) -> str:
    """`text` with each named kind of boilerplate added where sites put it."""
    sentences = text.split(". ")
    if "url" in plants:  # a contact sentence between two sentences of the body
        at = rng.randint(1, len(sentences) - 1)
        text = ". ".join(sentences[:at]) + ". " + _fill(rng.choice(URLS), rng) + " " + ". ".join(sentences[at:])
    if "mojibake" in plants:
        text = text.replace("'", "\u00e2\u20ac\u2122").replace(" and ", " and  ", 1) + "\u00a0"
    if "greeting" in plants:
        text = " ".join(_fill(g, rng) for g in rng.sample(GREETINGS, rng.randint(1, 3))) + " " + text
    if "signoff" in plants:
        text = text + " " + " ".join(_fill(s, rng) for s in rng.sample(SIGNOFFS, rng.randint(1, 3)))
    if "referral" in plants:
        text = text + " " + _fill(REFERRAL, rng)
    return text


def _edit(text: str, rng: random.Random) -> str:
    """A near copy: one word replaced, one sentence's case changed, a comma added or dropped."""
    words = text.split(" ")
    i = rng.randrange(len(words))
    words[i] = rng.choice(["also", "often", "mostly", "really", "now"])
    out = " ".join(words)
    out = out.replace(", ", " ", 1) if ", " in out and rng.random() < 0.5 else out.replace(" and ", ", and ", 1)
    return out.upper() if rng.random() < 0.2 else out


def make(n: int, seed: int = 0, plant_rate: float = 0.6, dup_rate: float = 0.1, short_rate: float = 0.01):
    """n rows and their truth. Rows are independent originals except the planted duplicates."""
    rng = random.Random(seed)
    rows, truth = [], []
    kinds = ["greeting", "signoff", "url", "referral", "mojibake"]
    for _ in range(n):
        if rows and rng.random() < dup_rate:
            src = rng.randrange(len(rows))
            while truth[src]["copy_of"] is not None or truth[src]["body"] is None:
                src = rng.randrange(len(rows))
            exact = rng.random() < 0.3
            p, d = rows[src]["Patient"], rows[src]["Doctor"]
            row = {"Description": rows[src]["Description"], "Patient": p.lower() if exact else _edit(p, rng),
                   "Doctor": d.replace(". ", ".  ") if exact else _edit(d, rng)}
            rows.append(row)
            truth.append({"body": None, "plants": [], "copy_of": src, "dup": "exact" if exact else "near"})
            continue
        text = body(rng)
        plants = [k for k in kinds if rng.random() < plant_rate / 2] if rng.random() < plant_rate else []
        short = rng.random() < short_rate
        doctor = plant(rng.choice(SHORT), rng, ["greeting"]) if short else plant(text, rng, plants)
        symptom = rng.choice(SYMPTOMS)
        rows.append({"Description": f"Q. What causes {symptom}?", "Patient": patient(rng), "Doctor": doctor})
        truth.append({"body": None if short else text, "plants": plants, "copy_of": None, "dup": None})
    return rows, truth


# ---------------------------------------------------------------------------------------- random edge phrases
# Ordinary words with no medical sense (none is medical by medqa/data/medical.py's test, which
# tests/test_medical.py checks): random sequences of them are phrases no rule was written for.
WORDS = ("garden yellow window river quiet silver morning paper orange music travel little bright letter "
         "market simple gentle golden island kitchen ladder mirror number ocean pencil planet rocket shadow "
         "saucer table ticket tunnel valley velvet wonder basket bridge candle castle circle cotton desert "
         "dragon engine feather forest frozen harbor jacket jungle kettle lantern lemon meadow monkey needle "
         "parrot pepper blanket puzzle rabbit ribbon saddle season signal spider spring stable summer sunset "
         "thunder tiger timber tower turtle umbrella violin wagon winter wizard zebra copper marble button "
         "canvas chimney cookie curtain dancer falcon fountain giant hammer honest humble kingdom lively "
         "lonely lucky magnet mellow modern narrow noble pebble polite proud purple quick rapid royal rustic "
         "crimson secret silent sturdy sunny swift tender tidy tiny urban vivid warm wild wise wooden").split()


def _word(rng: random.Random) -> str:
    return rng.choice(WORDS)


def _phrases(rng: random.Random, n: int, clause_share: float) -> list[str]:
    """n phrases of 2 to 7 random words: sentences ("Silver kettle rapid.") and, for openers, clauses ("Tiny owl,")."""
    out = []
    for _ in range(n):
        words = " ".join(_word(rng) for _ in range(rng.randint(2, 7)))
        out.append(words.capitalize() + ("," if rng.random() < clause_share else rng.choice(".!")))
    return out


def make_random_edges(n: int, seed: int = 0, phrases: int = 150, zipf: float = 1.1, plant_rate: float = 0.6):
    """n rows whose boilerplate no rule was written for: random word sequences, drawn with Zipf weights from
    `phrases` openers and `phrases` closers (a few very common, a long tail), put before and after medical
    bodies in `plant_rate` of the rows. `truth[i]` gives the body and the phrases planted; rows without
    phrases are the controls. Returns (rows, truth)."""
    rng = random.Random(seed)
    opens, closes = _phrases(rng, phrases, 0.2), _phrases(rng, phrases, 0.0)
    weights = [1 / (k + 1) ** zipf for k in range(phrases)]
    rows, truth = [], []
    for _ in range(n):
        text = body(rng)
        heads = tails = []
        if rng.random() < plant_rate:
            heads = rng.choices(opens, weights, k=rng.choice([0, 1, 1, 1, 2]))
            tails = rng.choices(closes, weights, k=rng.choice([0, 1, 1, 2]))
        doctor = " ".join([*heads, text, *tails])
        rows.append({"Description": "Q. A question?", "Patient": patient(rng), "Doctor": doctor})
        truth.append({"body": text, "opens": heads, "closes": tails})
    return rows, truth
