"""Blind held-out set 22 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind. The author did not
open the cleaner's code or data, the other realistic sets, their tests or their history, and never
ran the cleaner on this set. No dataset text was copied (none was available).

What it imitates: HealthCareMagic-100k as ChatDoctor released it. There most answers open and close
with a handful of forms that most doctors used, in small variants (punctuation, case, a missing
space, "Hi"/"Hello"/"Hi there"), and a long tail of rarer forms: self-introductions, degrees glued to
names, Indian-English sign-offs, adverts for paid consultations, rating requests, wishes. Site names,
doctors' names and, through a faulty replace, some ordinary words became the placeholder
"Chat Doctor". So openers and closers here come in two pools: a COMMON pool drawn most of the time
and a RARE pool, each uniform inside; a few of each carry names, sites and cities through templates.

A template ending in "~" is glued to the next piece with no space. Row pieces are joined with a
space, a newline, a blank line or nothing. "body" lists the medical sentences verbatim as they
appear in "Doctor"; "plants" lists the boilerplate and damaged pieces verbatim.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED22 = 22022
ROWS22 = 200
OUT22 = Path(__file__).parent / "data" / "realistic_blind22.jsonl"
PH = "Chat Doctor"

BODY22 = [
    "Your symptoms suggest acid reflux, which is common after heavy or late meals.",
    "Take pantoprazole 40 mg once daily on an empty stomach for two weeks.",
    "Avoid spicy food, tea, coffee and alcohol until the burning settles.",
    "Raise the head end of your bed by a few inches to reduce reflux at night.",
    "An upper GI endoscopy is advised if the pain persists beyond a month.",
    "The report shows mild fatty liver, which is reversible with weight loss.",
    "Your SGPT is slightly raised, so repeat the liver function test after six weeks.",
    "Walk briskly for at least 30 minutes five days a week.",
    "Cut down on sugar, white rice and fried snacks.",
    "The chest pain you describe sounds muscular, as it increases on pressing the area.",
    "Still, please get an ECG done to rule out any problem with the heart.",
    "If the chest pain spreads to the arm or jaw or comes with sweating, go to the emergency room at once.",
    "Your blood pressure of 150/95 is high and needs treatment.",
    "Start amlodipine 5 mg once a day and check your pressure at home every morning.",
    "Reduce salt in your diet to less than one teaspoon a day.",
    "A fasting sugar of 160 mg/dl means diabetes, and an HbA1c will confirm the control over three months.",
    "Metformin 500 mg twice daily after meals is a usual starting dose.",
    "Check your feet daily for cuts or blisters since diabetes reduces sensation.",
    "A TSH of 8.2 indicates hypothyroidism.",
    "Start thyroxine 50 mcg every morning on an empty stomach and repeat TSH after six weeks.",
    "Do not take calcium or iron tablets within four hours of thyroxine.",
    "Your hemoglobin of 9.1 g/dl shows moderate anemia.",
    "Take ferrous sulphate once daily with orange juice to improve absorption.",
    "Eat green leafy vegetables, dates, jaggery and pulses.",
    "A stool test for occult blood is needed to find the cause of the anemia.",
    "The rash looks like a fungal infection of the groin, called tinea cruris.",
    "Apply clotrimazole cream twice daily for four weeks, even after the rash clears.",
    "Keep the area dry and wear loose cotton innerwear.",
    "Do not use steroid creams like betamethasone, as they make fungal infections worse.",
    "Take levocetirizine 5 mg at bedtime for the itching.",
    "The lump you describe is most likely a lipoma, a harmless collection of fat.",
    "An ultrasound of the swelling will confirm this.",
    "If it grows quickly or becomes painful, a surgeon should examine it.",
    "Your child probably has a viral fever, which usually settles in three to five days.",
    "Give paracetamol syrup 15 mg per kg every six hours if the fever is above 100 F.",
    "Sponge the child with lukewarm water, not cold water.",
    "Take the child to the hospital if there is fast breathing, drowsiness, a fit or refusal to drink.",
    "Keep giving small sips of ORS to prevent dehydration.",
    "Loose motions in a toddler are mostly viral and need only fluids and zinc for 14 days.",
    "Zinc 20 mg daily helps shorten the diarrhea.",
    "Continue breastfeeding during the illness.",
    "A missed period with a positive urine test means you are pregnant.",
    "Start folic acid 5 mg daily and book an early scan at 7 weeks.",
    "Spotting in early pregnancy is common, but heavy bleeding with cramps needs an urgent visit.",
    "Irregular periods with acne and weight gain point towards polycystic ovaries.",
    "A pelvic ultrasound and hormone tests on day 2 of the cycle will help.",
    "Weight loss of even 5 percent often brings back regular cycles.",
    "The white discharge with itching is likely a yeast infection.",
    "Use a clotrimazole vaginal pessary at night for six nights.",
    "Your partner does not need treatment unless he has symptoms.",
    "Burning urination with frequency suggests a urinary tract infection.",
    "Get a urine routine and culture test before starting antibiotics.",
    "Nitrofurantoin 100 mg twice daily for five days is usually effective.",
    "Drink at least three liters of water a day.",
    "A 6 mm kidney stone has a good chance of passing on its own.",
    "Tamsulosin 0.4 mg at night relaxes the ureter and helps the stone pass.",
    "If you get fever with the pain or stop passing urine, go to the emergency department.",
    "The headache you describe sounds like a tension headache.",
    "Sleep seven to eight hours and avoid long hours at the screen.",
    "Naproxen 250 mg can be taken for the pain, but not more than three days a week.",
    "A sudden severe headache, the worst of your life, needs an immediate CT scan.",
    "Weakness on one side of the body or slurred speech are signs of a stroke; call an ambulance right away.",
    "Your MRI shows a disc bulge at L4-L5 pressing on the nerve root.",
    "Most such cases improve with physiotherapy over six to eight weeks.",
    "Avoid lifting heavy weights and bending forward.",
    "Pregabalin 75 mg at night helps the shooting pain down the leg.",
    "Loss of control over urine or stools with back pain is an emergency.",
    "Knee pain at your age is most often due to early osteoarthritis.",
    "Quadriceps strengthening exercises reduce knee pain over time.",
    "Losing weight takes load off the knees.",
    "A vitamin D level should be checked, as deficiency is very common.",
    "Take vitamin D3 60,000 IU once a week for eight weeks.",
    "The cough for three weeks with evening fever needs a chest X-ray and sputum test for tuberculosis.",
    "Your X-ray shows a small patch in the right lower lobe, consistent with pneumonia.",
    "Amoxicillin with clavulanic acid 625 mg three times a day for seven days should clear it.",
    "Use a salbutamol inhaler two puffs when wheezy, and learn the correct inhaler technique.",
    "If your lips turn blue or you cannot speak in full sentences, go to the emergency room.",
    "Steam inhalation twice a day will loosen the mucus.",
    "Saline nasal spray helps the blocked nose.",
    "Stop smoking completely; it is the single best thing for your lungs.",
    "Your anxiety seems to be causing the palpitations and the tight feeling in the chest.",
    "Escitalopram 10 mg once daily takes about four weeks to show its full effect.",
    "Do not stop it suddenly; it should be tapered under supervision.",
    "Counselling or cognitive behavioral therapy works well along with the medicine.",
    "If you ever have thoughts of harming yourself, please go to the nearest emergency department"
    " or call a helpline now.",
    "Regular sleep times, morning sunlight and less caffeine help sleep return.",
    "The pain in the lower right abdomen with fever could be appendicitis.",
    "Please see a surgeon today and get an ultrasound of the abdomen.",
    "Do not take painkillers before the doctor examines you, as they can mask the signs.",
    "Piles are swollen veins at the anus and bleed bright red on passing hard stools.",
    "Sitz baths in warm water twice a day soothe the pain.",
    "Take isabgol husk two teaspoons at night with a glass of water to soften the stools.",
    "A fissure heals in most people within six weeks with these measures.",
    "The red eye with discharge is conjunctivitis, usually viral.",
    "Use moxifloxacin eye drops four times a day for five days.",
    "Wash your hands often and do not share towels.",
    "Sudden loss of vision or severe eye pain needs an eye specialist the same day.",
    "The toothache is from a deep cavity that has reached the pulp.",
    "Root canal treatment can save the tooth.",
    "Rinse with warm salt water after meals.",
    "The ringing in your ears may be due to wax; ear drops for three days will soften it.",
    "Do not put buds or hairpins into the ear.",
    "Hair fall after typhoid is temporary and recovers in three to six months.",
    "Eat enough protein: eggs, milk, paneer, dal and nuts.",
    "Low sperm count can improve with weight loss, no smoking and avoiding hot baths.",
    "Repeat the semen analysis after three months, with three days of abstinence before the test.",
    "Erectile difficulty at your age is often linked to stress, diabetes or smoking.",
    "Tadalafil 10 mg can be used before intercourse, but never with nitrate heart tablets.",
    "Your cholesterol and LDL are high, so atorvastatin 10 mg at night is advised.",
    "Repeat the lipid profile after three months of diet and medicine.",
    "A dog bite needs washing with soap and running water for 15 minutes.",
    "Start the anti-rabies vaccine on days 0, 3, 7 and 28.",
    "A tetanus booster is needed if the last one was more than five years ago.",
    "Care should be taken not to burst the blisters, as they protect the skin underneath.",
    "I hope the swelling settles after you finish the course, but see the surgeon if it does not.",
    "Thanks to the vaccine, most children who get chickenpox now have a mild illness.",
    "You are welcome to bring the old prescriptions at the next visit so the doses can be compared.",
    "Regards to diet, small frequent meals are better than three large ones.",
    "Dear, the blood in the stools must be checked by a colonoscopy at your age.",
    "Your query about the dose is important: do not take more than 4 grams of paracetamol in a day.",
    "Help from a physiotherapist for two weeks will teach you the right exercises.",
    "Taking care of your sleep is as important as the tablets.",
    "Drink a glass of water first thing in the morning.",
    "Eat dinner at least two hours before going to bed.",
    "Try to get out for a walk in the morning sun.",
    "Keep a diary of what you eat and when the symptoms come.",
    "Wear comfortable shoes with a soft sole.",
    "Do not skip breakfast.",
]

OPEN_COMMON22 = [
    "Hi, Thanks for your query.", "Hi. Thanks for your query.", "Hi~", "Hello, Thanks for your query.", "Hello~",
    "Hi, Thank you for your query.", "Hello, thanks for the query.", "Hi,Thanks for your query.",
    "Hi, Thanks for writing in.", "Hello, Thanks for writing in.", "Hi, thanks for writing to Chat Doctor.",
    "Hello and Welcome to Chat Doctor.", "Hi and welcome to Chat Doctor.",
    "Hello and welcome to ‘Ask A Doctor’ service.",
    "Hello, Thanks for posting your query at Chat Doctor.", "Hi, Thanks for posting your query.",
    "Thanks for your query.", "Thank you for the query.", "Thanks for choosing Chat Doctor.",
    "Thanks for using Chat Doctor.", "Hello, I have gone through your query and understand your concern.",
    "I have gone through your query.", "I have read your query and understand your concerns.",
    "I can understand your concern.", "Hi, I understand your concern.", "Hello,",
    "Hi,", "Hello.", "HelloThank you for asking.", "Hi, welcome to Chat Doctor forum.",
    "Welcome to Chat Doctor.", "Thanks for contacting Chat Doctor.", "Dear {name}, thanks for your query.",
    "Hi {name}, thanks for the query.", "Hello dear, I understand your concern.",
]

OPEN_RARE22 = [
    "Hi there ~", "Greetings from Chat Doctor!", "Good morning.", "Good evening {name}.",
    "Namaste.", "Dear friend, welcome.", "Dear Sir,", "Dear madam, I have gone through your mail.",
    "Respected sir, thanks for the trust.", "HI THANKS FOR YOUR QUERY.", "HELLO AND WELCOME.",
    "hi thanx for ur query", "Hello! Thanx for writting to us.", "Thanks for ur query.",
    "Thank you for choosing {site} for your health question.", "Thanks for asking on {site}.",
    "Welcome to {site}!", "Hello and welcome to {site}, I am happy to assist you.",
    "I am Dr. {dr}, and I will answer your question today.",
    "I am Dr. {dr}, a {spec} with {years} years of experience.",
    "This is Dr {dr} from {city}.", "Hello, I am Dr. {dr} ({deg}) and I have reviewed your question.",
    "Myself Dr. {dr}, {spec}.", "I am a {spec} and I will try to help you.",
    "I have carefully studied your history and the reports.", "I have gone through your reports attached.",
    "I read your question carefully.", "Thank you for the detailed history, it helps a lot.",
    "Thanks for sharing your concern with us.", "I appreciate your concern for your mother.",
    "I am sorry to hear about your problem.", "Sorry to know about your health issue.",
    "I understand how worrying this must be for you.", "Don't worry, I am here to help you.",
    "Relax, this is not a serious problem.", "Do not panic.", "Welcome back to Chat Doctor.",
    "Nice to hear from you again.", "Thanks for the follow up.", "Happy to help you with this.",
    "Glad you asked.", "Many thanks for your trust.", "Hello, Chat Doctor here.",
    "Hi, Dr. {dr} here.", "Hey there!", "Hiya,", "Good day to you.", "Warm welcome to Chat Doctor.",
    "Welcome to the Chat Doctor online consult.", "Thanks for your question on Chat Doctor.",
]

CLOSE_COMMON22 = [
    "Hope this helps.", "Hope this helps you.", "Hope this helps. Take care.", "Hope this helps.Take care.",
    "Hope I have answered your query.", "Hope I have answered your query. Let me know if I can assist you further.",
    "Hope this information helps you.", "Hope this information is useful.", "Take care.", "Take care",
    "Regards", "Regards,", "Regards, Chat Doctor.", "Take care. Chat Doctor.", "Wish you good health.",
    "Wishing you good health.", "Wish you a speedy recovery.", "Get well soon.",
    "Feel free to ask any more queries.", "Feel free to discuss further.", "Let me know if you have any other doubts.",
    "If you have any further queries, please feel free to ask.", "Thanks.", "Thank you.",
    "Thanks and regards.", "Best regards.", "Best wishes.", "Wish you all the best.",
    "Regards Dr. {dr}", "Dr. {dr}", "Take care, Dr. {dr}.", "Hope this helps. Regards Chat Doctor.",
    "Please do not hesitate to contact me for any further queries.", "Hope you find my answer helpful.",
]

CLOSE_RARE22 = [
    "tc", "rgds", "Thanx.", "TAKE CARE.", "REGARDS", "GOOD LUCK.", "wish u good health", "all the best to u",
    "Regards- Dr. {dr}, {deg}, {spec}, {city}.", "Dr. {dr} MBBS, MD(Med)Consultant Physician, {city}",
    "Dr. {dr}, {deg}~", "With regards, Dr {dr}, {spec}.", "Yours sincerely, Dr. {dr}",
    "For further queries you can consult me directly on {site}.", "You can also reach me at {site}.",
    "Contact me for a paid private consultation for a detailed discussion.",
    "For a one-to-one discussion you may book a premium consult with me on Chat Doctor.",
    "Please rate my answer if it was helpful.", "Kindly accept my answer and rate it.",
    "Please click on 'Thank the doctor' if you found this useful.", "Do give your valuable feedback.",
    "If you are satisfied, please close the discussion.", "Please revert back with the reports.",
    "Send me the reports once they are done.", "I will be happy to help you again.",
    "Waiting for your reply.", "Keep me posted on your progress.", "Let me know how it goes.",
    "Do write back to me after a week.", "Follow up with me after the tests.",
    "God bless you.", "May God bless you with good health.", "Happy new year!", "Happy Diwali to you and family.",
    "Stay safe.", "Stay blessed.", "Have a nice day.", "Good day.", "Cheers!", "Be positive.",
    "Hope you recover soon.", "Praying for your speedy recovery.", "Take good care of yourself and your baby.",
    "Thanks for trusting Chat Doctor.", "Thank you for using Chat Doctor.", "Thanks for contacting us.",
    "Chat Doctor.", "Regards - Chat Doctor.", "Thanks and take care, {name}.",
]

DAMAGE22 = [
    "Apply the ointment twice a Chat Doctor for ten days.",
    "You can take the syrup three times a Chat Doctor after food.",
    "Drink warm water and take a Chat Doctor diet for two days.",
    "Consult a Chat Doctor for a proper clinical examination.",
    "Your Chat Doctor will examine you and decide the dose.",
    "Please show the reports to a Chat Doctor near you.",
    "There is nothing to worry about, Chat Doctor.",
    "The pain in your Chat Doctor should subside with rest.",
    "Avoid oily food and Chat Doctor for a week.",
    "Get a Chat Doctor done to confirm it.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity)",
    "Chat Doctor. Hope this helps you.",
]

PATIENT22 = [
    "I have burning in my chest after meals for a month. What should I do?",
    "My 3 year old son has fever since yesterday, 101 F. Please advise.",
    "I am 45, my BP was 150/95 in the clinic. Do I need tablets?",
    "My periods are irregular and I have gained weight. Is it PCOS?",
    "I have back pain going down my left leg for two weeks.",
    "My reports show TSH 8.2. Is this serious?",
    "There is an itchy red rash in my groin that keeps spreading.",
    "I feel my heart racing and I cannot sleep at night.",
    "Pain while passing urine and going very often since two days.",
    "My knees hurt when I climb stairs. I am 55 years old.",
    "Cough for three weeks with mild fever in the evening.",
    "I found a soft lump on my arm, it does not hurt.",
]
DESC22 = [
    "Q. What causes burning in the chest?", "Q. Is my blood pressure high?", "Q. Is this fever dangerous?",
    "Q. What does my report mean?", "Q. How do I treat this rash?", "Q. Do I need any test?",
    "Q. What is the cause of my pain?", "Q. Is this serious?", "Q. Which medicine should I take?",
]
NAMES22 = ["Riya", "Rahul", "Mr. Sharma", "Anita", "John", "Mrs. Khan", "Priya", "Suresh", "Maria", "Ahmed"]
DRS22 = ["Ramesh Kumar", "S. Nair", "Anjali Mehta", "Prakash Rao", "K. V. Reddy", "Sunita Joshi", "Imran Ali"]
SITES22 = ["www.healthforall.example", "DocAnswers", "'Ask Your Doctor'", "MediHelp online", "cliniconnect.example"]
CITIES22 = ["Pune", "Chennai", "Lucknow", "Kolkata", "Jaipur", "Indore", "Kochi"]
DEGS22 = ["MBBS, MD", "MBBS, DNB", "MBBS, MS(Ortho)", "MD (Derm)", "MBBS DGO", "MD, DM (Cardio)"]
SPECS22 = ["general physician", "cardiologist", "dermatologist", "gynecologist", "orthopedic surgeon", "pediatrician"]
OPEN22 = OPEN_COMMON22 + OPEN_RARE22
CLOSE22 = CLOSE_COMMON22 + CLOSE_RARE22
# Inside the common pools the first forms are the everyday ones: Zipf-like weights make them dominate.
ZIPF_OPEN22 = [1 / (rank + 1) ** 1.5 for rank in range(len(OPEN_COMMON22))]
ZIPF_CLOSE22 = [1 / (rank + 1) ** 1.5 for rank in range(len(CLOSE_COMMON22))]
# The released text lost most line breaks, and some joins lost the space too.
JOINS22 = [" "] * 20 + ["\n", "\n\n", "", "", "", ""]


# Two edge pieces of one answer never say the same thing twice (no "thanks" after "thanks").
KEYS22 = ("thank", "thanx", "welcome", "gone through", "understand", "regard", "hope", "take care", "dr", "chat doctor",
          "rate", "bless", "wish", "query", "help", "concern", "sorry", "worry")


def _context(rng: random.Random) -> dict:
    # One doctor, one site, one city per answer, as on a real page.
    return {
        "name": rng.choice(NAMES22), "dr": rng.choice(DRS22), "site": rng.choice(SITES22), "city": rng.choice(CITIES22),
        "deg": rng.choice(DEGS22), "spec": rng.choice(SPECS22), "years": rng.randint(5, 25),
    }


def _keys(template: str) -> set[str]:
    greeting = template.lower().startswith(("hi", "hello", "hey", "dear", "good ", "greetings", "namaste", "respected"))
    return {key for key in KEYS22 if key in template.lower()} | ({"greeting"} if greeting else set())


def _edge(rng: random.Random, common: list[str], weights: list[float], rare: list[str], count: int) -> list[str]:
    picked: list[str] = []
    for _ in range(60):
        if len(picked) == count:
            break
        template = rng.choices(common, weights)[0] if rng.random() < 0.78 else rng.choice(rare)
        if not any(_keys(template) & _keys(seen) for seen in picked) and template not in picked:
            picked.append(template)
    return picked


def _pieces(rng: random.Random) -> tuple[list[str], list[str], set[str]]:
    opens = _edge(rng, OPEN_COMMON22, ZIPF_OPEN22, OPEN_RARE22, rng.choices([0, 1, 2, 3], [10, 45, 35, 10])[0])
    closes = _edge(rng, CLOSE_COMMON22, ZIPF_CLOSE22, CLOSE_RARE22, rng.choices([0, 1, 2, 3], [12, 38, 35, 15])[0])
    if rng.random() < 0.1:  # some doctors answered with advice only, no greeting and no sign-off
        opens, closes = [], []
    context = _context(rng)
    opens, closes = [t.format(**context) for t in opens], [t.format(**context) for t in closes]
    count = rng.randint(2, 5)
    start = rng.randrange(len(BODY22) - count + 1)  # neighbours in BODY22 share a topic
    body = BODY22[start:start + count]
    plants = set(opens) | set(closes)
    middle = list(body)
    if rng.random() < 0.2:
        damaged = rng.choice(DAMAGE22)
        middle.insert(rng.randint(0, len(middle)), damaged)
        plants.add(damaged)
    return opens + middle + closes, body, plants


def _join(pieces: list[str], rng: random.Random) -> str:
    text = ""
    for i, piece in enumerate(pieces):
        if i and not text.endswith("~"):
            text += rng.choice(JOINS22) if text.endswith((".", "?", "!")) else rng.choice(JOINS22[:-4])
        text = text[:-1] if text.endswith("~") else text
        text += piece
    return text.rstrip("~").strip()


def make_row22(rng: random.Random) -> dict:
    pieces, body, plants = _pieces(rng)
    doctor = _join(pieces, rng)
    return {
        "Description": rng.choice(DESC22),
        "Patient": rng.choice(PATIENT22),
        "Doctor": doctor,
        "body": body,
        "plants": [p.rstrip("~").rstrip() for p in pieces if p in plants],
    }


def make_blind22(n: int = ROWS22, seed: int = SEED22) -> list[dict]:
    rng = random.Random(seed)
    return [make_row22(rng) for _ in range(n)]


def main() -> None:
    OUT22.parent.mkdir(parents=True, exist_ok=True)
    with OUT22.open("w", encoding="utf-8") as fh:
        for row in make_blind22():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
