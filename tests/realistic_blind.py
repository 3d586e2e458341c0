"""The blind realistic set: original answers in the style of Q&A-site data (issue 24), written by someone who
never saw the cleaning rules, their tests, docs/data.md or the pools of tests/realistic_set.py.

    PYTHONPATH=$PWD:$PWD/tests python tests/realistic_blind.py   # rewrites tests/data/realistic_blind.jsonl
    make_blind(20_000, seed)                                      # a large set, in memory only

Everything here was written for medqa (no dataset text). Rows have realistic_set's format exactly:
{"Description", "Patient", "Doctor", "body": medical sentences verbatim in Doctor, "plants": boilerplate}, and are
scored with realistic_set.score. The row builder mirrors realistic_set.make_row line for line; it cannot be
called as is because it samples realistic_set's own BODY, names and patients. Two differences, both on purpose:
the blind pools and fill lists below, and the counts of openers and closers, drawn so that about 89 % of rows
carry at least one (real answers are not all signed); realistic_set's draw gives 97 %.
BODY holds hard cases that look like courtesy but are medical ("Take care to…", "Hope…", "Thanks to…",
"Welcome news is…", "HCM" as the heart disease) and must survive cleaning.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import realistic_set

score = realistic_set.score

BLIND_BODY = [
    "Take care to finish the whole course of antibiotics even if the fever settles in two days.",
    "Take care to keep the wound dry for the first 48 hours after the stitches.",
    "Take care while driving, as this medicine can cause drowsiness.",
    "Hope is reasonable here, because most cases of Bell's palsy recover fully within three to six months.",
    "Hopefully the swelling will settle with ice packs and keeping the ankle raised on a pillow.",
    "Hope for the best but do get the scan, because a breast lump after forty must always be checked.",
    "Thanks to the tetanus shot you had last year, a booster is not needed for this cut.",
    "Thanks to the newer long-acting insulins, low sugars at night are much less common now.",
    "Wishing the cough away will not help while you keep smoking, so please make a plan to quit.",
    "Best results come when the antifungal cream is applied thinly twice a day for four full weeks.",
    "Best is to check your blood pressure at home every morning for a week and note the readings.",
    "Regards to your question about the dose, 500 mg of paracetamol every six hours is safe for an adult of "
    "normal weight.",
    "Welcome news is that your thyroid profile is entirely within the normal range.",
    "Happy to report that the biopsy shows no cancer cells.",
    "Your doctor may add a small dose of amlodipine if the readings stay above 140/90.",
    "Your doctor should review the dose of warfarin once the INR report comes.",
    "See a cardiologist for an echocardiogram and a treadmill test.",
    "Take bed rest.",
    "Drink more fluids.",
    "Do not smoke.",
    "Stay hydrated!",
    "Avoid spicy and oily food for a few days.",
    "If you get chest pain that spreads to the left arm or jaw, call an ambulance immediately.",
    "Go to the nearest emergency department right away if you notice weakness of one side of the face or body, "
    "or slurred speech.",
    "Seek emergency care at once if your child becomes drowsy, stops drinking or has a fit.",
    "Vomiting blood or passing black, tarry stools is an emergency, so go to casualty without delay.",
    "A sudden severe headache, the worst of your life, needs an urgent CT scan in an emergency room.",
    "Hypertrophic cardiomyopathy (HCM) can run in families, so your brother should also have an echocardiogram.",
    "Avoid competitive sports until HCM has been ruled out by a cardiologist.",
    "Your haemoglobin of 9.2 g/dL shows mild anaemia, most likely from iron deficiency.",
    "Start ferrous sulphate 200 mg once daily with orange juice and repeat the blood count after six weeks.",
    "Tab. Pantoprazole 40 mg once a day before breakfast for two weeks should ease the burning.",
    "An ultrasound of the abdomen will tell us whether there are stones in the gall bladder.",
    "Get a fasting blood sugar and an HbA1c done.",
    "Get your urine tested for infection before starting any antibiotic.",
    "Feel free to use ibuprofen 400 mg with food up to three times a day for the knee pain, unless you have "
    "stomach ulcers.",
    "Follow up with a repeat X-ray of the wrist after three weeks to confirm the fracture is healing.",
    "Please share these reports with your treating gynaecologist at your next visit.",
    "Consult a dermatologist in person if the rash spreads or starts to blister.",
    "The lump you describe is most likely a lipoma, which is harmless fat under the skin.",
    "Your LDL cholesterol of 168 mg/dL is high and needs diet changes along with a statin.",
    "Atorvastatin 10 mg at bedtime is a common starting dose.",
    "Cetirizine 10 mg at night will help the itching but may make you sleepy.",
    "Steam inhalation twice a day and saline nasal drops will clear the blocked nose.",
    "Gargle with warm salt water three to four times daily.",
    "A throat swab can show whether this is a streptococcal infection.",
    "Do not give aspirin to children under sixteen.",
    "Paracetamol syrup at 15 mg per kg every six hours can be given for fever in your son.",
    "ORS after every loose stool will prevent dehydration.",
    "If he passes very little urine or his mouth is dry, take him to hospital the same day.",
    "Pain over the right lower abdomen with fever can be appendicitis and needs an urgent surgical review.",
    "The burning while passing urine points to a urinary tract infection.",
    "Nitrofurantoin 100 mg twice daily for five days is usually enough for an uncomplicated infection in women.",
    "Cranberry juice has little proof behind it, so do not rely on it.",
    "Your periods are irregular because of polycystic ovaries, which the scan confirms.",
    "Losing five to ten percent of body weight often brings the cycles back to normal.",
    "Metformin 500 mg after dinner can be started and increased slowly.",
    "A home pregnancy test is reliable from the first day of the missed period.",
    "Spotting in early pregnancy with cramps should be checked with a scan the same day.",
    "Folic acid 5 mg daily should be continued until twelve weeks of pregnancy.",
    "Your knee pain on climbing stairs fits early osteoarthritis.",
    "Quadriceps strengthening exercises for twenty minutes a day help more than any tablet.",
    "An MRI of the lumbar spine is needed only if the leg pain or numbness keeps getting worse.",
    "Loss of control over the bladder or bowel with back pain is an emergency and needs hospital care tonight.",
    "Vitamin D of 12 ng/mL is deficient.",
    "Cholecalciferol 60,000 IU once a week for eight weeks will correct the deficiency.",
    "Sleep on your left side and avoid lying down within three hours of dinner.",
    "Raise the head end of the bed by six inches.",
    "Is there any fever or weight loss along with the cough?",
    "Do you have any allergy to penicillin?",
    "A cough lasting more than three weeks needs a chest X-ray and a sputum test for tuberculosis.",
    "Your chest X-ray is clear, so pneumonia is unlikely.",
    "Use the salbutamol inhaler, two puffs as needed, with a spacer.",
    "If the inhaler is needed more often than every four hours or your lips turn blue, go to emergency "
    "immediately.",
    "This mole should be removed and sent for biopsy because its border is irregular.",
    "Apply a sunscreen of SPF 30 or more every morning.",
    "Dandruff responds well to ketoconazole 2% shampoo used twice a week.",
    "Hair fall after typhoid usually recovers by itself in three to six months.",
    "Anxiety can cause a racing heart, but an ECG is still needed to be sure.",
    "Sertraline 50 mg daily takes about four weeks to show its full effect.",
    "If you ever feel like harming yourself, call a crisis line or go to the emergency room straight away.",
    "Counselling along with medicine works better than medicine alone.",
    "Your blood pressure of 150/96 is high for your age.",
    "Cut down the salt in your diet to less than one teaspoon a day.",
    "Walk briskly for thirty minutes at least five days a week.",
    "Carboxymethylcellulose eye drops four times a day will ease the dryness.",
    "Sudden loss of vision in one eye needs an eye emergency service within hours.",
    "The ringing in your ear may be due to wax, which an ENT doctor can remove.",
    "Do not put oil or cotton buds inside the ear.",
    "The white patches in the mouth look like oral thrush.",
    "Clotrimazole mouth paint three times a day for a week should clear it.",
    "A tooth abscess needs drainage by a dentist, not just antibiotics.",
    "Regular follow up with your endocrinologist every three months is advised.",
    "Get plenty of sleep and avoid screens late at night.",
    "Please do not worry, since a single raised ESR reading means very little on its own.",
    "Keep a diary of what you eat and when the pain comes.",
    "Stop the cream if the skin becomes red and sore.",
]

# A template ending in "~" is run into the answer with no space when it comes last (see blind_row).
BLIND_OPEN = [
    "Helloo {first}~",
    "HELLO MY DEAR {name},",
    "Hiee {first},",
    "Helo dear,",
    "Hi {name}, thanks a lot for writing in to us.",
    "Dear Mr/Ms {last},",
    "Hellooo Mr {last}!!",
    "Hello Ms {last}~",
    "Heyy {first}!",
    "Hallo,",
    "HI DEAR FRIEND~",
    "Very good morning to you {name}.",
    "Good evening and thanks for choosing {site}.",
    "Namaskar {first} ji,",
    "Dear friend,",
    "Dear Sir/Mam,",
    "Respected {name} ji,",
    "HelloThanks for reaching out~",
    "Hi,Thanks for query~",
    "Hello, I have gone through your question in detail.",
    "Thanks for your query on {site}.",
    "ThankYou for posting your query at {site}.",
    "Thank you for the photos and the lab values.",
    "Thanks for the detailed history, it helps a lot.",
    "Greetings of the day from team {site}.",
    "Welcome to {site}, I will try my best to answer your doubt.",
    "Hello and thank you for trusting MediAnswers with your health question.",
    "Warm welcome to {site}'s 'Talk To A Physician' service.",
    "Welcome to \"Doctor On Call\" at {site}.",
    "Thanks for asking on {site} & for trusting us.",
    "Hello, welcome to MediAnswers.Your query has been noted.",
    "I am Dr. {first} {last} and I have read your message carefully.",
    "This is Dr {last} replying to your question from {city}.",
    "Myself Dr.{first}, from {city}, going through your concern.",
    "I'm Dr {first}, a general physician, answering your query in plain words.",
    "Hi! I am an internal medicine specialist and I have seen your question.",
    "I have carefully reviewed the reports you attached.",
    "I went thru your history and the images.",
    "Have read your complaints thoroughly.",
    "I read through your post with care.",
    "I reviewed your question and the medicines you listed.",
    "As per your query, I have understood your problem well.",
    "I could understand your worry.",
    "I can very well understand your anxiety about this.",
    "Understood your problem.",
    "I appreciate your concern for your {rel}.",
    "Very sorry to hear about your problem.",
    "Sorry to know that you are suffering like this.",
    "Hello there, I am glad to help you today.",
    "Thank you for contacting us on {site} (case no. {code}).",
]

BLIND_CLOSE = [
    "Hope this information was useful to you.",
    "Hoping this answer helps you.",
    "Hope I could clear your doubts.",
    "Trust this helps!",
    "I hope my answer was of some help.",
    "Hope to have answered your query satisfactorily.",
    "Hope this helps. Any doubts, ask me.",
    "Glad to be of help.",
    "Wishing you a speedy recovery.",
    "Wishing you and your family good health.",
    "Wish u fast recovery.",
    "Best of luck for your recovery!",
    "All the very best to you!",
    "Good luck n take care.",
    "Take good care of yourself.",
    "Take care, stay safe n healthy.",
    "TC.",
    "Get well soon dear!!",
    "Stay blessed.",
    "God bless you and your family.",
    "Cheers and stay fit!",
    "Feel free to write back if you have more doubts.",
    "You can ping me for any further query.",
    "Revert back for further queries.",
    "I am available for any follow-up questions.",
    "Let me know if anything is unclear.",
    "Feel free to discuss further.",
    "Anymore questions are welcome.",
    "Awaiting your reply.",
    "You may contact me directly on {site} for a follow up.",
    "Please rate this answer if it helped you.",
    "Kindly close the discussion and rate it.",
    "Do click on 'Helpful' if you found the answer useful.",
    "Please accept my answer if you are satisfied.",
    "For a detailed one-to-one discussion, ask a paid question to me at {site}.",
    "You can book a private consultation with me for just $15 on MediAnswers.",
    "Use this link to consult me directly: bit.ly/{code}",
    "Link: tinyurl.com/{code}",
    "In case you need further help, you can reach me at medianswers.com/dr/{code}",
    "For more information consult a gastroenterologist online --> https://www.medianswers.com/ask/{code}",
    "For further queries consult a dermatologist online -->",
    "For more details, consult an orthopaedic surgeon online.",
    "Thank you for using {site}.",
    "Thanks again for choosing MediAnswers.",
    "Kind regards,\n\nDr {first} {last} MBBS",
    "Regards\nDr.{last} MD(Med)Consultant Physician, {city}",
    "Dr {first} {last} MBBS DNB(Paed)Consultant Paediatrician{city}, India",
    "Dr. {first} {last}, MS(Ortho) FRCS(Ed)Consultant Spine Surgeon {city}. India",
    "Thanks & Regards,\nDr. {name}",
    "Yours sincerely, Dr {last}",
    "With warm regards.",
    "Dr. {first} {last}\nGeneral Physician\n{city}",
    "-- Dr {last} (Internal Medicine)",
    "Regards and best wishes to your {rel}.",
]

# Planted mid-answer: cleaning must drop each whole (the placeholder stands over an ordinary or medical word).
BLIND_DAMAGE = [
    "(attachment removed to protect patient's identity)",
    "(Attachment Removed For Privacy)",
    "[attachment removed to protect the identity of the patient]",
    "The cough may be due to Chat Doctor and should settle with steam.",
    "Apply the cream Chat Doctor for one week.",
    "Continue with the same Chat Doctor at night.",
    "Avoid Chat Doctor food items and oily stuff.",
    "Your report shows a Chat Doctor level that is slightly high.",
]

BLIND_NAMES = ["Priyanka", "Suresh", "Fatima", "Kwame", "Olivia", "Arjun", "Meenakshi", "Tunde", "Grace",
               "Imran", "Lakshmi", "Carlos", "Deepa", "Nnamdi", "SUNITA", "rahul", "Priyanaka", "Moahmmed"]
BLIND_LAST = ["Reddy", "Banerjee", "Adeyemi", "Khan", "Thompson", "Iyer", "Mehta", "Nwosu", "Fernandes",
              "Kulkarni", "Chatterjee", "Wilson", "Siddiqui"]
BLIND_CITIES = ["Kochi", "Jaipur", "Lucknow", "Ibadan", "Chennai", "Bhopal", "Karachi", "Dhaka", "Indore",
                "Leeds", "Mysuru", "Coimbatore"]
BLIND_SITES = ["MediAnswers", "DocReply", "AskMyPhysician", "CareQuery", "MedHelpDesk", "DoctorNow Online",
               "HealthCareMagic", "Health Care Magic", "iCliniq", "icliniq.com", "HCM", "Ask-A-Doc"]
BLIND_PATIENT = [
    "Hello doctor, I am {age} years old and for {d} days I have a dry cough and mild fever",
    "sir my {rel} has pain in the stomach since {d} days, what to do",
    "I am a {age} yr male with high BP readings at home for {d} weeks",
    "Hi, my {rel} aged {age} has itchy red patches on both arms for {d} days",
    "Respected doctor, I am {age} and my periods are late by {d} days",
    "Dear doctor my knee hurts when I climb stairs, I am {age}",
    "Good evening, I have burning urination since {d} days and I am {age} female",
    "i am {age} and feel my heart racing at night for {d} weeks, please help",
]

# Openers (and, separately, closers) per row: none in a third, so about 1 row in 9 has neither.
COUNTS = [0, 0, 0, 1, 1, 1, 2, 2, 3]
SEED = 24
ROWS = 200
FILE = Path(__file__).resolve().parent / "data" / "realistic_blind.jsonl"


def blind_fill(template: str, rng: random.Random) -> str:
    """realistic_set._fill's placeholders, filled from the blind lists."""
    return template.format(name=rng.choice(BLIND_NAMES), first=rng.choice(BLIND_NAMES),
                           last=rng.choice(BLIND_LAST), city=rng.choice(BLIND_CITIES),
                           site=rng.choice(BLIND_SITES), age=rng.randint(18, 70), d=rng.randint(2, 20),
                           rel=rng.choice(["son", "mother", "wife", "father", "daughter"]),
                           code="".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(6)))


def blind_row(rng: random.Random, opens: list[str], closes: list[str], damage: list[str]) -> dict:
    """realistic_set.make_row over the blind pools: 2 to 5 medical sentences, openers and closers drawn from
    COUNTS, a damaged sentence in a quarter of rows."""
    return realistic_set.make_row(rng, opens, closes, damage, body_pool=BLIND_BODY, patients=BLIND_PATIENT,
                                  fill=blind_fill, counts=COUNTS)


def make_blind(n: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    return [blind_row(rng, BLIND_OPEN, BLIND_CLOSE, BLIND_DAMAGE) for _ in range(n)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    FILE.write_text(dumps(make_blind(ROWS, SEED)), encoding="utf-8")


if __name__ == "__main__":
    main()
