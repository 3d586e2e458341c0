"""Write medqa/assets/sample_dialogs.jsonl: original, made-up dialogs in the schema of
ruslanmv/ai-medical-chatbot (Description, Patient, Doctor), for the demo and the tests.

No text comes from the dataset; every row is assembled here from the short phrases below, with a
fixed seed so the file is reproducible:  python tools/make_sample_data.py
"""

import json
import random
from pathlib import Path

TOPICS = [
    ("a dry cough", "a viral chest infection, mild asthma or acid reflux",
     "rest, warm fluids and honey; an inhaler review if it comes with wheezing",
     "breathlessness, blood in the sputum or a fever above 39 C"),
    ("a throbbing headache behind my eyes", "tension, dehydration, eye strain or migraine",
     "regular meals, two litres of water a day and screen breaks; paracetamol when needed",
     "sudden severe pain, a stiff neck, confusion or weakness on one side"),
    ("pain in my lower back", "a muscle strain, poor posture or a disc problem",
     "gentle movement, heat packs and core exercises; avoid long bed rest",
     "numbness in the legs, loss of bladder control or fever"),
    ("itchy red patches on my arms", "eczema, contact dermatitis or a fungal infection",
     "a fragrance-free moisturiser twice a day and a mild steroid cream for a week",
     "spreading redness, pus or a rash with fever"),
    ("burning when I pass urine", "a urinary tract infection",
     "a urine test and, if it confirms infection, a short course of antibiotics; drink more water",
     "back pain, fever, vomiting or blood in the urine"),
    ("heartburn after meals", "acid reflux, often worse with large or late meals",
     "smaller meals, no food three hours before bed and an antacid; raise the head of the bed",
     "trouble swallowing, weight loss or black stools"),
    ("a blocked nose and pressure over my cheeks", "sinusitis after a cold",
     "saline rinses, steam and a decongestant spray for no more than five days",
     "swelling around the eye, high fever or symptoms beyond ten days"),
    ("tiredness all day even after sleeping", "low iron, thyroid problems, poor sleep or stress",
     "blood tests for haemoglobin, ferritin, thyroid and sugar, and a regular sleep routine",
     "chest pain, fainting or unexplained weight loss"),
    ("a painful swollen ankle after a twist", "a ligament sprain",
     "rest, ice, compression and elevation for two days, then gradual walking",
     "inability to bear weight or pain over the bone itself"),
    ("loose stools for a few days", "a stomach infection or something I ate",
     "oral rehydration salts, small bland meals and hand washing",
     "blood in the stool, high fever or signs of dehydration such as dizziness"),
    ("palpitations when I lie down", "extra heartbeats, caffeine, anxiety or thyroid excess",
     "an ECG and thyroid test, and cutting back on coffee and energy drinks",
     "fainting, chest pain or a racing pulse that will not settle"),
    ("a sore throat and swollen glands", "a viral throat infection or tonsillitis",
     "salt-water gargles, fluids and pain relief; a throat swab if it lasts",
     "difficulty breathing, drooling or being unable to open the mouth"),
    ("pain and stiffness in my knees in the morning", "early osteoarthritis or an inflammatory arthritis",
     "low-impact exercise such as cycling or swimming, weight control and an X-ray if it persists",
     "a hot, red, swollen joint or fever"),
    ("dizziness when I stand up quickly", "a drop in blood pressure on standing, dehydration or medication",
     "standing up slowly, more fluids and a review of blood pressure tablets",
     "fainting, chest pain or new weakness"),
    ("white patches in my mouth", "oral thrush, common after antibiotics or inhaled steroids",
     "an antifungal gel and rinsing the mouth after using a steroid inhaler",
     "patches that do not wipe off or last longer than three weeks"),
    ("trouble falling asleep", "stress, irregular hours, screens late at night or caffeine",
     "a fixed wake-up time, no screens an hour before bed and no caffeine after noon",
     "low mood, thoughts of self-harm or loud snoring with pauses in breathing"),
]
WHO = ["a 24-year-old woman", "a 31-year-old man", "a 45-year-old woman", "a 52-year-old man",
       "a 19-year-old student", "a 67-year-old retired teacher", "a 38-year-old mother of two",
       "a 29-year-old office worker"]
HOW_LONG = ["two days", "a week", "ten days", "three weeks", "a month", "since the weekend"]
EXTRA = ["I do not smoke.", "I take no regular medicines.", "I have mild asthma.",
         "I had a similar problem last year.", "My blood pressure is normal.", "I work night shifts."]
OPEN = ["Hello doctor,", "Hi doctor,", "Dear doctor,", "Good day doctor,"]
CLOSE = ["What should I do?", "Is this serious?", "Do I need any tests?", "What could this be?"]


def row(rng: random.Random) -> dict:
    symptom, causes, advice, red = rng.choice(TOPICS)
    who, how_long = rng.choice(WHO), rng.choice(HOW_LONG)
    patient = (f"{rng.choice(OPEN)} I am {who}. For {how_long} I have had {symptom}. "
               f"{rng.choice(EXTRA)} {rng.choice(CLOSE)}")
    doctor = (f"Hello. Thank you for the details. {symptom.capitalize()} for {how_long} is most often "
              f"due to {causes}. I suggest {advice}. Please see a doctor in person promptly if you notice "
              f"{red}. Take care.")
    return {"Description": f"Q. What causes {symptom.removeprefix('a ').removeprefix('my ')}?",
            "Patient": patient, "Doctor": doctor}


def main() -> None:
    rng = random.Random(20261124)
    rows = [row(rng) for _ in range(240)]
    out = Path(__file__).resolve().parents[1] / "medqa" / "assets" / "sample_dialogs.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
