"""Blind held-out set 11 for answer cleaning (medqa issue 24).

Written blind: the author read no cleaning code, no cleaner tests, no other held-out set and no dataset
text. Every sentence below was written by hand for this file, imitating the ordinary run of doctors' answers
on HealthCareMagic and iCliniq as a random sample of the large dump would show them: mostly routine
greetings, thanks, "I have gone through your query", a few sentences of advice and routine sign-offs and
signatures from many different doctors, with a modest long tail of unusual forms (glued greetings, caps,
abbreviations, degrees run into cities, adverts, rating requests). The cleaner was never run on this set.

Each row joins 0-3 openers, 2-5 body sentences, 0-3 closers and, in about a fifth of rows, one damaged piece
("Chat Doctor" placeholder or the attachment note). "body" lists the medical sentences verbatim as they
appear in "Doctor"; "plants" lists the boilerplate and damaged pieces verbatim. A template ending in "~" is
glued to the next piece with no space.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED11 = 1111
OUT11 = Path(__file__).parent / "data" / "realistic_blind11.jsonl"

NAMES11 = ["Ramesh", "Priya", "John", "Sarah", "Ahmed", "Kavita", "Michael", "Fatima", "Suresh", "Linda",
           "Anil", "Maria", "David", "Neha", "Rahul", "Jennifer", "Imran", "Pooja", "Chris", "Meena"]
DOCTORS11 = ["Rajesh Kumar", "Anjali Mehta", "S. Srinivasan", "Mohammed Rafiq", "Sunil Patil",
             "K. V. Rao", "Deepa Nair", "Arvind Sharma", "Praveen Reddy", "Shilpa Joshi", "Vikram Singh",
             "Nasreen Khan", "R. Ganesh", "Manoj Gupta", "Lakshmi Iyer", "Tarun Bose", "Hemant Desai",
             "Farah Siddiqui", "Abhishek Jain", "Geeta Pillai"]
SITES11 = ["HealthCareMagic", "healthcaremagic.com", "HCM", "iCliniq", "icliniq.com", "Health Care Magic"]
CITIES11 = ["Pune", "Mumbai", "Chennai", "Hyderabad", "Bangalore", "Delhi", "Kolkata", "Ahmedabad",
            "Lucknow", "Jaipur", "Kochi", "Nagpur"]
DEGREES11 = ["MBBS", "MBBS, MD", "MBBS, MD (Med)", "MBBS, MS (Ortho)", "MBBS, DNB", "MD, DM (Cardio)",
             "MBBS, DGO", "BDS, MDS", "MBBS, DCH", "MD (Derm)"]
SPECS11 = ["physician", "cardiologist", "dermatologist", "gynecologist", "orthopedic surgeon", "pediatrician",
           "neurologist", "psychiatrist", "ENT specialist", "general surgeon", "dentist", "urologist"]

BODY11 = [
    "Your symptoms suggest acid reflux, so avoid spicy and oily food and do not lie down soon after meals.",
    "Take pantoprazole 40 mg once daily half an hour before breakfast for two weeks.",
    "Raise the head end of your bed by about six inches to reduce night time heartburn.",
    "The ultrasound shows a small gall stone which is not causing any problem at present.",
    "If you get severe pain in the right upper abdomen with fever, go to the emergency department at once.",
    "A haemoglobin of 9.2 g/dl means you are anaemic and need iron supplements.",
    "Take ferrous sulphate 200 mg twice daily after food and repeat the blood count after six weeks.",
    "Iron tablets may turn your stools black, which is harmless.",
    "Eat green leafy vegetables, dates, jaggery and pomegranate to improve your iron levels.",
    "Your TSH of 8.4 indicates hypothyroidism and you should start levothyroxine 50 mcg on an empty stomach.",
    "Repeat the thyroid profile after six to eight weeks so the dose can be adjusted.",
    "A fasting sugar of 145 mg/dl is in the diabetic range and needs an HbA1c to confirm it.",
    "Metformin 500 mg twice daily with meals is usually the first medicine for type 2 diabetes.",
    "Walk briskly for at least thirty minutes five days a week.",
    "Cut down on sugar, white rice, maida and sweetened drinks.",
    "Check your blood pressure at home twice a day for a week and note the readings.",
    "A reading of 150/95 on several occasions needs treatment, and amlodipine 5 mg daily is a good start.",
    "Reduce salt in your diet and avoid pickles, papads and packaged snacks.",
    "Chest pain that spreads to the left arm or jaw with sweating needs an ECG in an emergency room right away.",
    "Your ECG is within normal limits and the pain is most likely muscular.",
    "A treadmill test will tell us whether the heart gets enough blood on exertion.",
    "Continue aspirin 75 mg and atorvastatin 20 mg at night as prescribed by your cardiologist.",
    "Do not stop clopidogrel on your own after a stent, as this can cause the stent to block.",
    "Palpitations with normal thyroid and ECG are often due to anxiety and excess tea or coffee.",
    "A 24 hour Holter monitor will record the rhythm during the episodes.",
    "This looks like a fungal infection of the skin, commonly called ringworm.",
    "Apply luliconazole cream twice daily over the patch and a little beyond it for four weeks.",
    "Do not use steroid creams like betamethasone combinations, as they make fungal infections worse.",
    "Keep the area dry, wear loose cotton clothes and do not share towels.",
    "Take fluconazole 150 mg once a week for four weeks if the patches are widespread.",
    "Acne at your age is hormonal and responds well to adapalene gel applied at night.",
    "Wash your face with a mild cleanser only twice a day and do not squeeze the pimples.",
    "Hair fall after typhoid or dengue is temporary and usually settles in three to six months.",
    "Check your vitamin D, B12 and ferritin levels, as deficiency is a common cause of hair loss.",
    "Minoxidil 5 % solution applied to the scalp daily can help regrow thinning hair.",
    "The rash with itching after a new medicine may be a drug allergy, so stop the medicine and inform your doctor.",
    "If you have swelling of the lips or difficulty in breathing, go to the nearest hospital immediately.",
    "Cetirizine 10 mg at night will control the itching.",
    "Calamine lotion can be applied over the itchy spots for relief.",
    "Your child most likely has a viral fever, which usually settles in three to five days.",
    "Give paracetamol syrup 15 mg per kg every six hours if the temperature is above 100 F.",
    "Sponge the child with lukewarm water and keep giving plenty of fluids.",
    "If the child is drowsy, refuses feeds or has a fit, take him to the hospital without delay.",
    "Do a complete blood count and dengue NS1 test if the fever continues beyond three days.",
    "Loose motions in a toddler are treated with ORS after every stool and zinc syrup for fourteen days.",
    "Watch for signs of dehydration such as a dry mouth, no urine for six hours or sunken eyes.",
    "Teething can cause mild irritability, but it does not cause high fever or diarrhoea.",
    "Continue breastfeeding on demand and start solids at six months.",
    "A weight gain of 150 to 200 grams a week is normal for a baby of this age.",
    "Missed periods with a negative urine test may be due to stress, thyroid problems or PCOD.",
    "Repeat the pregnancy test after one week with the first morning urine.",
    "An ultrasound of the pelvis will show whether there are cysts in the ovaries.",
    "Bleeding with severe lower abdominal pain in early pregnancy needs an urgent scan to rule out ectopic pregnancy.",
    "Start folic acid 5 mg daily if you are planning a pregnancy.",
    "Light spotting around the time of implantation can be normal.",
    "The white discharge with itching suggests a yeast infection, which is treated with clotrimazole vaginal tablets.",
    "Avoid intercourse until the course of treatment is over.",
    "The emergency pill works best within 72 hours and can delay your next period by a few days.",
    "Your semen analysis shows a low count, and antioxidants for three months with a repeat test are advised.",
    "Burning while passing urine with frequency points to a urinary tract infection.",
    "Send a urine culture before starting nitrofurantoin 100 mg twice daily for five days.",
    "Drink at least three litres of water a day unless your doctor has restricted fluids.",
    "A kidney stone of 5 mm usually passes on its own with plenty of fluids and tamsulosin 0.4 mg at night.",
    "If you get fever with chills along with the stone pain, go to the emergency department.",
    "An enlarged prostate causes a weak stream and getting up at night to pass urine.",
    "A PSA test and ultrasound of the prostate with post void residual urine are needed.",
    "Back pain after lifting weight is usually a muscle strain and gets better in two weeks.",
    "Apply hot fomentation for fifteen minutes three times a day.",
    "Take aceclofenac with paracetamol twice daily after food for five days.",
    "Pain shooting down the leg with numbness suggests a disc bulge pressing on a nerve.",
    "An MRI of the lumbar spine will show the exact level of the disc problem.",
    "Loss of control over urine or stools with back pain is an emergency and needs immediate surgical review.",
    "Sleep on a firm mattress and avoid forward bending and lifting heavy objects.",
    "Knee pain on climbing stairs at your age is mostly due to early osteoarthritis.",
    "Quadriceps strengthening exercises are the most useful treatment for knee arthritis.",
    "Reduce your weight, since every kilogram lost takes load off the knees.",
    "A hairline fracture needs a cast for about four to six weeks.",
    "Get an X-ray of the wrist to rule out a fracture of the scaphoid bone.",
    "The lump in the breast needs a clinical examination and an ultrasound or mammogram.",
    "Most breast lumps in young women are fibroadenomas, which are harmless.",
    "A painless lump in the neck persisting beyond three weeks should be biopsied.",
    "Headache that is worse in the morning with vomiting needs a CT scan of the brain.",
    "Your headache sounds like a tension headache related to stress and poor sleep.",
    "Migraine attacks can be reduced with propranolol 20 mg twice daily taken regularly for three months.",
    "Keep a headache diary and note triggers such as skipped meals, lack of sleep or bright light.",
    "Sudden weakness of one side of the body or slurred speech may be a stroke, so rush to hospital.",
    "Tingling in the hands and feet may be due to vitamin B12 deficiency or diabetes.",
    "Giddiness on turning the head is typical of benign positional vertigo, which responds to the Epley manoeuvre.",
    "Betahistine 16 mg three times a day can be taken for a week for the vertigo.",
    "A single seizure needs an EEG and an MRI of the brain before deciding on medicines.",
    "Do not drive, swim alone or work at heights until the seizures are controlled.",
    "What you describe fits an anxiety disorder, which is very treatable.",
    "Escitalopram 10 mg daily takes about three to four weeks to show its full effect.",
    "Do not stop the antidepressant suddenly, as that can cause withdrawal symptoms.",
    "If you ever have thoughts of harming yourself, please call emergency services or go to the nearest hospital.",
    "Counselling and cognitive behaviour therapy work well alongside medicines.",
    "Regular sleep timings and avoiding screens an hour before bed will help your sleep.",
    "Deep breathing exercises for ten minutes twice a day help calm the panic attacks.",
    "A sore throat with fever and white patches on the tonsils may need amoxicillin for seven days.",
    "Do warm saline gargles three to four times a day.",
    "Steam inhalation twice daily helps to clear the blocked nose.",
    "Use a saline nasal spray and avoid dust, perfumes and smoke.",
    "A cough lasting more than three weeks needs a chest X-ray and sputum tests for tuberculosis.",
    "Breathlessness at rest or bluish lips need oxygen and urgent care in a hospital.",
    "Your asthma is not controlled and you need a preventer inhaler such as budesonide with formoterol.",
    "Rinse your mouth with water after using the steroid inhaler.",
    "Ear pain with discharge suggests an infection of the middle ear and needs antibiotic drops after examination.",
    "Do not put oil, water or buds into the ear.",
    "Ringing in the ears can follow exposure to loud noise and an audiometry test will assess hearing.",
    "Red eyes with sticky discharge are due to conjunctivitis and moxifloxacin eye drops will clear it.",
    "Sudden loss of vision in one eye is an emergency and you must see an eye specialist the same day.",
    "The tooth pain on biting suggests an infection at the root and the tooth needs root canal treatment.",
    "Take amoxicillin with clavulanic acid and ibuprofen for the swelling until you can see your dentist.",
    "Bleeding gums point to gum disease, so get a professional cleaning done.",
    "Brush twice daily with a soft brush and use floss once a day.",
    "Mouth ulcers that do not heal in three weeks should be shown to a doctor for a biopsy.",
    "Piles are treated with a high fibre diet, sitz baths and a stool softener.",
    "Bleeding from the rectum after the age of fifty needs a colonoscopy.",
    "Eat more fruit, salad and whole grains and drink plenty of water to relieve constipation.",
    "Isabgol two teaspoons in a glass of water at bedtime will soften the stools.",
    "Raised liver enzymes with a fatty liver on ultrasound improve with weight loss and exercise.",
    "Stop alcohol completely, since it damages the liver further.",
    "Yellow eyes and dark urine need liver function tests and hepatitis markers.",
    "Vomiting blood or passing black tarry stools is an emergency and you should go to the hospital now.",
    "Hope this is a harmless cyst, but an ultrasound is the only way to be sure.",
    "Thanks to your quick action in applying pressure, the bleeding stopped early and no stitches are needed.",
    "You are welcome to bring all the old reports when you visit the clinic, as they help in comparing.",
    "Give my kind regards to your physiotherapist and ask him to add hamstring stretches to your exercises.",
    "Take care to finish the full course of antibiotics even if you feel better in two days.",
    "Though the MRI is dear, it is worth doing since the X-ray cannot show a ligament tear.",
    "Ask for help from family to supervise his medicines, since he forgets doses.",
    "Your query about the vaccine is valid, and the second dose can be given even if it is delayed.",
    "Elderly people who live alone need someone to check on them daily after a fall.",
    "A warm bath before bed and a fixed waking time are simple things that help.",
    "Drink enough water, eat on time and try to keep a routine.",
    "Try to go for a walk every evening with a friend or family member.",
    "Keep the room well ventilated and rest as much as you can for a few days.",
    "Smoking is the most important thing to stop, and nicotine gum can make quitting easier.",
    "Tetanus toxoid should be taken within a day of a dirty wound if not taken in the last five years.",
    "A dog bite needs washing with soap and running water for fifteen minutes and the anti-rabies vaccine schedule.",
]

OPEN11 = [
    "Hi.", "Hello.", "Hello,", "Hi,", "Hi there.", "Hello and welcome.", "Hi, welcome to {site}.",
    "Hello, welcome to {site}.", "Welcome to {site}.", "Thanks for your query.", "Thank you for your query.",
    "Thanks for the query.", "Thank you for the query.", "Thanks for posting your query.",
    "Thank you for posting your query on {site}.", "Thanks for using {site}.",
    "Thank you for choosing {site}.", "Thanks for writing to {site}.", "Thank you for writing in.",
    "Thanks for contacting us.", "Thank you for contacting {site}.",
    "I have gone through your query.", "I have gone through your query and understand your concern.",
    "I have gone through your question in detail.", "I went through your query.",
    "I have read your query carefully.", "I have read your question and the reports you attached.",
    "I have gone through the reports.", "I have carefully gone through your history.",
    "I understand your concern.", "I can understand your concern.", "I understand your worry.",
    "I can understand how worried you must be.", "Sorry to hear about your problem.",
    "I am sorry to know about your health issue.", "I am sorry that you are going through this.",
    "Dear {name},", "Dear {name}.", "Hi {name},", "Hello {name}.", "Hello dear.", "Hi dear,",
    "Dear friend,", "Dear sir,", "Dear madam,", "Dear patient,", "Respected sir,", "Good morning.",
    "Good evening.", "Hello and thank you for the question.", "Hi, thanks for asking.",
    "Hello, thanks for trusting {site} with your health.", "Greetings from {site}.",
    "Greetings from {site}!", "Hello, I am Dr. {dr}.", "Hi, I am Dr. {dr} and I will help you today.",
    "I am Dr. {dr}, a {spec} with 12 years of experience.",
    "This is Dr. {dr}, {spec}, answering your query.", "Dr. {dr} here.",
    "Hello, I am Dr. {dr}, consultant {spec}, and I have read your question.",
    "Namaste.", "Namaskar.", "Hello~", "Hi~", "HelloThank you for your query.~", "Hi.Welcome to {site}.~",
    "Thanks for your query~", "Welcome to {site}~", "Dear {name}~", "HELLO,", "HI AND WELCOME.",
    "THANKS FOR YOUR QUERY.", "Hello!!", "Hi !", "hello", "hi, thnx for the query.",
    "Thnks for ur query.", "Thanks for the querry.", "Thank you for your quiery.", "Helo.",
    "Welcome to HCM forum.", "Hi, welcome to {site} forum.", "Hello, and welcome to the {site} forum.",
    "Thank you for the detailed history.", "Thanks for providing the details.",
    "Your concern is understandable.", "Don't worry.", "Do not worry, this is treatable.",
    "Please don't panic.", "Relax, I am here to help you.", "Let me help you with this.",
    "I will try to help you.", "I will answer your questions one by one.", "Good to hear from you again.",
    "Thank you for the follow up.", "Hi, thanks for the update on the reports.",
]

CLOSE11 = [
    "Hope this helps.", "Hope this helps you.", "Hope this helps you. Take care.", "Hope I have answered your query.",
    "Hope I have answered your query. Let me know if I can assist you further.",
    "Hope this information helps.", "I hope this answers your question.", "Hope this clears your doubt.",
    "Hope you find this helpful.", "Hope this was useful.", "Hope my answer is helpful.",
    "Take care.", "Take care and have a nice day.", "Take care of yourself.", "Tc.", "tc", "Take care, bye.",
    "Wish you a speedy recovery.", "Wishing you good health.", "Wish you good health.",
    "Wish you all the best.", "All the best.", "Best wishes.", "Get well soon.", "Get well soon!!",
    "God bless.", "God bless you.", "May God bless you with good health.", "Have a nice day.",
    "Have a good day.", "Good luck.", "Wishing your child a quick recovery.",
    "Feel free to ask if you have more questions.", "Feel free to write back.",
    "Let me know if you have any other doubts.", "If you have any further queries, I will be happy to help.",
    "You can ask me any follow up questions.", "Revert back with the reports.",
    "Revert back with the reports for further guidance.", "Write back to me after the tests.",
    "Please get back to me with the reports so that I can guide you further.",
    "For further queries you can contact me directly through {site}.",
    "You can consult me privately on {site} for a detailed discussion.",
    "For more information consult a {spec} online on {site}.",
    "For further doubts consult a {spec} online --> {site}/ask-a-doctor-online/{spec}",
    "You can book a direct consultation with me at {site}.",
    "Please rate my answer if you found it useful.", "Kindly rate the answer.",
    "Please click on the thank you button if you are satisfied.",
    "Do not forget to rate the answer and leave a review.", "If satisfied, please give five stars.",
    "Thanks.", "Thank you.", "Thanks and regards.", "Thanks for using {site}.",
    "Thank you for choosing {site}.", "Thanks for asking on {site}.", "Regards.", "Regards,", "Rgds.",
    "Kind regards.", "Warm regards.", "Best regards.", "With regards.", "Yours sincerely.",
    "Regards, Dr. {dr}", "Regards Dr. {dr}, {deg}", "Dr. {dr}", "Dr. {dr}, {deg}",
    "Dr. {dr} {deg}, Consultant {spec}, {city}", "Dr. {dr}{deg}Consultant {spec}{city}",
    "Dr.{dr}, {spec}.", "Regards - Dr. {dr}", "Thanks, Dr. {dr}.", "Wishing you well, Dr. {dr}",
    "DR. {dr}", "Dr. {dr}, {deg}, {city}", "Best wishes, Dr. {dr}, {spec}",
    "Dr. {dr}, {spec} ({site})", "TAKE CARE.", "HOPE THIS HELPS.", "REGARDS.", "Stay healthy, stay safe.",
    "Happy Diwali to you and your family.", "Merry Christmas and a happy new year.",
    "Eid Mubarak and take care.", "Chat with me again if the symptoms persist.",
    "I am always there to help you.", "Bye.", "Hv a nice day.", "thanx", "Have a happy and healthy life.",
    "Regards,~", "Thanks~",
]

DAMAGE11 = [
    "Apply the ointment twice a Chat Doctor for ten days.",
    "You can take the tablet after Chat Doctor.",
    "I would advise you to consult Chat Doctor for an examination.",
    "Your Chat Doctor report is normal.",
    "Please visit Chat Doctor for further treatment.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity)",
    "Keep the Chat Doctor clean and dry.",
    "Chat Doctor.",
    "Get a Chat Doctor done and revert.",
    "The Chat Doctor you mentioned is not serious.",
    "Drink plenty of Chat Doctor and rest.",
    "Regards Chat Doctor.",
]

PATIENT11 = [
    "I have had burning in my chest after meals for a month. What should I do?",
    "My 3 year old son has fever since two days, temperature 102. Please advise.",
    "I am 28, my periods are late by ten days and the test is negative. Why?",
    "I have pain in my lower back going down my right leg. What is the cause?",
    "My mother is 60 and her sugar is high, reports attached. Which medicine is best?",
    "I have an itchy red round patch on my thigh which is spreading. What cream should I use?",
    "I get headaches almost every day in the evening. Is it serious?",
    "My father has chest pain on walking and sweats a lot. Please help.",
    "My blood report shows Hb 9. Is this dangerous?",
    "I feel anxious all the time and cannot sleep. What can I do?",
    "I have a toothache and swelling of the cheek since yesterday.",
    "I am losing a lot of hair after dengue fever. Will it grow back?",
    "There is burning when I pass urine and I go very often. What should I take?",
    "My knee hurts when I climb stairs, I am 55 years old.",
    "I have had a dry cough for a month and sometimes fever at night.",
]
DESC11 = ["Q. What should I do about my symptoms?", "Is this serious?", "Please suggest treatment.",
          "What could be the cause?", "Need advice regarding my reports.", "Which medicine should I take?",
          "Worried about my child's fever.", "Is this normal?"]

JOINS11 = [" "] * 9 + ["\n", "\n\n", "", ""]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(name=rng.choice(NAMES11), dr=rng.choice(DOCTORS11), site=rng.choice(SITES11),
                           city=rng.choice(CITIES11), deg=rng.choice(DEGREES11), spec=rng.choice(SPECS11))


def _pieces(pool: list[str], count: int, rng: random.Random) -> list[str]:
    return [_fill(t, rng) for t in rng.sample(pool, count)]


def _join(pieces: list[str], rng: random.Random) -> str:
    text = ""
    for i, piece in enumerate(pieces):
        if i == 0:
            text = piece
        elif text.endswith("~"):
            text = text[:-1] + piece
        else:
            sep = rng.choice(JOINS11)
            if sep == "" and not text.endswith((".", "!", "?", ")", ",")):
                sep = " "
            text += sep + piece
    return text.rstrip("~")


def make_row11(rng: random.Random) -> dict:
    """One answer: openers, body sentences, maybe a damaged piece, closers."""
    openers = _pieces(OPEN11, rng.choice([0, 0, 0, 1, 1, 2, 2, 3]), rng)
    body = rng.sample(BODY11, rng.randint(2, 5))
    closers = _pieces(CLOSE11, rng.choice([0, 0, 0, 1, 1, 2, 2, 3]), rng)
    middle = list(body)
    damaged = [rng.choice(DAMAGE11)] if rng.random() < 0.2 else []
    if damaged:
        middle.insert(rng.randint(0, len(middle)), damaged[0])
    pieces = openers + middle + closers
    plants = [p.rstrip("~") for p in openers + damaged + closers]
    return {"Description": rng.choice(DESC11), "Patient": rng.choice(PATIENT11),
            "Doctor": _join(pieces, rng), "body": body, "plants": plants}


def make_blind11(n: int = 200, seed: int = SEED11) -> list[dict]:
    rng = random.Random(seed)
    return [make_row11(rng) for _ in range(n)]


def main() -> None:
    OUT11.parent.mkdir(parents=True, exist_ok=True)
    with OUT11.open("w", encoding="utf-8") as handle:
        for row in make_blind11():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
