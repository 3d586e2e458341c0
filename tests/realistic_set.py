"""The realistic boilerplate set: original answers in the style of Q&A-site data, with greetings, sign-offs
and damage drawn from two disjoint pools of templates, and the scorer docs/data.md reports.

    python tests/realistic_set.py      # rewrites tests/data/realistic_dev.jsonl and realistic_heldout.jsonl

Everything here was written for medqa (no dataset text). Each row keeps its medical sentences (`body`) and
the boilerplate planted around them (`plants`). The dev rows use the DEV_* pools, which the rules were tuned
against; the held-out rows use the HELD_* pools, written in the same sitting before any rule was widened
and scored only for the figure in docs/data.md. Damaged sentences (the "Chat Doctor" placeholder over an
ordinary word) are planted as boilerplate: cleaning must drop them, never keep the placeholder.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

BODY = [
    "Drink plenty of water.", "Avoid oily and spicy food for a week.", "Take rest.",
    "Get your fasting blood sugar and HbA1c checked.", "Your symptoms suggest a viral throat infection.",
    "Gargle with warm salt water three times a day.", "Paracetamol 500 mg every six hours will ease the fever.",
    "If the fever lasts more than three days, see your doctor in person.",
    "Take care to keep the wound dry for two days.", "With regard to the dose, do not exceed 4 g of paracetamol a day.",
    "HCM can cause fainting during exercise, so avoid competitive sport until you have had an echo.",
    "Regarding the rash, it looks like contact dermatitis from the new soap.",
    "There is a good chance this is a simple muscle strain.", "Your thyroid report shows mild hypothyroidism.",
    "A TSH of 7.2 with normal T4 usually needs only a repeat test after six weeks.",
    "Your ECG is within normal limits.", "The white patches on the tongue are most likely oral thrush.",
    "An antifungal mouth gel for ten days usually clears it.", "Stop smoking, as it slows healing of the gums.",
    "Brush twice daily with a soft brush.", "Pain behind the knee after running is often from a tight hamstring.",
    "Apply ice for fifteen minutes after every run.", "Do gentle calf stretches every morning.",
    "If the calf becomes hot, red and swollen, go to the emergency department today.",
    "Chest pain that spreads to the arm needs an ambulance, not a wait.",
    "Your sperm count of 12 million per ml is slightly below the normal range.",
    "Avoid hot baths and tight underwear for three months.", "A repeat semen analysis after 72 days is advisable.",
    "In PCOD, weight loss of even five percent can bring back regular periods.",
    "Metformin is often used in PCOD to improve insulin resistance.",
    "An ultrasound of the pelvis will show whether the cyst is simple.",
    "Most simple cysts go away in two to three cycles.",
    "According to your report, the haemoglobin is 9.1 g/dl, which is low.", "Iron tablets with vitamin C work better.",
    "Eat green leafy vegetables, dates and jaggery.", "Recheck the haemoglobin after one month of treatment.",
    "Your child's cough with wheeze points to a viral bronchitis.",
    "Steam inhalation is not advised in small children.",
    "Use saline nose drops before feeds.", "If he breathes fast or his ribs pull in, take him to hospital at once.",
    "Blood pressure of 150/95 on three readings is high.", "Cut down salt to less than a teaspoon a day.",
    "Walk briskly for thirty minutes, five days a week.", "Your doctor may start amlodipine 5 mg once daily.",
    "Headaches that wake you at night need a scan.", "Migraine is likely given the one-sided throbbing pain.",
    "Keep a headache diary for four weeks.", "Avoid painkillers on more than ten days a month.",
    "The mole you describe should be seen by a dermatologist.", "A mole that bleeds or changes shape needs a biopsy.",
    "Use a sunscreen of SPF 30 or more.", "Burning urine with fever suggests a kidney infection.",
    "Get a urine culture before starting antibiotics.", "Nitrofurantoin for five days is a common choice.",
    "Acidity after meals often improves if you eat smaller meals.", "Do not lie down for two hours after dinner.",
    "Pantoprazole 40 mg before breakfast for four weeks should help.", "Raise the head end of the bed.",
    "Back pain with numbness in both legs is an emergency.", "Most low back pain settles in six weeks.",
    "Keep moving within the limits of pain.", "A firm mattress is not necessary.",
    "Anxiety can cause palpitations, tingling and breathlessness.", "Talk to a counsellor about the panic attacks.",
    "Slow breathing, four seconds in and six seconds out, can stop an attack.",
    "If you have thoughts of harming yourself, call your local emergency number now.",
    "Dandruff responds to ketoconazole shampoo twice a week.", "Leave the shampoo on for five minutes before rinsing.",
    "Hair fall three months after a fever is usually temporary.", "Your vitamin D level of 14 ng/ml is low.",
    "Vitamin D 60,000 IU weekly for eight weeks is a usual course.", "Sit in the morning sun for twenty minutes.",
    "Spotting after a missed pill is common.", "Take a pregnancy test if the period is more than a week late.",
    "Heavy bleeding in pregnancy needs urgent care.", "Folic acid should be started before trying to conceive.",
    "An itchy rash between the fingers that is worse at night suggests scabies.",
    "Permethrin cream should be applied to the whole body, and all family members need it.",
    "Wash bed sheets in hot water.", "Ear pain after swimming is usually otitis externa.",
    "Keep water out of the ear while it heals.", "Antibiotic ear drops for seven days usually settle it.",
    "A swollen, painful big toe at night is typical of gout.", "Your uric acid of 8.9 mg/dl supports that.",
    "Avoid red meat and beer during the attack.", "Loose stools after antibiotics often settle with probiotics.",
    "Oral rehydration solution is better than plain water for diarrhoea.",
    "Blood in the stool needs a colonoscopy.", "Constipation improves with more fibre and fluids.",
    "Knee pain on climbing stairs points to the kneecap joint.", "Quadriceps strengthening is the main treatment.",
    "Lose weight, as every kilogram lost reduces the load on the knee.", "Your X-ray shows early osteoarthritis.",
    "Hope is not a treatment plan, so please book the biopsy this week.",
    "If you wish to avoid surgery, physiotherapy for six weeks is worth trying.",
    "Best results come from using the cream every day for six weeks.",
    "Thanks to the vaccine, the illness is likely to be mild.", "Dr. Lee's advice to continue the inhaler is correct.",
]
NAMES = ["Ravi", "Anjali", "Mark", "Fatima", "Chen", "Olu", "Sunita", "Pedro", "Grace", "Imran", "Kavya", "Lars"]
LAST = ["Sharma", "Okoye", "Patel", "Novak", "Garcia", "Mensah", "Reddy", "Larsen", "Iqbal", "Moreau"]
CITIES = ["Pune", "Nagpur", "Lagos", "Kochi", "Indore", "Mysore", "Surat", "Jaipur"]
SITES = ["HealthcareMagic", "Healthcare Magic", "iCliniq", "ChatDoctor", "Lybrate", "Practo"]

# Pools: "{body}" marks where a piece meets the answer without a space ("glued") where that matters.
DEV_OPEN = [
    "Hi.", "Hello.", "Hi {name},", "Hello {name}.", "HELLO,", "Hii,", "Helo.", "Hi there.", "Dear {name},",
    "Hello dear.", "HelloThanks for query.", "Hi. Thanks for writing in.", "Thanks for your question on {site}.",
    "Welcome to {site}.", "Welcome on HCM!", "Hello and welcome to 'Ask A Doctor' service.",
    "I went through your query.", "I have read your question carefully.", "I understand your concern.",
    "I can understand your worry.", "I am Dr. {first} {last} answering your query.",
    "Thank you for trusting us with your health question.", "Greetings from {site}!", "Good evening.",
    "Thanks for contacting {site}.", "Hi, I have gone through your history in detail.",
    "Hello and welcome. Thank you for posting your question here.", "Thank you for the query.",
    "I have carefully gone through your problem.", "Hello Mr. {last},", "Hi {name}! Welcome.",
    "Thanks for choosing us.", "Hello ~", "Welcome to Healthcare Magic~", "HelloThank you for asking in HCM~",
    "Hi {name} {last},", "Dear user, thanks for the details.",
]
DEV_CLOSE = [
    "Hope this helps.", "I hope it helps.", "Hope to have been helpful!", "Best wishes.", "Get Well Soon.",
    "Take care.", "Regards.", "Regards, Dr. {first} {last}", "Dr. {first} {last}, MBBS, MD (Medicine)",
    "Dr {first} {last} MS(Ortho) FRCSConsultant Orthopaedic Surgeon, {city}. India",
    "Available for further clarifications.", "I will be happy to help you further.",
    "Please rate my answer if it helped.", "Thanks & Regards, Dr. {first} {last}, M.D. & D.N.B.",
    "Feel free to ask more questions.", "Wish you a speedy recovery.", "Stay healthy.", "Good luck.",
    "For more information consult a dermatologist online.", "Please use this URL to ask me directly: bit.ly/{code}",
    "You can ask me a direct question at bit.ly/{code}", "Thanks for using {site}.",
    "Let me know if you need anything else.", "Hope I have answered your query.", "Wishing you good health.",
    "With best wishes, Dr. {first}", "Chat Doctor.", "Regards Chat Doctor", "All the best.", "God bless.",
    "Hope you get well soon.", "Take care, {name}.", "Dr. {first} {last}, Consultant Physician, {city}",
]
HELD_OPEN = [
    "Hai.", "Hey {name}.", "Good morning {name},", "Dear Sir/Madam,", "HI THERE!", "Hellow,",
    "Hi! Thanks for reaching out.", "Thank you for your query on {site}.", "Thanks a lot for posting on {site}.",
    "Welcome back to {site}!", "Hi and welcome to {site}.", "I read your query.",
    "I have gone through your question and understand your concern.", "I understood your problem.",
    "Went through your query.", "Read your history.", "I fully understand your worry.",
    "This is Dr. {first} {last} replying to your question.", "Myself Dr. {first}, I will be answering your query.",
    "Thanks for the question.", "Greetings.", "Hello and welcome to HCM!", "Welcome to HCM forum.",
    "HiThanks for your query.", "HelloWelcome to {site}.", "Namaste.", "Thank you for consulting with us.",
    "Thanks for trusting {site}.", "Dear friend, thanks for the query.", "HI ~", "Good afternoon.",
    "Hello, I am Dr. {first} and I have read your question.", "Thanks for writing to us.",
    "Hello {name}, welcome.", "I have noted your concerns.",
]
HELD_CLOSE = [
    "Hope this information helps.", "Hope you find this useful.", "Hoping this helps you.",
    "I hope this answers your question.", "Best wishes to you.", "Get well soon!", "Take care and stay safe.",
    "Kind regards.", "Warm regards, Dr. {first} {last}, MBBS.", "Dr. {first} {last} (MBBS, DNB - General Medicine) "
    "{city}, India", "Dr. {first} {last} MD(Paed) DCHConsultant Paediatrician {city}",
    "I am available for any further questions.", "Happy to help further.", "Glad to help.",
    "Do rate the answer and click 'helpful'.", "If you found this answer useful, please give it 5 stars.",
    "You can also ask a paid question for a detailed reply.", "Write back if you have more doubts.",
    "Feel free to revert back with further questions.", "Have a nice day.", "Stay well.", "Wishing you all the best.",
    "Thanks and regards.", "Regards, Chat Doctor.", "Cheers.", "Further queries are welcome.",
    "Please visit bit.ly/{code} for a consultation.", "Please use this link to reach me: tinyurl.com/{code}",
    "For further information consult an ENT specialist online -->", "Thanks, Dr. {first}",
    "Regards, Dr. {first} {last}, MBBS, DGO, {city}.", "Hope you feel better soon.", "Bye, take care.",
]
DEV_DAMAGE = [
    "(attachment removed to protect patient identity)", "I would suggest a different terminology to ad Chat Doctor.",
    "Your report mentions a Chat Doctor of the left lobe.", "This can be managed with Chat Doctor and rest.",
]
HELD_DAMAGE = [
    "(Attachment removed to protect patient identity.)", "The Chat Doctor on the scan is nothing to worry about.",
    "You can take Chat Doctor twice a day after food.", "Chat Doctor levels were slightly raised.",
]
# A second held-out pool, written after the first held-out figure was taken (docs/data.md) and before its
# misses were read: the first held-out pool then joined the rules' development.
HELD2_OPEN = [
    "Hi dear.", "Hello {name}!", "Hey there,", "Good day.", "Respected {name},", "Hello sir.", "Hlo.",
    "Hi {name}, greetings of the day.", "Welcome to our forum.", "Thanks for sharing your concern with us.",
    "Thank you for reaching out with your question.", "Thank you for choosing {site}.",
    "Thanks for the detailed history.",
    "I have reviewed your query.", "I have gone through the details you provided.", "Read your query carefully.",
    "I understand your anxiety.", "I can understand your situation.", "I am Dr. {first}, and I will answer your query.",
    "Dr. {first} here.", "Hello, welcome to {site}.", "HelloI have read your question.", "Good evening {name}.",
    "Welcome to HCM.", "Dear patient,", "Hi, thanks for the query.", "Hello and thanks for writing.",
    "Thanks for posting here.", "Hello. I went through your post.", "Hi {name}. Thanks for writing.",
]
HELD2_CLOSE = [
    "Hope this clears your doubt.", "Hope that helps.", "I hope this information is useful.", "Hope my answer helps.",
    "Wish you good health.", "Wishing you a quick recovery.", "Best of luck.", "Get well soon, {name}.",
    "Take good care.", "Stay safe.", "Regards,\nDr. {first} {last}", "Sincerely, Dr. {first} {last}",
    "Dr. {first} {last}, MBBS, MS (General Surgery), {city}", "Dr. {first} {last} MBBS DNB", "Thanks, {name}.",
    "Feel free to contact me for further queries.", "Do let me know if you have any other concerns.",
    "You may ask me again if you have doubts.", "Happy to assist you further.", "I am always here to help.",
    "Please rate this answer.", "Please click on 'Thank the doctor' if this helped.",
    "For a detailed reply, ask me a premium question.", "Regards, Team {site}.", "Thank you.", "With regards.",
    "Visit bit.ly/{code} to book a follow up.", "For further queries consult a gynaecologist online -->",
    "Good luck and take care.", "All the best for your recovery.",
]
HELD2_DAMAGE = [
    "(attachment removed to protect patient identity)", "Your Chat Doctor is within normal limits.",
    "A small Chat Doctor was seen in the report.", "Continue Chat Doctor as advised.",
]
PATIENT = ["I am {age} and have had this for {d} days. What should I do?",
           "My {rel} has this problem since {d} weeks. Is it serious?", "Please help, I am worried. I am {age}."]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(name=rng.choice(NAMES), first=rng.choice(NAMES), last=rng.choice(LAST),
                           city=rng.choice(CITIES), site=rng.choice(SITES), age=rng.randint(18, 70),
                           d=rng.randint(2, 20), rel=rng.choice(["son", "mother", "wife"]),
                           code="".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(6)))


def make_row(rng: random.Random, opens: list[str], closes: list[str], damage: list[str], *, body_pool=BODY,
             patients=PATIENT, fill=None, counts=(0, 1, 1, 2, 2, 3)) -> dict:
    """One answer: 2 to 5 medical sentences, 0 to 3 openers, 0 to 3 closers, a damaged sentence in some.
    The keywords let another set draw from its own pools (tests/realistic_blind.py)."""
    fill = fill or _fill
    body = rng.sample(body_pool, rng.randint(2, 5))
    heads = [fill(t, rng) for t in rng.sample(opens, rng.choice(counts))]
    heads = [h.rstrip("~ ") + "." if h.endswith("~") and i < len(heads) - 1 else h for i, h in enumerate(heads)]
    tails = [fill(t, rng) for t in rng.sample(closes, rng.choice(counts))]
    middle = list(body)
    if rng.random() < 0.25:
        middle.insert(rng.randint(1, len(middle)), rng.choice(damage))
    text = " ".join(middle)
    if heads:
        if heads[-1].endswith("~"):  # glued: a greeting run into the answer, no full stop or space between
            head = heads[-1][:-1]
            glued = head + text if head.endswith(" ") else None
            text = " ".join(heads[:-1] + [glued]) if glued else " ".join(heads[:-1] + [head]) + text
        else:
            text = " ".join(heads) + " " + text
    if tails:
        text += ("\n" if rng.random() < 0.3 else " ") + " ".join(tails)
    plants = [h.rstrip("~") for h in heads] + tails + [m for m in middle if m not in body]
    patient = fill(rng.choice(patients), rng)
    return {"Description": "Q. " + patient[:40] + "?", "Patient": patient, "Doctor": text.strip(), "body": body,
            "plants": plants}


def make(n: int, seed: int, opens, closes, damage) -> list[dict]:
    rng = random.Random(seed)
    return [make_row(rng, opens, closes, damage) for _ in range(n)]


_LEFT_RE = re.compile(r"[\W_\d]+")  # a list's "1." or "2)" is no boilerplate: letters are


def score(rows: list[dict], cleaned: list[str | None]) -> dict:
    """Rows that keep any boilerplate (text left once the body sentences are taken out, or the placeholder),
    and medical sentences lost (a body sentence no longer in the answer, or the row dropped)."""
    kept_any, lost, bad = 0, 0, []
    for row, out in zip(rows, cleaned):
        out = out or ""
        missing = [s for s in row["body"] if s not in out]
        rest = out
        for s in row["body"]:
            rest = rest.replace(s, " ")
        dirty = bool(_LEFT_RE.sub("", rest)) or "chat doctor" in out.lower()
        kept_any += dirty
        lost += len(missing)
        if dirty or missing:
            bad.append({"out": out, "left": rest.strip(), "missing": missing})
    return {"rows": len(rows), "rows_keeping_boilerplate": kept_any, "sentences": sum(len(r["body"]) for r in rows),
            "sentences_lost": lost, "bad": bad}


def main() -> None:
    here = Path(__file__).resolve().parent / "data"
    for name, rows in (("realistic_dev.jsonl", make(120, 1, DEV_OPEN, DEV_CLOSE, DEV_DAMAGE)),
                       ("realistic_heldout.jsonl", make(120, 2, HELD_OPEN, HELD_CLOSE, HELD_DAMAGE)),
                       ("realistic_heldout2.jsonl", make(150, 3, HELD2_OPEN, HELD2_CLOSE, HELD2_DAMAGE))):
        with (here / name).open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


if __name__ == "__main__":
    main()
