"""A fourth blind held-out set for answer cleaning (issue 24), written without sight of the rules or earlier sets.

Rows have the schema of tests/realistic_set.make_row: "body" holds the medical sentences, verbatim in "Doctor";
"plants" holds the boilerplate (openers, closers, damaged sentences), verbatim too. A template ending in "~" is
glued to the next piece with no space. `python tests/realistic_blind4.py` writes tests/data/realistic_blind4.jsonl.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED4 = 404
OUT4 = Path(__file__).resolve().parent / "data" / "realistic_blind4.jsonl"

BODY4 = [
    "Burning on passing urine with a frequent urge points to a bladder infection.",
    "A urine routine and culture should be sent before any antibiotic is started.",
    "Nitrofurantoin 100 mg twice daily for five days is a reasonable choice if you are not pregnant.",
    "Drink at least two to three litres of water a day unless your doctor has restricted fluids.",
    "If you develop fever with chills or pain in the flank, go to an emergency department the same day.",
    "Your thyroid report shows a TSH of 8.2, which is mildly raised.",
    "Repeat the TSH with free T4 and anti-TPO antibodies after six weeks.",
    "Levothyroxine is usually started at 25 to 50 mcg once daily on an empty stomach.",
    "Take the tablet at least half an hour before breakfast and tea.",
    "A fasting sugar of 142 mg/dl on two occasions meets the definition of diabetes.",
    "Get an HbA1c done to see your average sugar over the last three months.",
    "Metformin 500 mg once daily after dinner is a common starting dose.",
    "Walk briskly for thirty minutes on most days and cut down on sweets and white rice.",
    "Chest pain that spreads to the jaw or left arm with sweating needs an ECG immediately.",
    "Call an ambulance rather than driving yourself if the pain lasts more than a few minutes.",
    "Chew one 300 mg aspirin while you wait, if you are not allergic to it.",
    "A blood pressure of 160/100 on repeated readings is high and needs treatment.",
    "Amlodipine 5 mg once a day is often used as a first medicine.",
    "Reduce salt, avoid pickles and papad, and check your pressure at home twice a week.",
    "Sudden weakness of one side of the body or slurred speech is a stroke until proven otherwise.",
    "Go to the nearest hospital with a CT scanner without any delay.",
    "Your X-ray shows mild narrowing of the disc space at L4-L5.",
    "Lower back pain of this kind usually improves with activity, heat and gentle stretching.",
    "You can take ibuprofen 400 mg three times a day after food for five days.",
    "Avoid lifting heavy weights and bending forward suddenly for a few weeks.",
    "Numbness in the saddle area or loss of bladder control needs an emergency MRI.",
    "The itchy ring-shaped patches on your thigh look like a fungal infection.",
    "Apply clotrimazole cream twice a day and continue for two weeks after the rash clears.",
    "Keep the area dry and avoid steroid creams, which make fungal infections spread.",
    "Wear loose cotton clothing and do not share towels.",
    "A hemoglobin of 9.1 g/dl means you are moderately anemic.",
    "Ferrous sulfate 200 mg once or twice daily with orange juice helps absorption.",
    "Iron tablets can turn the stools black, which is harmless.",
    "Get a peripheral smear and serum ferritin to confirm iron deficiency.",
    "Heavy periods are a common cause of iron loss in young women.",
    "A missed period with nausea should first be checked with a urine pregnancy test.",
    "Folic acid 5 mg daily is advised in the first trimester.",
    "Bleeding with severe one-sided lower abdominal pain in early pregnancy could be ectopic, so go to casualty now.",
    "An ultrasound at around seven weeks will confirm the heartbeat.",
    "Your child's fever of 102 F can be treated with paracetamol 15 mg/kg every six hours.",
    "Sponge the child with lukewarm water, not cold water.",
    "If the child becomes drowsy, stops feeding or has a rash that does not fade, go to the emergency room.",
    "Oral rehydration solution in small sips is the mainstay of treatment for loose stools.",
    "Zinc 20 mg daily for fourteen days shortens diarrhea in children.",
    "Blood in the stool or fewer wet nappies needs a doctor's review the same day.",
    "The white patches in the mouth are most likely oral thrush.",
    "Take care to finish the whole course of antibiotics even if you feel better.",
    "Hope is not a plan here: a breast lump that is hard and fixed needs a biopsy.",
    "Please get a mammogram and an ultrasound of both breasts.",
    "Thank your stars this was caught early, but the mole should still be removed and sent for histopathology.",
    "Welcome news is that your liver enzymes have come down to near normal.",
    "Stop alcohol completely and repeat the liver function test in three months.",
    "An SGPT of 110 with a fatty liver on ultrasound usually reflects weight and diet.",
    "Losing even seven percent of body weight reduces liver fat.",
    "Acid reflux is worse when you lie down soon after meals.",
    "Pantoprazole 40 mg before breakfast for four weeks usually controls the symptoms.",
    "Raise the head end of your bed by six inches.",
    "Difficulty swallowing, vomiting blood or weight loss needs an endoscopy soon.",
    "Migraine headaches are often one-sided and throbbing with sensitivity to light.",
    "Keep a headache diary and note sleep, meals and triggers.",
    "Naproxen 500 mg at the start of an attack can abort it.",
    "The worst headache of your life, coming on in seconds, needs an emergency CT scan.",
    "Dizziness on turning in bed is typical of benign positional vertigo.",
    "The Epley maneuver, done by a physiotherapist or ENT doctor, often cures it in one session.",
    "Betahistine 16 mg three times a day may ease the spinning.",
    "Ringing in one ear only, with hearing loss, should be checked with an audiogram and MRI.",
    "Red, sticky eyes with crusting in the morning suggest bacterial conjunctivitis.",
    "Moxifloxacin eye drops four times a day for a week are usually enough.",
    "Sudden loss of vision or eye pain with halos needs an eye emergency visit today.",
    "Your semen analysis shows a count of 12 million per ml, which is below the reference range.",
    "Avoid hot baths, smoking and tight underwear, and repeat the test after three months.",
    "Pain in the testis that starts suddenly can be torsion and needs surgery within hours.",
    "Premature ejaculation often improves with the stop-start technique.",
    "Unprotected exposure should be followed by HIV testing at six weeks and three months.",
    "Post-exposure prophylaxis works best if started within 72 hours.",
    "Your cough for three weeks with evening fever and weight loss needs a sputum test for TB.",
    "A chest X-ray and sputum CBNAAT are the first tests.",
    "Wheezing at night that is relieved by an inhaler suggests asthma.",
    "Use a spacer with the inhaler and rinse your mouth after the steroid puff.",
    "Blue lips or being unable to speak in full sentences means you must go to the emergency room.",
    "Knee pain on climbing stairs at your age is usually early osteoarthritis.",
    "Quadriceps strengthening exercises help more than any tablet.",
    "Glucosamine has weak evidence, so I would not spend much on it.",
    "A hot, swollen joint with fever needs aspiration to rule out infection.",
    "Your uric acid of 8.4 is high, and the big toe pain fits gout.",
    "Colchicine 0.5 mg twice daily during the attack usually settles it.",
    "Avoid beer, red meat and sugary drinks to cut down attacks.",
    "Anxiety can cause palpitations, tightness in the chest and a feeling of choking.",
    "Slow breathing, regular exercise and limiting coffee help a great deal.",
    "Sertraline 25 mg daily, increased to 50 mg after a week, is a common treatment.",
    "If you have thoughts of harming yourself, call your local emergency number or a crisis line now.",
    "Counselling with cognitive behavioural therapy works as well as medicine for many people.",
    "Hair fall three months after a fever or illness is usually telogen effluvium and regrows.",
    "Check your ferritin, vitamin D and thyroid levels.",
    "Minoxidil 5 percent solution applied once daily helps male pattern hair loss.",
    "Acne on the jaw line in women can be linked to hormones, so an ultrasound for PCOS is worthwhile.",
    "Adapalene gel at night and benzoyl peroxide wash in the morning are the usual first steps.",
    "Irregular cycles, acne and weight gain together suggest polycystic ovaries.",
    "Do not stop the blood thinner on your own, even if you notice bruising.",
    "Your INR of 4.5 is above target, so skip tonight's warfarin and recheck tomorrow.",
    "Black, tarry stools while on blood thinners need same-day emergency assessment.",
    "A dog bite needs washing with soap and running water for fifteen minutes.",
    "Start the anti-rabies vaccine schedule on days 0, 3, 7 and 14.",
    "Rabies immunoglobulin is needed for deep bites or bites on the face.",
    "Tetanus toxoid is due if your last dose was more than five years ago.",
    "The swelling behind your ear is most likely a reactive lymph node.",
    "A node larger than 2 cm, hard, or growing over a month should be biopsied.",
    "Good luck is not needed for this one: a simple ultrasound will tell us if it is a cyst.",
    "Regards your question on diet, eat more pulses, vegetables and fruit and less fried food.",
    "Best results come when the cream is used every night for at least eight weeks.",
    "Get well soon is what we all want, but rest at home for at least five days with dengue.",
    "Check the platelet count daily from day three to day seven of fever.",
    "Do not take ibuprofen or aspirin if dengue is suspected; paracetamol is safer.",
    "Bleeding gums, severe belly pain or repeated vomiting in dengue means hospital admission.",
    "Feel free to eat normally; no special diet is needed for jaundice.",
    "Hepatitis A settles on its own in most people within four to six weeks.",
    "Kindly get your kidney function checked before starting this painkiller.",
    "A creatinine of 1.8 means your kidneys are not filtering fully.",
    "Avoid over-the-counter painkillers such as diclofenac, which can worsen kidney function.",
    "Swelling of both feet at the end of the day can come from standing, veins or the heart.",
    "Sudden swelling of one calf with pain needs a Doppler to rule out a clot.",
    "Breathlessness with a swollen calf could mean a clot has travelled to the lungs; call for emergency help.",
    "Thanks to the vaccine, a mild fever and sore arm for a day or two are expected.",
    "Take care when getting up at night, since the new tablet can make you dizzy.",
]

OPEN4 = [
    "Hi, ", "Hello, ", "Hi there. ", "Hello~", "Hi~", "Hello dear, ", "Hi {name}, ", "Hello {name}.",
    "Dear {name}, ", "HELLO, ", "Helo, ", "Hii, ", "Hi Dear,~", "Hello and welcome to {site}.",
    "Welcome to {site}.", "Welcome to {site}~", "Thanks for choosing {site}.", "Thank you for using {site}.",
    "Thanks for posting your query on {site}.", "Thank you for writing to {site}.",
    "Thanks for your query.", "Thank you for your query.", "Thanks for the query.", "Thanks for query~",
    "Thanks for writing in.", "Thank you for asking.", "Thanks for asking.", "Thank you for the question.",
    "Thank you for your question~", "Thanks for trusting us with your health.", "Thanks for contacting us.",
    "I have gone through your query.", "I have gone through your query and understood your concern.",
    "I have gone thru your question.", "I went through your query in detail.", "I read your query.",
    "I have read your question carefully.", "I have read your history and reports.",
    "I have carefully gone through your history.", "I did go through your query.",
    "I have gone through your post and the attached reports.", "I went thru ur query.",
    "I understand your concern.", "I can understand your concern.", "I understand your worry.",
    "I can understand your anxiety about this.", "I understand your concern about your {rel}.",
    "I appreciate your concern.", "Your concern is understandable.", "I understand how you feel.",
    "I am Dr. {dr} and I will be answering your question.", "I am Dr {dr}, I have read your query.",
    "This is Dr. {dr} answering your question.", "Dr. {dr} here.", "Greetings from {site}.",
    "Good morning.", "Good evening, ", "Greetings!", "Namaste.", "Welcome!", "Welcome back.",
    "Hello. Thank you for the query.", "Hi. Thanks for posting here.",
    "Hello! Thanks for your query at {site}.", "Hi, Thank you for asking in {site}~",
    "HelloThanks for your query.", "HiThanks for writing.", "Thnx for the query.", "Thank u for ur query.",
    "Well, I understand your concern.", "Dear patient, I have gone through your question.",
    "Dear user, thanks for using {site}.", "Hello sir, ", "Hello madam.", "Respected madam, ",
    "I have noted your symptoms.", "Let me help you with your query.", "I will try to help you out.",
    "As per your query, ", "Based on your query, I would like to say the following.",
    "Your question has been answered below.", "In brief:~",
]

CLOSE4 = [
    "Hope this helps.", "Hope this helps you.", "Hope it helps.", "I hope this helps.", "Hope this helps!",
    "Hope this help.", "Hope this information helps.", "Hope I have answered your query.",
    "I hope I have answered your question.",
    "Hope I have answered your query. Let me know if I can assist you further.",
    "Hope this answers your question.", "Hope my answer is helpful.", "Hope to have been of help.",
    "Hope you find this useful.", "Hope this clears your doubt.", "Hope this was helpful.",
    "Take care.", "Take care!", "Tc.", "Take care and regards.", "Take care of yourself.",
    "Wish you good health.", "Wishing you a speedy recovery.", "Wish you a quick recovery.",
    "Get well soon.", "Get well soon!", "Best wishes.", "Best of luck.", "Good luck.", "All the best.",
    "Stay healthy.", "Have a nice day.", "Have a good day!",
    "Regards.", "Regards,", "Regards, Dr. {dr}", "Regards Dr {dr}", "Best regards, Dr. {dr}.",
    "Thanks and regards.", "Thanks & Regards, Dr. {dr}, {city}.", "Warm regards.", "Kind regards.",
    "With regards, Dr. {dr}, MD (General Medicine).", "Dr. {dr}", "Dr. {dr}, MBBS, MS.",
    "Dr. {dr}, Consultant Physician, {city}.", "Yours sincerely, Dr. {dr}.",
    "Feel free to ask if you have any more questions.", "Feel free to ask further queries.",
    "Do let me know if you need any further help.", "Let me know if you have any other doubts.",
    "For further queries, you can contact me directly.", "You can ask me again if you need more information.",
    "I will be glad to help you further.", "Available for any further clarification.",
    "Please write back if you have more questions.", "Please get back to me with your reports.",
    "For more information consult a physician online at {site}.", "Ask a doctor online on {site}.",
    "You can follow up with me at {site}.", "Please rate my answer if you found it useful.",
    "Kindly rate this answer.", "Please click on helpful if this helped.",
    "Thanks for using {site}.", "Thank you for choosing {site}.", "Thanks for contacting {site}.",
    "Thank you.", "Thanks.", "Thank you!", "Thank you and take care.", "Thanks for your query.",
    "Thank you for your trust.", "Hope you will be fine soon.", "God bless you.",
    "Wishing you good health. Regards.", "Hope this helps. Take care.", "Regards and take care.",
    "Good day.", "Cheers.",
]

DAMAGE4 = [
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity)",
    "(attachment removed to protect patient identity).",
    "(attachments removed to protect patient identity)",
    "Your reports were reviewed by Chat Doctor.",
    "I would suggest you to consult a Chat Doctor.",
    "For this you can consult a Chat Doctor. who will examine you.",
    "The swelling can be Chat Doctor. in origin.",
    "You may also take the tablet Chat Doctor. twice daily.",
    "Please get an Chat Doctor. done for confirmation.",
]

NAMES4 = ["Priya", "Ravi", "Anita", "John", "Maria", "Ahmed", "Sunita", "Kevin", "Fatima", "Li"]
DRS4 = ["Kumar", "Mehta", "Sharma R.", "Okafor", "Rao", "Patel K.", "Lopez", "Iyer S."]
SITES4 = ["HCM", "HealthcareMagic", "iCliniq", "Health Care Magic", "ChatDoctor", "Ask A Doctor",
          "HealthCare Magic forum", "icliniq.com"]
CITIES4 = ["Pune", "Chennai", "Lagos", "Delhi", "Kochi", "Hyderabad"]
PATIENT4 = ["Hi doctor, I am {age} years old and have had this problem for {d} days. What should I do?",
            "My {rel} has been unwell for {d} days. Please advise.",
            "Hello, I am a {age}-year-old with a question about my reports."]


def _fill4(template: str, rng: random.Random) -> str:
    return template.format(name=rng.choice(NAMES4), dr=rng.choice(DRS4), site=rng.choice(SITES4),
                           city=rng.choice(CITIES4), rel=rng.choice(["son", "father", "wife", "daughter"]),
                           age=rng.randint(18, 75), d=rng.randint(2, 30))


def _join4(pieces: list[str], rng: random.Random) -> str:
    """Glue a "~" piece to the next; after a full stop mostly a space, sometimes a newline, sometimes nothing."""
    text, glue = "", False
    for piece in pieces:
        if text and not glue and not text.endswith(" "):
            text += rng.choices([" ", "\n", ""], weights=[75, 15, 10])[0] if text.endswith((".", "!", "?")) else " "
        glue = piece.endswith("~")
        text += piece.removesuffix("~")
    return text


def _count4(rng: random.Random) -> int:
    return rng.choices([0, 1, 2, 3], weights=[35, 35, 20, 10])[0]


def make_row4(rng: random.Random) -> dict:
    """One answer: 0-3 openers, 2-5 body sentences (a damaged piece in about a fifth), 0-3 closers."""
    heads = [_fill4(t, rng) for t in rng.sample(OPEN4, _count4(rng))]
    tails = [_fill4(t, rng) for t in rng.sample(CLOSE4, _count4(rng))]
    body = rng.sample(BODY4, rng.randint(2, 5))
    middle = list(body)
    damage = [rng.choice(DAMAGE4)] if rng.random() < 0.2 else []
    if damage:
        middle.insert(rng.randint(0, len(middle)), damage[0])
    text = _join4(heads + middle + tails, rng)
    plants = [h.removesuffix("~").strip() for h in heads] + tails + damage
    patient = _fill4(rng.choice(PATIENT4), rng)
    return {"Description": "Q. " + patient[:40] + "?", "Patient": patient, "Doctor": text.strip(), "body": body,
            "plants": plants}


def make_blind4(n: int, seed: int = SEED4) -> list[dict]:
    rng = random.Random(seed)
    return [make_row4(rng) for _ in range(n)]


def main() -> None:
    with OUT4.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in make_blind4(200))


if __name__ == "__main__":
    main()
