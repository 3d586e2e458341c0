"""Blind held-out set 9 for answer cleaning (medqa issue 24).

How it was made: every sentence here was written by hand for this set, blind. The author did not open the
cleaning code's tests, the other realistic sets, their data, medqa/data/ or docs/data.md, and did not run the
cleaner on this set. No dataset text was copied. The openers and closers imitate, from memory of what answers on
HealthCareMagic, iCliniq and ChatDoctor-derived copies look like, the forms many different doctors use: a handful
of common forms drawn often (``COMMON_SHARE9`` of the picks come from the first ``COMMON_OPEN9`` /
``COMMON_CLOSE9`` entries), then a long tail of personal ones (self-introductions, degrees and cities glued on,
adverts for paid consultations, rating requests, wishes, misspellings, capitals, short forms). The medical
sentences span many specialties and include plain everyday advice and sentences that use words such as "hope",
"care", "help", "query", "dear", "regards", "thanks" or "welcome" in a medical meaning.

A template ending in "~" is glued to the next piece with no space. Each row lists its medical sentences
("body") and its boilerplate and damaged pieces ("plants") verbatim as they appear in "Doctor".
Run ``python tests/realistic_blind9.py`` to rewrite ``tests/data/realistic_blind9.jsonl``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED9 = 909
ROWS9 = 200
OUT9 = Path(__file__).parent / "data" / "realistic_blind9.jsonl"

BODY9 = [line for line in """
Your ECG shows a normal sinus rhythm, so the chest discomfort is unlikely to be from the heart.
Take tablet pantoprazole 40 mg once daily before breakfast for two weeks.
A fasting lipid profile and HbA1c should be done at your next visit.
The small cyst seen on ultrasound is a simple one and needs no treatment.
Drink at least two to three litres of water a day unless your doctor has restricted fluids.
Go to the nearest emergency department at once if the chest pain spreads to the arm or jaw or comes with sweating.
Apply clotrimazole cream on the rash twice a day and continue for one week after it clears.
Try to sleep and wake at the same time every day, even on weekends.
A TSH of 7.8 with normal T4 is subclinical hypothyroidism, and it should be repeated after six weeks.
Avoid oily, spicy food and do not lie down for two hours after meals.
Your MRI shows a disc bulge at L4-L5 pressing on the nerve root, which explains the pain down the leg.
Start physiotherapy with core strengthening exercises once the acute pain settles.
Paracetamol 650 mg up to three times a day is safe for the fever.
If the child is not passing urine, is very drowsy or refuses feeds, take him to the hospital immediately.
Oral rehydration solution should be given in small sips after every loose stool.
Walk briskly for thirty minutes at least five days a week.
Talk openly with your family about how you are feeling; they may not know how much you are struggling.
Cut down on tea and coffee after 4 pm, as caffeine keeps you awake.
A urine culture is needed before starting any antibiotic.
Nitrofurantoin 100 mg twice daily for five days usually clears a simple bladder infection.
The white patch on the tongue is most likely oral thrush, which is common after a course of antibiotics.
Your hemoglobin of 8.2 g/dl indicates moderate anemia, so iron studies and a peripheral smear are needed.
Eat green leafy vegetables, dates, jaggery and pulses to improve your iron intake.
Do not stop the blood pressure tablets on your own even if the readings are normal now.
Check your blood pressure at home twice a day for a week and keep a written record.
A pap smear every three years is advised for women between 21 and 65.
Irregular periods with acne and weight gain can point to polycystic ovaries, so a pelvic ultrasound is suggested.
Folic acid 5 mg daily should be started at least three months before you plan a pregnancy.
Any bleeding in pregnancy needs to be checked by your gynecologist the same day.
There is hope for full recovery, as Bell's palsy improves in most people within three to six months.
Prednisolone started within 72 hours of onset gives the best chance of recovery of the facial nerve.
Protect the eye with lubricating drops and tape it shut at night until the eyelid closes fully.
A sperm count of 12 million per ml is on the lower side, but natural conception is still possible.
Avoid tight underwear, hot baths and keeping the laptop on your lap.
Thanks to the vaccine, the risk of severe disease in your child is very low.
Skin tags are harmless and can be removed by cautery if they bother you.
Use a mild soap-free cleanser and apply a moisturiser while the skin is still damp.
The mole should be seen by a dermatologist if it changes in size, shape or colour, or starts bleeding.
Sertraline 50 mg usually takes two to four weeks to show its effect, so do not stop it early.
Some nausea and loose stools in the first week of the antidepressant are common and settle on their own.
If you have thoughts of harming yourself, call a local crisis line or go to the emergency room right away.
Keep a diary of the headaches with the time, food and sleep before each attack.
Triptans such as sumatriptan 50 mg work best when taken at the start of the migraine.
Reduce screen time and take a short break every hour when working on the computer.
An X-ray of the knee in standing position will show whether the joint space is reduced.
Losing even five kilograms reduces the load on the knees considerably.
Cycling and swimming are good exercises for knee arthritis because they do not strain the joint.
Use a warm compress on the swelling three to four times a day.
The lymph node of 1 cm in the neck is most likely reactive to a recent throat infection.
A node that keeps growing, is hard or fixed, or comes with night sweats and weight loss needs a biopsy.
Gargle with warm salt water four times a day.
Amoxicillin-clavulanate 625 mg twice daily for seven days is appropriate for this tooth infection.
Root canal treatment can save the tooth, and a crown should be placed afterwards.
Brush twice a day with a soft brush and floss once daily.
Your semen analysis, hormone levels and scan are normal, so there is no cause for worry.
A fasting sugar of 146 mg/dl on two occasions confirms diabetes.
Metformin 500 mg twice daily after meals is a good starting dose.
Check your feet every day for cuts or blisters, and never walk barefoot.
Replace white rice with millets, whole wheat and more vegetables on the plate.
Eat dinner at least two to three hours before going to bed.
Do not drive or operate machinery after taking this medicine, as it causes drowsiness.
Montelukast 10 mg at bedtime helps with the night-time cough.
Use the inhaler with a spacer and rinse your mouth after each use.
If the lips turn blue or he cannot speak in full sentences, call an ambulance.
Peak flow readings in the morning and evening will show how well the asthma is controlled.
Keep the bedroom free of dust, carpets and soft toys, and wash the bedsheets in hot water weekly.
The liver enzymes are mildly raised, which is common with a fatty liver.
Avoid alcohol completely until the liver tests return to normal.
A hepatitis B surface antigen and anti-HCV test should be done to rule out viral hepatitis.
Black, tarry stools or vomiting blood need emergency care without delay.
Spend some time outdoors in the morning sunlight every day.
Keep a regular routine of meals, work and rest.
Spend time with friends and do something you enjoy at least once a week.
Take a warm shower before bed and keep the room dark and cool.
Avoid using the phone in bed; read a book instead if you cannot sleep.
The palpitations you describe are most likely from anxiety, but a Holter monitor for 24 hours will confirm this.
An echocardiogram is advised to check the valves and the pumping of the heart.
Your LDL of 168 mg/dl is high, and atorvastatin 10 mg at night is advised along with diet changes.
Stopping smoking is the single most helpful thing you can do for your heart.
The pain in the heel on the first steps in the morning is typical of plantar fasciitis.
Roll the sole of the foot over a frozen water bottle for ten minutes twice a day.
Wear soft, cushioned footwear with a silicone heel cup.
The rash with fever in a child needs to be seen by a pediatrician to rule out measles or dengue.
A platelet count of 85,000 in dengue needs daily monitoring, but most patients recover without a transfusion.
Avoid ibuprofen and aspirin in dengue because they increase the risk of bleeding.
Most breast lumps at your age are benign fibroadenomas, and they are not cancer.
A breast ultrasound followed by a mammogram if needed will clarify the nature of the lump.
Self-examination of the breast once a month, a week after the period, is a good habit.
The ringing in the ears can follow loud noise exposure and usually improves over a few weeks.
An audiometry test will show whether there is any hearing loss.
Do not put cotton buds or oil in the ear.
Betahistine 16 mg three times a day helps with the giddiness.
Sudden weakness of one side, slurred speech or a drooping face are signs of stroke and need an emergency visit.
Vitamin D of 11 ng/ml is deficient, and cholecalciferol 60,000 IU once a week for eight weeks is advised.
Calcium and vitamin D supplements are best taken after lunch.
The cough that has lasted more than three weeks needs a chest X-ray and sputum test for tuberculosis.
Wear a mask and cover the mouth while coughing until the reports come.
The burning on passing urine and frequency suggest a urinary tract infection.
The stone of 5 mm in the ureter has a good chance of passing on its own with plenty of fluids.
Tamsulosin 0.4 mg at night helps the stone pass.
Fever with chills and severe flank pain in a stone patient needs urgent hospital care.
The itching between the toes is athlete's foot, a fungal infection.
Keep the feet dry and change socks daily.
Premature ejaculation is common and is often helped by the stop-start technique.
Erectile problems at your age are mostly related to stress and performance anxiety.
There is no need to take any tablet for this at present.
Emergency contraception must be taken within 72 hours of unprotected intercourse.
A home pregnancy test is reliable if done a week after the missed period.
A thyroid ultrasound will tell us whether the swelling is a nodule or a diffuse goitre.
Levothyroxine should be taken on an empty stomach with water, half an hour before breakfast.
Do not take calcium or iron within four hours of the thyroid tablet.
This care plan should be reviewed with your treating doctor after one month.
Your query about the dose is a good one: the tablet should be halved only if it has a score line.
Thanks to the early diagnosis, the cancer is at stage one and surgery is expected to be curative.
Her blood sugars should be checked before and two hours after each meal while she is on insulin.
The baby's weight gain of 600 grams a month is normal, so continue exclusive breastfeeding.
Babies can have up to eight or ten stools a day when breastfed, and this is normal.
Give vitamin D drops 400 IU daily to the baby.
We cannot help the back pain with tablets alone; regular stretching is essential.
The stiffness that improves with activity and the raised ESR point towards an inflammatory arthritis.
An HLA-B27 test and an X-ray of the sacroiliac joints are advised.
The hair fall three months after a fever is telogen effluvium and recovers on its own.
Minoxidil 5% solution applied to the scalp once daily can help regrowth.
Eat enough protein, such as eggs, pulses, paneer or soy, every day.
If you hope to conceive soon, an HSG should be done after your period to check that the tubes are open.
Ovulation study by serial scans from day 9 of the cycle will show when the egg is released.
Have intercourse on alternate days from day 10 to day 18 of the cycle.
The welcome news is that the biopsy shows no cancer cells.
The gastroscopy shows mild gastritis and a positive urease test for H. pylori.
Triple therapy for fourteen days followed by a breath test will confirm that the infection has cleared.
Eat small, frequent meals instead of three large ones.
Stay away from smoking and second-hand smoke.
Your father's care at home should include turning him every two hours to prevent bed sores.
An air mattress and keeping the skin dry help prevent pressure sores.
Get a proper eye examination, as you may need glasses for near work.
Blink often and follow the 20-20-20 rule: every 20 minutes, look at something 20 feet away for 20 seconds.
Redness of the eye with pain and blurred vision needs to be seen by an eye doctor the same day.
The dear little one's fever of 101 F can be brought down with paracetamol syrup 15 mg per kg.
Sponge the child with lukewarm water, not cold water.
With regards to the snoring with pauses in breathing, a sleep study is needed to rule out sleep apnea.
Set aside fifteen minutes in the evening to write down your worries, then put the list away.
Go for a walk after dinner instead of sitting in front of the television.
Reduce salt in your food to less than one teaspoon a day.
Talk to your wife about your worries; sharing the load makes it easier to cope.
It is fine to continue your usual work and light household chores.
Avoid lifting heavy weights for six weeks after the surgery.
Keep the wound dry and get the dressing changed every alternate day.
Stitches can be removed on the tenth day.
Get a CBC, ESR and CRP done and share the reports.
A follow-up scan after three months will show whether the cyst has resolved.
""".strip().splitlines()]

# The first COMMON_OPEN9 entries are the forms seen again and again; the rest is the long tail.
OPEN9 = [
    "Hi,",
    "Hello,",
    "Thanks for your query.",
    "Hello and welcome to {site}.",
    "Hi, thanks for writing in.",
    "Thank you for the query.",
    "I have gone through your query and understand your concern.",
    "Dear {name},",
    "Hi,~",
    "Hello,~",
    "Welcome to {site}.",
    "Thanks for posting your query.",
    "Hello dear,",
    "Hi.",
    "Hello and thanks for your question.",
    "Thanks for using {site}.",
    "HelloThank you for asking at {site}~",
    "Hi, Thanks for posting your query on {site}.",
    "Greetings from {site}!",
    "Hello, I have read your question carefully and understand your concern.",
    "I am {drt}, a consultant gastroenterologist with 14 years of experience, and I will be answering your"
    " question today.",
    "Hello, I am {drt} (MBBS, MD Pediatrics) and I have read your query about your child.",
    "Namaste {name} ji,",
    "GOOD EVENING.",
    "Hi {name}, I can understand how worried you must be.",
    "I am sorry to hear about your father's illness.",
    "Dear friend, I have read your query with great care.",
    "Respected sir,",
    "Hello Mam,",
    "Hi there!",
    "Thank you for choosing {site}. I am {drt} and I will try my best to help you.",
    "Hope you are doing well.",
    "Welcome back to {site}, I remember your previous query.",
    "Hi, I am {drt}, Dermatologist, {city}.",
    "Thanks for the detailed history, it helps a lot.",
    "I have carefully studied the reports you have attached.",
    "Hi,I have read your question and i understand your concerns.",
    "hi.thanks for query.",
    "HELLO AND WELCOME TO {SITE}.",
    "Dear Sir/Madam,",
    "Greetings!",
    "Assalamu alaikum {name},",
    "Hello there.",
    "Thx for ur query.",
    "Hello.I just read your query.",
    "Thanks for trusting {site} with your health concern.",
    "Hi! Welcome to {site} forum.",
    "Dear user, thanks for contacting {site}.",
    "Good morning {name}.",
    "Hello {name}, thank you for the follow up question.",
    "Thank you for your question on {site}.I am {drt}, a general physician.",
    "I am {drt}, Consultant Psychiatrist, and I have gone through your concern.",
    "Hi, Welcome to {site}. I am {drt}, a chest physician from {city}.",
    "Thanks for writing to us. I am an orthopedic surgeon and I will answer your question.",
    "Hello, I understand your concern.",
    "I understand your worry about your baby.",
    "Thanks for your trust in us.",
    "Thank you so much for sharing your concern.",
    "Greetings of the day!",
    "Welcome!",
    "Hello,Welcome to {site}~",
    "Thanks for query~",
    "Dear sir~",
    "Hi and welcome.",
    "Good day to you.",
    "Hi, it is good that you asked before starting the medicines.",
    "Let me first thank you for trusting {site}.",
    "I am glad you wrote in.",
    "Hello and thank you for being a part of {site}.",
    "It must be very distressing for you, and I appreciate your patience.",
    "I can feel your anxiety from your question, so let me reassure you first.",
    "Don't worry, I am here to help you.",
    "Thank you for your follow-up.",
    "Hello. Thanks for the query, I have gone through the reports.",
    "Respected {name},",
    "Hello {name}!",
    "Hey,",
    "Thanks for the question dear.",
    "Thanks for contacting {SITE}.",
    "Dr. {dr} here, thanks for the question.",
    "This is {drt} from {site}, greetings.",
    "Hello, welcome to {site}. I am {drt}, ENT surgeon, and I will help you with your problem.",
    "Hi, I am a gynecologist with 20 years of practice in {city}.",
    "Thank u for ur query at {site}.",
    "HI DEAR.",
    "Welcome to {site}! I have gone through your query and the history.",
    "I read your message twice to understand it well.",
]
COMMON_OPEN9 = 12

# The first COMMON_CLOSE9 entries are the common forms; signatures take {drt}, {dr}, {deg}, {spec}, {city}.
CLOSE9 = [
    "Hope this helps.",
    "Take care.",
    "Regards,",
    "Hope I have answered your query. Let me know if I can assist you further.",
    "Wish you good health.",
    "Feel free to ask if you have more questions.",
    "Thanks.",
    "{drt}",
    "Best wishes.",
    "Get well soon.",
    "Regards {drt}",
    "Hope this information is helpful to you.",
    "Thank you.",
    "Take care and regards.",
    "Wishing you a speedy recovery.",
    "Please rate my answer if it was helpful.",
    "{drt} {deg}, {spec}, {city}",
    "{drt}, {deg}",
    "Dr. {dr} MBBS, MD(Med)Consultant Physician, {city}",
    "For further follow up consult a dermatologist online --> {url}",
    "You can contact me directly at {url} for a paid consultation.",
    "rgds",
    "tc n rgds",
    "God bless you.",
    "Happy Diwali!",
    "Eid Mubarak, take care.",
    "Hope I have cleared your doubts. All the best for your pregnancy.",
    "In case of any doubt, I will be happy to help you.",
    "Please click thumbs up if you found my answer useful.",
    "If you are satisfied with my answer, kindly close the query by rating it.",
    "{drt}, General & Laparoscopic Surgeon",
    "With warm regards,",
    "Thanks and regards, {drt}, Child Specialist.",
    "Any further queries are welcome.",
    "Do write back to me with the reports.",
    "Wishing you and your family good health.",
    "Stay blessed.",
    "Good luck!",
    "Have a nice day.",
    "Thanks for using {site}.",
    "Thank you for choosing {site}.",
    "For more information consult an endocrinologist online at {url}",
    "I am available for a private consultation on {site} if you need a detailed plan.",
    "Please let me know how your son is doing.",
    "Hope your mother gets well soon.",
    "Kind regards,",
    "Yours sincerely,",
    "Best regards, {drt}",
    "Regards-{dr}",
    "Thanks & Regards",
    "TAKE CARE.",
    "All the best.",
    "Merry Christmas and a happy new year!",
    "Happy to help.",
    "Hope you find this useful. Please do rate the answer.",
    "Let me know if you have any other doubts, I will be glad to answer them.",
    "Ask me directly on {site} for further help.",
    "You may revert back with the reports.",
    "Feel free to discuss further.",
    "I hope this answers your question. Take care.",
    "Hope this helps you. Wish you a quick recovery.",
    "Thanks again for your query and have a good day.",
    "Sincerely,{drt}",
    "{dr} ({deg})",
    "{drt}, {spec}, {city}. Mobile consultations available.",
    "Tc, rgds",
    "Hope u get well soon.",
    "Wish u all the best.",
    "Thanks for the opportunity to help you.",
    "It was a pleasure answering your query.",
    "Don't hesitate to get back to me.",
    "Write to me again after two weeks and tell me how you are.",
    "Regards and best wishes to your family.",
    "Get well soon dear.",
    "Keep smiling!",
    "May God give you strength.",
    "I wish your father a speedy recovery.",
    "Please accept my answer if you are satisfied.",
    "Follow up with me at {url}",
    "Hope that clears your doubt, {name}.",
    "With best wishes for your health, {drt}",
    "Thanks, {dr}.",
    "Visit {site} again for any health query.",
    "Chat with me live for a detailed discussion.",
    "Cheers!",
]
COMMON_CLOSE9 = 12
COMMON_SHARE9 = 0.5

# Damaged pieces: the placeholder took a word, a name or a site; the attachment note.
DAMAGE9 = [
    "Take the tablet once a Chat Doctor after food.",
    "(attachment removed to protect patient identity)",
    "I would suggest you get Chat Doctor. evaluated by a surgeon.",
    "Your son has Chat Doctor. which is common at this age.",
    "You can consult Chat Doctor a physician near you.",
    "Kindly send the report of Chat Doctor.",
    "Drink plenty of water and avoid Chat Doctor.",
    "The Chat Doctor. test that was done last week was normal.",
    "Apply the gel two times a Chat Doctor on the affected area.",
    "Please upload the images on Chat Doctor.com so that I can see them.",
    "Continue the same medicine for a Chat Doctor.",
    "(attachment removed to protect patient identity) I saw the picture you sent.",
    "The Chat Doctor is due to a viral infection.",
    "You should meet Chat Doctor. at the earliest.",
    "Your Chat Doctor. levels are within the normal range.",
]

NAMES9 = ["Priya", "Ramesh", "Mr. Khan", "Sarah", "Anil", "Fatima", "Ms. Das", "John", "Sunita", "Kavya",
          "Mrs. Reddy", "Imran", "Rose", "Vikram", "Meena", "Tom", "Ayesha", "Mr. Patil", "Neha", "Bilal"]
DOCTORS9 = ["Rakesh Sharma", "Anitha Menon", "S. K. Gupta", "Farhan Qureshi", "Mary Thomas", "Vivek Joshi",
            "Lakshmi Narayanan", "Hemant Kulkarni", "Sadia Rahman", "P. Venkatesh", "Olga Petrova", "Ajay Bhatt",
            "Nirmala Iyer", "Tariq Hussain", "Deepa Rao", "Mohan Das"]
TITLES9 = ["Dr. {dr}", "Dr {dr}", "Dr.{dr}", "DR. {dr}", "{dr}"]
DEGREES9 = ["MBBS, MD", "MBBS, DNB (Medicine)", "MS (Ortho)", "MBBS MD(Paed)", "MD, DM (Cardiology)",
            "MBBS, DGO", "BDS, MDS", "MBBS, DPM, MD Psychiatry", "MD (Derm)", "MBBS, FRCS"]
SPECIALTIES9 = ["Consultant Physician", "Pediatrician", "Cardiologist", "Gynecologist & Obstetrician",
                "Dermatologist", "Psychiatrist", "Orthopedic Surgeon", "Dental Surgeon", "ENT Specialist",
                "Family Physician"]
SITES9 = ["HealthcareMagic", "HCM", "iCliniq", "icliniq.com", "Health Care Magic", "Chat Doctor",
          "www.healthcaremagic.com", "'HealthcareMagic'", "ChatDoctor"]
CITIES9 = ["Pune", "Chennai", "Lahore", "Kathmandu", "Hyderabad", "Kolkata", "Dhaka", "Mumbai", "Cairo",
           "Jaipur", "Kochi", "Manila"]
URLS9 = ["http://www.healthcaremagic.com/doctors/dr-{slug}/{num}", "https://www.icliniq.com/ask-a-doctor-online/{slug}",
         "www.healthcaremagic.com/doctors/{slug}/{num}", "http://bit.ly/dr{num}"]

DESCRIPTIONS9 = [
    "What causes chest pain on the left side?", "Is this rash a fungal infection?",
    "Suggest treatment for irregular periods", "Child has fever and loose motions, what to do?",
    "Is a TSH of 7.8 dangerous?", "What does this MRI report mean?", "Worried about a lump in the neck",
    "Cannot sleep at night, please advise", "Is my sperm count normal?", "High sugar in a routine test",
    "Pain in the heel in the morning", "Hair fall after typhoid", "Tooth pain and swelling of the face",
    "Low hemoglobin, what to eat?", "Palpitations and anxiety", "Blood in stool, should I worry?",
]
PATIENTS9 = [
    "Hi doctor, I am {age} years old and I have had {complaint} for {weeks} weeks. Please help.",
    "My {rel} is {age} and has {complaint}. We are very worried, what should we do?",
    "hello sir i am {age} yrs male. {complaint} since {weeks} weeks. pls suggest medicine",
    "Dear doctor, I have {complaint}. I got some tests done and I am attaching them. What do they mean?",
    "I am a {age} year old woman with {complaint}. Is it something serious?",
    "Respected doctor, my {rel} ({age}) has {complaint}. The local doctor gave some tablets but no relief.",
    "Hi, {complaint} for {weeks} weeks now, no other problem. Should I see a specialist?",
]
COMPLAINTS9 = ["pain in the chest", "an itchy rash on the thighs", "irregular periods", "loose motions and fever",
               "headache every evening", "low back pain going down the leg", "a swelling in the neck",
               "poor sleep", "burning while passing urine", "heel pain", "hair fall", "a cough"]
RELATIONS9 = ["son", "daughter", "mother", "father", "wife", "husband", "brother"]


def _fill(template: str, values: dict[str, str]) -> str:
    """The template with the row's name, doctor, site, city and link put in."""
    text = template.replace("{drt}", values["drt"])
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _row_values(rng: random.Random) -> dict[str, str]:
    """One doctor, site, city and link per row, as a real answer has."""
    dr = rng.choice(DOCTORS9)
    site = rng.choice(SITES9)
    slug = dr.lower().replace(". ", "-").replace(" ", "-").replace(".", "")
    values = {"dr": dr, "site": site, "SITE": site.upper(), "city": rng.choice(CITIES9),
              "name": rng.choice(NAMES9), "deg": rng.choice(DEGREES9), "spec": rng.choice(SPECIALTIES9),
              "slug": slug, "num": str(rng.randint(1000, 99999))}
    values["drt"] = rng.choice(TITLES9).replace("{dr}", dr)
    values["url"] = _fill(rng.choice(URLS9), values)
    return values


def _pick(rng: random.Random, pool: list[str], common: int, count: int) -> list[str]:
    """count distinct templates, half of the picks from the common head of the pool."""
    picked: list[str] = []
    while len(picked) < count:
        template = rng.choice(pool[:common]) if rng.random() < COMMON_SHARE9 else rng.choice(pool)
        if template not in picked:
            picked.append(template)
    return picked


def _patient(rng: random.Random) -> str:
    """A patient's question in one of several voices."""
    return (rng.choice(PATIENTS9).replace("{age}", str(rng.randint(2, 78)))
            .replace("{weeks}", str(rng.randint(1, 12))).replace("{complaint}", rng.choice(COMPLAINTS9))
            .replace("{rel}", rng.choice(RELATIONS9)))


def _join(rng: random.Random, pieces: list[tuple[str, bool]]) -> str:
    """Pieces joined by a space, a newline, or nothing after a full stop; a glued piece takes nothing."""
    text = ""
    for index, (piece, _glued) in enumerate(pieces):
        if index == 0:
            text = piece
            continue
        prev_glued = pieces[index - 1][1]
        roll = rng.random()
        if prev_glued:
            sep = ""
        elif roll < 0.12 and text[-1] in ".!?":
            sep = ""
        elif roll < 0.27:
            sep = "\n"
        elif roll < 0.32:
            sep = "\n\n"
        else:
            sep = " "
        text += sep + piece
    return text


def make_row9(rng: random.Random) -> dict:
    """One answer: 0-3 openers, 2-5 medical sentences, 0-3 closers, a damaged piece in about a fifth."""
    values = _row_values(rng)
    openers = _pick(rng, OPEN9, COMMON_OPEN9, rng.choices([0, 1, 2, 3], [0.3, 0.4, 0.22, 0.08])[0])
    closers = _pick(rng, CLOSE9, COMMON_CLOSE9, rng.choices([0, 1, 2, 3], [0.38, 0.3, 0.22, 0.1])[0])
    body = rng.sample(BODY9, rng.randint(2, 5))
    middle = [(sentence, False) for sentence in body]
    plants = []
    if rng.random() < 0.2:
        damage = rng.choice(DAMAGE9)
        middle.insert(rng.randint(0, len(middle)), (damage, False))
        plants.append(damage)
    head = [(_fill(t, values).rstrip("~"), t.endswith("~")) for t in openers]
    tail = [(_fill(t, values).rstrip("~"), t.endswith("~")) for t in closers]
    pieces = head + middle + tail
    plants = [piece for piece, _ in head] + plants + [piece for piece, _ in tail]
    return {"Description": rng.choice(DESCRIPTIONS9), "Patient": _patient(rng),
            "Doctor": _join(rng, pieces), "body": body, "plants": plants}


def make_blind9(n: int = ROWS9, seed: int = SEED9) -> list[dict]:
    """n rows from one seeded generator."""
    rng = random.Random(seed)
    return [make_row9(rng) for _ in range(n)]


def main() -> None:
    """Write the set as JSON lines."""
    OUT9.parent.mkdir(parents=True, exist_ok=True)
    with OUT9.open("w", encoding="utf-8") as handle:
        for row in make_blind9():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
