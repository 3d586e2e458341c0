"""Blind held-out set 21 for answer cleaning (medqa issue 24), leaning on the iCliniq part of the data.

How it was made: every sentence below was written by hand for this file, blind: without opening the cleaner,
its rules, its tests, the other realistic sets or any dataset text. The aim is the iCliniq distribution as it
looked around 2012 to 2020: most answers open and close with the few forms most of its doctors used, in many
small variants (spacing, punctuation, case, typos, names, site spelled several ways), and a long tail of rarer
forms from individual doctors. Frequencies follow that: the edges come in slots (greeting, acknowledgement,
empathy; referral or invitation, wish, sign-off), each slot's pool is ordered from the commonest form to the
rarest, and a form of rank r is drawn with weight 1/r, so a slot's first handful make up most of its uses and
each tail form is rare.

A row answers one patient's problem: 2-5 sentences from that topic (now and then a plain lifestyle line), at
most one form per slot (0-3 openers, 0-3 closers; a tenth of rows have none) and, in about a fifth of rows, one
damaged piece ("Chat Doctor" where a word or name stood, or the attachment note). A template ending in "~" is
glued to the next piece with no space. "body" lists the medical sentences verbatim as they stand in "Doctor"; "plants"
lists the boilerplate and damaged pieces verbatim.
"""
import json
import random
from pathlib import Path

SEED21 = 2121
OUT21 = Path(__file__).parent / "data" / "realistic_blind21.jsonl"
CLEAN21 = 0.1  # share of rows with no opener or closer at all (a doctor who wrote only advice)
DAMAGED21 = 0.2  # share of rows carrying one damaged piece

NAMES21 = ["Rahul", "Priya", "Mr. Khan", "Sunita", "John", "Maria", "Anil", "Fatima", "Deepak", "Kavya", "Mrs. Rao",
           "Ahmed", "Neha", "Lakshmi", "Tom", "Sara", "Vikram", "Aisha", "Ramesh", "Jenny"]
DRS21 = ["Dr. Sanjay Kumar", "Dr. Meena Iyer", "Dr. R. K. Gupta", "Dr Anjali Deshpande", "Dr. Sameer Kulkarni",
         "Dr. Vivek Nair", "dr. farhan ali", "Dr.Pooja Sharma", "Dr. K. Venkatesh", "Dr. Ritu Malhotra",
         "Dr. Suresh Babu", "Dr. Nandini Rao", "Dr. Arvind Patil", "Dr. Shalini Menon"]
SITES21 = ["iCliniq", "icliniq", "iCliniq.com", "www.icliniq.com", "ICLINIQ", "icliniq.com", "i cliniq", "iclinic"]
CITIES21 = ["Chennai", "Pune", "Bangalore", "Hyderabad", "Kochi", "Mumbai", "Delhi", "Coimbatore", "Jaipur", "Nagpur"]
LINKS21 = ["https://www.icliniq.com/ask-a-doctor-online/{slug}", "https://icliniq.com/p/ask-a-doctor-online/{slug}",
           "www.icliniq.com/ask-a-doctor-online/{slug}"]

# Edge pools by slot, each ordered from the commonest form to the rarest; a row takes at most one form a slot.
OPEN_GREET21 = [
    "Hi.", "Hello.", "Hi,", "Hello,", "Hi. ~", "Hello~", "Hi. I have gone through your query.",
    "Hi, Welcome to {site}.", "Hello. Welcome to {site}.", "Hi. Thanks for the query.", "Hi {name}.",
    "Hello {name},", "Hi,Thanks for the query.~", "HELLO.", "HI.~", "hii", "hello,", "Hellow.", "Hi  .",
    "Hello and welcome to {site}.", "Greetings from {site}.", "Dear {name}, thanks for consulting.",
    "Dear patient, thanks for writing in.", "Respected sir,", "Hello dear.", "Hello Mam,", "Hi sir,",
    "Good morning.", "Good evening, {name}.", "Namaste.", "Greetings.", "Hi there.", "Hi dear,", "Helo.",
    "Hello again.", "Welcome back to {site}.", "Welcome to {site}, I am {dr}.",
    "Hello! Thanks for writing to us.", "Hi. Welcome to {site}. I have gone through your query.~",
    "Hello, Welcome to {site}. I am {dr} and I have read your question.",
    "Hello. I am {dr}. I have read your question in detail.", "This is {dr} answering your query.",
]
OPEN_ACK21 = [
    "I have gone through your query.", "Thanks for the query.", "Thank you for the query.",
    "I have gone through your query and the attached reports (attachment removed to protect patient identity).",
    "Thanks for posting your query on {site}.", "Thank you for consulting {site}.", "Thanks for query.",
    "I have carefully gone through your query.", "I have gone through your details.",
    "Thank you for writing to {site}.", "Thanks for using {site}.", "I just read your query.",
    "I went through your question.", "Thanks for posting your query.", "Thank you for the detailed history.",
    "Thanks for the details.", "Thank you for your question on {site}.", "Thank you for sharing the reports.",
    "I have reviewed the attachment (attachment removed to protect patient identity).",
    "(attachment removed to protect patient identity)", "I have gone through the images.",
    "I have gone through the history and photos you sent.", "Thankyou for the query.", "Thanx for the query.",
    "I have gone through your query and understood the concern.~", "Thank you for the follow up.",
    "Thanks for writing back.", "Thank you for choosing {site} for your health concern.",
    "I am {dr}, {spec}, and I will help you with this.",
    "I am a {spec} with 15 years of experience and I have read your query carefully.",
    "I have gone through your query with diligence and would like you to know that I am here to help you.",
]
OPEN_EMP21 = [
    "I understand your concern.", "I can understand your concern.", "I read your query and understand your concern.",
    "I can understand your situation and I am here to help you.", "I am sorry to hear about your problem.",
    "Do not worry, I will help you.", "Dont worry.", "Relax, this is a common problem.",
    "Sorry to know about your mother's illness.", "I can see that you are worried.",
    "I have read your query and can understand your worry.",
]
CLOSE_REFER21 = [
    "Revert back with the reports to {a_spec} online.", "For more information consult {a_spec} online --> {link}",
    "For further information consult {a_spec} online --> {link}", "Revert with more details to {a_spec} online.",
    "For further queries consult {a_spec} online --> {link}", "For further doubts consult {a_spec} online.",
    "Consult {a_spec} online for more details --> {link}", "To know more consult {a_spec} online --> {link}",
    "For more information consult {a_spec} online.",
    "Please consult your specialist doctor, discuss with him or her and start taking the medicines after consent.",
    "Regarding follow up: Revert back after two weeks to {a_spec} online.",
    "Follow up after the tests, I will be glad to help.",
    "You can revert back to me after a week.", "Revert back after 2 weeks.", "Please revert with the blood reports.",
    "Feel free to ask further queries.", "If you have any more doubts, please ask.",
    "Write to me again with the scan report.", "Kindly rate the answer if you found it useful.",
    "Please click on thank the doctor if it helped.",
    "You can also consult me directly on {site} for a detailed discussion.",
    "You can send the reports to me through a private query.", "Contact me through a paid direct question.",
    "Please feel free to ask me directly at {site} for a detailed plan.", "I will be available for follow up.",
    "Let me know if you have any other questions.", "Do write back if you need anything else.",
    "Please do not forget to rate the answer.", "Welcome for any further queries.", "You are welcome to ask again.",
    "Hope this answer helps. Feel free to ask any more questions.",
]
CLOSE_WISH21 = [
    "Take care.", "Hope this helps.", "Hope this helps you. Take care.", "Hope I have answered your query. Take care.",
    "Hope this helps. Regards.", "Take care and regards.", "Thank you and take care.", "Wish you a speedy recovery.",
    "Wishing you good health.", "Get well soon.", "God bless you.", "Best wishes for your baby.",
    "Happy Diwali and take care.", "All the best.", "Best of luck.", "I hope this helps you.",
    "Hope you find this answer helpful.", "Hope your query is answered.", "Hope I have cleared your doubt.",
    "hope this helps", "TAKE CARE.", "Tc.", "Stay safe.", "Stay home, stay safe.", "Be positive.",
    "Do not worry, everything will be fine.", "Nothing to worry.", "Don't panic, it is treatable.",
    "Take care,", "Hope this information helps you.", "Hope this has helped you.", "Good luck.",
    "Hope this will help you. Take care.", "Wishing your father a quick recovery.", "Take care of your health.",
    "Hope I answered your question.",
]
CLOSE_SIGN21 = [
    "Regards.", "Thank you.", "Thanks.", "Regards,", "Thanks and regards.", "Regards, {dr}.", "{dr}, {spec}",
    "Regards {dr}", "Rgds.", "Thanks, regards.", "Regards..", "Thanks & Regards, {dr}",
    "{dr} MBBS, MD (Medicine), Consultant Physician, {city}", "{dr}, MDS (Oral Medicine), {city}.",
    "{dr}, MBBS, DNB (Psychiatry)", "Regards,{dr}MBBS,MS(Ortho)", "Thanks for using {site}.",
    "Thanks for trusting {site}.", "Thank you for choosing {site}, take care.", "Thank you for your query.",
    "Thanks for writing in.", "Thankyou.", "Thanx.", "Regards ,", "Rgards.", "With regards.",
    "Yours sincerely, {dr}.", "Thank you. Regards, {dr}, {spec}, {city}.",
]
OPEN21 = OPEN_GREET21 + OPEN_ACK21 + OPEN_EMP21
CLOSE21 = CLOSE_REFER21 + CLOSE_WISH21 + CLOSE_SIGN21
# (slot, chance a row uses it): the greeting and the acknowledgement most answers had, an empathy line in few
OPEN_SLOTS21 = [(OPEN_GREET21, 0.7), (OPEN_ACK21, 0.45), (OPEN_EMP21, 0.15)]
CLOSE_SLOTS21 = [(CLOSE_REFER21, 0.45), (CLOSE_WISH21, 0.5), (CLOSE_SIGN21, 0.4)]


DAMAGE21 = [
    "Take the tablet twice a Chat Doctor after food.",
    "Apply the ointment on the Chat Doctor area at night.",
    "I am Chat Doctor and I will help you.",
    "You can consult me on Chat Doctor for the follow up.",
    "Keep the wound Chat Doctor and clean.",
    "Drink plenty of water, at least 3 litres a Chat Doctor.",
    "Your reports were reviewed by Chat Doctor.",
    "Chat Doctor.",
    "(attachment removed to protect patient identity)",
    "Hello, Chat Doctor, welcome.",
    "Please get a Chat Doctor test done.",
    "Thanks for consulting Chat Doctor.",
    "Regards Chat Doctor.",
    "Consult a Chat Doctor for the same.",
    "Your son can go back to Chat Doctor after the fever settles.",
    "Hope this helps.Chat Doctor.",
    "Avoid Chat Doctor food and oily items.",
]

# each topic: a patient's question and the advice a doctor gave to it; a row draws its body from one topic,
# sometimes with one general lifestyle line, as a real answer stays on the patient's problem
TOPICS21 = [
    ("Hi doctor, I have burning in my chest after meals for a month. What should I do?", [
        "Your symptoms suggest acid reflux.",
        "Take tablet Pantoprazole 40 mg once daily before breakfast for two weeks.",
        "Avoid spicy and oily food and do not lie down for two hours after meals.",
        "Raise the head end of your bed by six inches.",
        "Get an upper GI endoscopy done if the pain persists.",
        "Regards to diet, eat small frequent meals.",
    ]),
    ("Hello, I have itchy red round patches on my thigh and waist that keep spreading.", [
        "The rash looks like a fungal infection called tinea corporis.",
        "Apply Luliconazole cream twice daily on the rash and two centimetres around it for four weeks.",
        "Take tablet Levocetirizine 5 mg at night for the itching.",
        "Do not apply steroid creams on the rash.",
        "Wear loose cotton clothes and keep the area dry.",
        "Wash your clothes in hot water and dry them in the sun.",
    ]),
    ("I had pain in the left side of my chest yesterday for some minutes. My ECG is attached.", [
        "Your ECG report is within normal limits.",
        "The chest pain you describe is most likely muscular.",
        "If the pain spreads to the left arm or jaw with sweating, go to the emergency room immediately.",
        "Get a lipid profile and fasting blood sugar done.",
    ]),
    ("I am 45, my BP was 150/95 at the clinic today. Do I need medicine?", [
        "Your blood pressure of 150/95 mmHg needs treatment.",
        "Start tablet Amlodipine 5 mg once daily after consulting your physician.",
        "Reduce salt to less than 5 grams a day.",
        "Walk briskly for 30 minutes at least five days a week.",
        "Stop smoking and alcohol.",
    ]),
    ("My TSH report came 8.2. I feel tired and am gaining weight.", [
        "Your thyroid report shows a TSH of 8.2, which means hypothyroidism.",
        "Take tablet Thyroxine 50 mcg on an empty stomach in the morning.",
        "Repeat the TSH after six to eight weeks.",
        "Hope is not lost, as this condition responds well to treatment.",
    ]),
    ("I feel weak and breathless on climbing stairs. My Hb is 9.1.", [
        "Your hemoglobin of 9.1 g/dL shows anemia.",
        "Take an iron tablet once daily with orange juice for three months.",
        "Eat green leafy vegetables, dates and jaggery.",
        "Get a stool test for occult blood done.",
    ]),
    ("I found a small painless lump in my right breast. I am 24.", [
        "The lump in the breast needs an ultrasound and a mammogram.",
        "Most breast lumps at your age are benign fibroadenomas.",
        "A fine needle aspiration will confirm the nature.",
        "The doctor will welcome any question you have about the biopsy.",
    ]),
    ("My periods are late by 15 days and the pregnancy test is negative.", [
        "Your periods may be delayed due to stress or polycystic ovaries.",
        "Do a urine pregnancy test first.",
        "Get an ultrasound of the pelvis done.",
        "Tablet Primolut N 5 mg thrice daily for five days will bring your periods.",
        "Spotting after intercourse needs a Pap smear.",
        "Folic acid 5 mg daily should be started three months before pregnancy.",
    ]),
    ("My 4 year old son has fever since 2 days, 102 F, and a runny nose.", [
        "Your child has viral fever.",
        "Give syrup Paracetamol 15 mg per kg every six hours if the fever is above 100 F.",
        "Sponge the child with lukewarm water.",
        "Give plenty of fluids and ORS.",
        "If the child becomes drowsy, has a fit or stops feeding, take him to the hospital at once.",
        "Antibiotics are not needed for a viral cold.",
        "Saline nasal drops will clear the blocked nose.",
        "Thanks to the vaccine, measles is rare now.",
    ]),
    ("I have a blocked nose and pain over my cheeks for ten days.", [
        "Steam inhalation twice a day will help the sinuses.",
        "Saline nasal spray twice a day keeps the nose clear.",
        "A CT scan of the paranasal sinuses is needed only if it keeps coming back.",
    ]),
    ("Sir, I have severe knee pain while climbing stairs. I am 58 years old.", [
        "Your X-ray shows early osteoarthritis of the knee.",
        "Lose weight, as every kilogram lost reduces the load on the knee.",
        "Do quadriceps strengthening exercises daily.",
        "Take tablet Aceclofenac 100 mg twice daily after food for five days.",
        "Apply a hot pack on the knee for 15 minutes.",
        "Avoid squatting and sitting cross-legged.",
        "Help from a physiotherapist will speed up the recovery.",
    ]),
    ("I have pain in my lower back going down to my left leg with tingling.", [
        "Back pain with numbness in the leg suggests a disc bulge.",
        "An MRI of the lumbar spine is needed.",
        "If you lose control of urine or stools, go to the emergency department the same day.",
        "Sleep on a firm mattress.",
    ]),
    ("My tooth hurts a lot when I drink cold water and at night.", [
        "Your tooth has deep caries reaching the pulp.",
        "Root canal treatment followed by a crown is the best option.",
        "Take tablet Amoxicillin 500 mg thrice daily for five days.",
        "Rinse with warm salt water three times a day.",
        "Brush twice daily with a soft brush and use dental floss.",
        "Wisdom tooth pain usually needs an X-ray called an OPG.",
    ]),
    ("I have ear pain and some yellow discharge from the right ear, and ringing.", [
        "Ear pain with discharge suggests a middle ear infection.",
        "Do not put oil or water in the ear.",
        "Keep the ear dry while bathing.",
        "Ringing in the ear needs a hearing test called PTA.",
    ]),
    ("I get headaches every week with nausea and cannot stand light.", [
        "Your headache looks like a migraine.",
        "Keep a diary of your headache triggers.",
        "Tablet Naproxen 500 mg at the start of the headache can help.",
        "Sudden severe headache, the worst of your life, needs an emergency CT scan.",
        "Sleep for seven to eight hours at regular times.",
        "Limit screen time before bed.",
    ]),
    ("I get sudden attacks of fear and fast heartbeat, I feel I will die.", [
        "What you describe sounds like an anxiety disorder.",
        "Panic attacks are not dangerous though they feel frightening.",
        "Cognitive behavioural therapy works well for this.",
        "Tablet Escitalopram 10 mg may be started by a psychiatrist.",
        "If you have thoughts of ending your life, call a crisis helpline or go to the nearest emergency room now.",
        "Talk to someone you trust about how you feel.",
    ]),
    ("Burning urine since 3 days with frequent urge. Female, 30.", [
        "Burning while passing urine suggests a urinary tract infection.",
        "Get a urine routine and culture test done.",
        "Drink at least three litres of water a day.",
        "Tablet Nitrofurantoin 100 mg twice daily for five days is usually effective.",
    ]),
    ("We are trying for a baby for two years. My semen report is attached.", [
        "Your semen analysis shows a low count.",
        "Avoid tight underwear and hot baths.",
        "Repeat the semen analysis after three months.",
        "Early ejaculation is common and treatable.",
    ]),
    ("My sugar after food was 240. What does it mean?", [
        "Your sugar of 240 mg/dL after food means diabetes.",
        "Get an HbA1c test done.",
        "Tablet Metformin 500 mg twice daily after food is the usual first drug.",
        "Check your feet daily for cuts or blisters.",
        "Cut down on rice, sweets and sugary drinks.",
        "Take extra care of your feet if you have diabetes.",
    ]),
    ("My SGPT is 78 and the scan says grade 1 fatty liver.", [
        "Your liver enzymes are mildly raised.",
        "This is most probably fatty liver.",
        "Avoid alcohol completely.",
        "Jaundice with high fever and confusion needs admission.",
    ]),
    ("I pass hard stools and sometimes see blood on the paper.", [
        "Constipation improves with fibre and water.",
        "Take Isabgol husk two teaspoons at bedtime in a glass of water.",
        "Piles can bleed bright red blood after stools.",
        "Sitz bath in warm water twice daily eases the pain.",
    ]),
    ("My hair is falling a lot after I had typhoid 2 months ago.", [
        "Hair fall after typhoid usually recovers in three to six months.",
        "Get serum ferritin, vitamin D and B12 levels checked.",
        "Apply Minoxidil 5 % solution on the scalp twice daily.",
    ]),
    ("I am 19 and have pimples on my face and back for a year.", [
        "Acne needs patience as treatment takes eight to twelve weeks.",
        "Apply Adapalene gel at night on the whole face.",
        "Do not squeeze the pimples.",
        "Use a sunscreen of SPF 30 every morning.",
    ]),
    ("My father has cough for a month and lost weight. Is it TB?", [
        "A cough lasting more than two weeks needs a chest X-ray and sputum test.",
        "Your dear ones should also be screened for tuberculosis.",
        "Breathlessness at rest or bluish lips needs emergency care.",
        "This query about the dose is best settled by your chest physician.",
    ]),
    ("I have asthma and use an inhaler but still wheeze at night.", [
        "Use the inhaler with a spacer.",
        "Rinse your mouth after the steroid inhaler.",
        "Keep the room free of dust and do not keep carpets.",
    ]),
    ("My platelets are 60000 and I have dengue. Should I be admitted?", [
        "Your platelet count is low due to dengue.",
        "Check the platelets daily till they rise.",
        "Bleeding from the gums or black stools in dengue needs admission.",
        "Take only paracetamol for fever in dengue, not ibuprofen.",
    ]),
    ("I feel giddy when I turn in bed. The room spins for a few seconds.", [
        "Giddiness on turning the head suggests BPPV.",
        "The Epley manoeuvre done by an ENT doctor can cure it.",
        "Tablet Betahistine 16 mg thrice daily helps the vertigo.",
    ]),
    ("My hands go numb and tingle at night, mostly the thumb side.", [
        "Numbness in the hands at night suggests carpal tunnel syndrome.",
        "A nerve conduction study will confirm it.",
        "Wear a wrist splint at night.",
    ]),
    ("I cut my foot on a rusted nail yesterday. It is swollen today.", [
        "Take a tetanus injection if you have not had one in five years.",
        "Taking care of the wound daily prevents infection.",
        "Red streaks going up the leg or fever need a doctor the same day.",
    ]),
]
# plain lifestyle lines that any answer may carry
LIFESTYLE21 = [
    "Walk in the park in the morning.",
    "Eat on time and do not skip breakfast.",
    "Spend time with family and friends.",
    "Try to go to bed early.",
    "Drink a glass of warm milk at night.",
    "Keep a bottle of water at your desk.",
    "Eat fruits and salads every day.",
    "Take a break from work on weekends.",
]
BODY21 = [s for _, advice in TOPICS21 for s in advice] + LIFESTYLE21
PATIENT21 = [patient for patient, _ in TOPICS21]
DESCRIPTIONS21 = ["Q. What should I do for this problem?", "Q. Is this serious?", "Q. Which medicine should I take?",
                  "Q. Do I need any tests?", "Q. Is it normal?", "Q. What is the treatment for this?",
                  "Q. Please suggest the right treatment.", "Q. Why do I have these symptoms?"]
# the specialty each topic of TOPICS21 is referred to, in the same order
TOPIC_SPECS21 = [
    "gastroenterologist", "dermatologist", "cardiologist", "internal medicine physician", "endocrinologist",
    "general medicine physician", "general surgeon", "obstetrician and gynaecologist", "pediatrician",
    "ENT otolaryngologist", "orthopedician", "spine surgeon", "dentist", "ENT otolaryngologist", "neurologist",
    "psychiatrist", "urologist", "andrologist", "diabetologist", "hepatologist", "general surgeon", "trichologist",
    "dermatologist", "pulmonologist", "pulmonologist", "general medicine physician", "ENT otolaryngologist",
    "neurologist", "general practitioner",
]


def _fill21(rng, template, spec):
    """The placeholders filled; the referral names the specialty that fits the patient's problem."""
    a_spec = ("an " if spec[0] in "aeiouAEIOU" else "a ") + spec
    link = rng.choice(LINKS21).replace("{slug}", spec.lower().replace(" ", "-"))
    return (template.replace("{link}", link).replace("{a_spec}", a_spec).replace("{spec}", spec)
            .replace("{name}", rng.choice(NAMES21)).replace("{dr}", rng.choice(DRS21))
            .replace("{site}", rng.choice(SITES21)).replace("{city}", rng.choice(CITIES21)))


def _edges21(rng, slots):
    """One template from each slot the row uses, drawn by rank (weight 1/r): the head common, the tail rare."""
    picked = []
    for pool, chance in slots:
        if rng.random() < chance:
            picked.append(rng.choices(pool, weights=[1.0 / (r + 1) for r in range(len(pool))])[0])
    return picked


def _advice21(rng):
    """2-5 sentences on one patient's problem, now and then a plain lifestyle line among them."""
    topic = rng.randrange(len(TOPICS21))
    patient, advice = TOPICS21[topic]
    keep = sorted(rng.sample(range(len(advice)), min(len(advice), rng.randint(2, 5))))
    body = [advice[i] for i in keep]  # in the topic's order: finding, tests, treatment, warning
    if len(body) < 5 and rng.random() < 0.25:
        body.insert(rng.randint(1, len(body)), rng.choice(LIFESTYLE21))
    return patient, TOPIC_SPECS21[topic], body


def _pieces21(rng):
    """The patient's question and (text, is_plant, glued) triples in row order."""
    patient, spec, advice = _advice21(rng)
    clean = rng.random() < CLEAN21
    openers = [] if clean else _edges21(rng, OPEN_SLOTS21)
    closers = [] if clean else _edges21(rng, CLOSE_SLOTS21)
    if closers and closers[-1] in CLOSE_SIGN21:  # the sign-off stays last; the rest come in either order
        closers = rng.sample(closers[:-1], len(closers) - 1) + closers[-1:]
    body = [(s, False, False) for s in advice]
    if rng.random() < DAMAGED21:
        body.insert(rng.randint(0, len(body)), (rng.choice(DAMAGE21), True, False))
    edge = [(_fill21(rng, t, spec).rstrip("~").rstrip(), True, t.endswith("~")) for t in openers]
    return patient, edge + body + [(_fill21(rng, t, spec), True, False) for t in closers]


def _join21(rng, pieces):
    text = pieces[0][0]
    for (prev, _plant, glued), (piece, _p, _g) in zip(pieces, pieces[1:]):
        sep = "" if glued else rng.choices([" ", "\n", "\n\n", "", "  "], weights=[62, 15, 8, 8, 7])[0]
        if sep == "" and not glued and not prev.endswith((".", "?", "!")):
            sep = " "
        text += sep + piece
    return text


def make_row21(rng):
    patient, pieces = _pieces21(rng)
    return {"Description": rng.choice(DESCRIPTIONS21), "Patient": patient, "Doctor": _join21(rng, pieces),
            "body": [p for p, plant, _ in pieces if not plant],
            "plants": [p for p, plant, _ in pieces if plant]}


def make_blind21(n=200, seed=SEED21):
    rng = random.Random(seed)
    return [make_row21(rng) for _ in range(n)]


def main():
    OUT21.parent.mkdir(parents=True, exist_ok=True)
    with OUT21.open("w", encoding="utf-8") as f:
        for row in make_blind21():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
