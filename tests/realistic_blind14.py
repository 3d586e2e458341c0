"""Blind held-out set 14 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, without opening the cleaning code, its
patterns, its tests, the project's data notes or any other realistic set, and without any dataset text. The set
imitates two sources at once: a second-opinion site where specialists answer patients (long answers with
self-introductions, empathy lines, follow-up invitations, paid-consultation and app adverts, rating requests,
wishes and signature blocks), and a derived copy of such data that was partly anonymised, where the placeholder
"Chat Doctor" stands in for patient names, doctor names, site names and sometimes plain words.

A row is 0-3 openers (at most one each of address, thanks or introduction, and reading or empathy), 2-5 medical
sentences drawn mostly from the specialty of the patient's question (about one row in eight is a terse pair of
short sentences), 0-3 closers (at most one each of hope, next step or advert or rating, wish, and sign-off; roles
come in the usual order except now and then), and in about a fifth of rows one damaged piece (a sentence whose
word became "Chat Doctor", or the attachment-removed note). About one row in nine has no boilerplate at all. Each
row has a join style (one flat paragraph where some full stops have nothing after them, lines, or paragraphs); a
template ending in "~" is glued to the next piece with no space at all. Names are filled per row (patient name in
several cases and spellings, a relation, a nickname, a doctor, a site, a city), so the same form shows up with
different words.

"body" lists the medical sentences verbatim as they appear in "Doctor"; "plants" lists every opener, closer and
damaged piece verbatim; a row is drawn again when one piece would sit inside another (a short sign-off inside a
longer word), so that each piece can be looked for on its own. The file tests/data/realistic_blind14.jsonl is
what make_blind14(200, SEED14) writes; tests/test_realistic_blind14.py checks that and the set's shape. It is
meant to be scored once.
"""

import json
import random
import re
from pathlib import Path

SEED14 = 1414
ROWS14 = 200
OUT14 = Path(__file__).parent / "data" / "realistic_blind14.jsonl"

# Medical sentences by specialty; the patient's topic picks the specialty most body sentences come from.
BODY_BY_TOPIC14 = {
    "heart": [
        "Reduce salt and oil in food.",
        "Get an ECG done.",
        "Chest tightness that comes on while climbing stairs and settles with rest is typical of angina.",
        "Please get a resting ECG, a lipid profile and a treadmill test done.",
        "Your blood pressure of 150/95 on three readings needs treatment, not just observation.",
        "Amlodipine 5 mg once daily is a reasonable first medicine, and the dose can be raised after two weeks.",
        "Cut the salt in your food to less than one teaspoon a day, counting pickles and papad.",
        "An echocardiogram will show how well the heart muscle is pumping.",
        "If the chest pain lasts more than 15 minutes or comes with sweating, call an ambulance at once.",
        "Palpitations that start and stop suddenly can be recorded with a 24-hour Holter monitor.",
        "Continue aspirin 75 mg and atorvastatin 40 mg at night without a break.",
    ],
    "stomach": [
        "Eat small frequent meals.",
        "Avoid spicy food.",
        "Burning in the upper abdomen after meals points to gastritis or acid reflux.",
        "Take pantoprazole 40 mg half an hour before breakfast for four weeks.",
        "Eat your dinner at least three hours before lying down and raise the head end of the bed.",
        "Stool tests for occult blood and H. pylori antigen will help decide the next step.",
        "Black tarry stools or vomiting blood need emergency care the same day.",
        "An ultrasound of the abdomen showed a small gallstone, which explains the pain after fatty meals.",
        "Add a bowl of fruit and two litres of water a day to ease the constipation.",
        "Lactulose 15 ml at bedtime can be used for a week while the diet changes take effect.",
        "Pain that begins around the navel and moves to the right lower side may be appendicitis.",
    ],
    "skin": [
        "Keep the area dry.",
        "It is ringworm.",
        "The photo shows ring-shaped scaly patches, which look like a fungal infection of the skin.",
        "Apply clotrimazole cream on the patches and one inch around them twice daily for four weeks.",
        "Keep the folds of the skin dry and do not share towels.",
        "These small pimples on the cheeks are acne and respond well to adapalene gel at night.",
        "Use a sunscreen of SPF 30 or more every morning, even indoors.",
        "Do not apply steroid creams bought over the counter, as they make fungal infections spread.",
        "Itching that is worse at night and involves the whole family suggests scabies.",
        "Permethrin 5 % cream should be applied from the neck down and washed off after eight hours.",
        "A mole that changes shape, bleeds or grows quickly should be removed and sent for biopsy.",
    ],
    "joints": [
        "Apply a hot pack twice a day.",
        "Do not lift weights for now.",
        "Knee pain on climbing stairs at your age is most often due to early osteoarthritis.",
        "Quadriceps strengthening exercises done daily reduce knee pain more than any tablet.",
        "An X-ray of both knees in standing position will show the joint space.",
        "Take paracetamol 650 mg up to three times a day when the pain is bad.",
        "Lower back pain with no numbness or weakness usually settles in four to six weeks.",
        "Numbness in the legs with loss of bladder control is an emergency and needs an MRI immediately.",
        "Avoid lifting heavy weights and sleep on a firm mattress.",
        "With regards to the shoulder, a frozen shoulder improves with daily stretching over several months.",
        "Your vitamin D level of 12 ng/ml is low, so take 60,000 IU once a week for eight weeks.",
    ],
    "ent": [
        "Avoid cold drinks for a week.",
        "Use saline nasal drops.",
        "The ear drum looks dull, which suggests fluid behind it after the cold.",
        "Steam inhalation twice a day and a saline nasal spray will help open the blocked nose.",
        "Do not put oil or ear buds in the ear.",
        "Tonsillitis with high fever and pus on the tonsils is treated with amoxicillin for ten days.",
        "Gargle with warm salt water four times a day.",
        "Ringing in one ear only should be checked with an audiogram.",
        "Sudden loss of hearing in one ear needs to be seen by an ENT doctor within 48 hours.",
        "A deviated septum can cause one-sided blockage, but surgery is only needed if sprays fail.",
    ],
    "women": [
        "Repeat the scan after three months.",
        "Do a pregnancy test.",
        "Irregular periods with weight gain and facial hair suggest polycystic ovaries.",
        "A pelvic ultrasound on day two or three of the cycle will confirm this.",
        "Losing even five percent of body weight often brings the cycles back to normal.",
        "Spotting a week after the expected period can be implantation bleeding, so do a urine pregnancy test.",
        "Start folic acid 5 mg daily now if you are planning a pregnancy.",
        "Severe pain on one side of the lower abdomen with a missed period needs an urgent scan to "
        "rule out ectopic pregnancy.",
        "White discharge with itching is usually a yeast infection and is treated with a clotrimazole pessary.",
        "Heavy bleeding that soaks a pad every hour needs to be seen in emergency.",
        "Your haemoglobin of 9 g/dl shows anaemia, so take iron tablets daily with a glass of lemon water.",
    ],
    "child": [
        "Continue breastfeeding.",
        "Give ORS.",
        "Fever in a child who is playing and feeding well is rarely serious.",
        "Give paracetamol syrup 15 mg per kg every six hours if the fever is above 100 F.",
        "Sponge the child with lukewarm water, not cold water.",
        "Loose motions in children are treated mainly with ORS after every stool.",
        "Zinc 20 mg daily for 14 days shortens the diarrhoea and prevents the next episode.",
        "A child who is drowsy, refuses feeds or passes no urine for six hours must be taken to hospital.",
        "Thanks to the vaccine, chickenpox in vaccinated children is usually mild.",
        "Visitors are welcome, but keep the baby away from anyone who has a cold.",
        "Milk teeth come in any time between six and twelve months, so there is no need to worry yet.",
    ],
    "nerves": [
        "Sleep for eight hours.",
        "This is migraine.",
        "Headache on both sides like a tight band, worse in the evening, is typical of tension headache.",
        "A throbbing headache on one side with vomiting and dislike of light is migraine.",
        "Keep a headache diary noting sleep, meals and screen time.",
        "Propranolol 20 mg twice daily can be used to prevent frequent migraine attacks.",
        "The worst headache of your life, coming on suddenly, needs an emergency CT scan.",
        "Tingling in the feet in a diabetic is usually due to nerve damage from high sugars.",
        "Vitamin B12 level should be checked, as deficiency also causes numbness.",
        "Weakness of one side of the face or body, or slurred speech, means a stroke until proven otherwise.",
        "Dizziness on turning in bed that lasts less than a minute is usually positional vertigo.",
    ],
    "mind": [
        "Exercise daily.",
        "Sleep early.",
        "Low mood, poor sleep and loss of interest for more than two weeks suggest depression.",
        "Talking therapy with a counsellor helps as much as medicine in mild depression.",
        "Escitalopram 10 mg once daily can be started, and it takes about four weeks to work.",
        "Do not stop the tablet suddenly, as that can cause dizziness and irritability.",
        "Panic attacks feel frightening but they do not damage the heart.",
        "Slow breathing, in for four counts and out for six, calms a panic attack within minutes.",
        "If you have thoughts of harming yourself, go to the nearest emergency department or call a "
        "crisis helpline now.",
        "Keep a fixed time for going to bed and getting up, even on weekends.",
        "Keep the phone out of the bedroom and avoid tea or coffee after 4 pm.",
    ],
    "urine": [
        "Do not hold urine for long.",
        "Drink more water.",
        "Burning while passing urine with frequency suggests a urinary tract infection.",
        "Send a urine routine test and a urine culture before starting antibiotics.",
        "Nitrofurantoin 100 mg twice daily for five days is usually enough for a simple infection.",
        "Drink enough water that your urine stays pale yellow.",
        "Fever with chills and pain in the loin means the infection may have reached the kidney.",
        "A 6 mm stone in the ureter usually passes on its own within four weeks.",
        "Tamsulosin 0.4 mg at night relaxes the ureter and helps the stone pass.",
        "Your creatinine of 1.1 mg/dl is normal, so the kidneys are working well.",
        "Weak stream and getting up three times at night are common with an enlarged prostate after fifty.",
    ],
    "sugar": [
        "Avoid sweets and sugary drinks.",
        "Start metformin 500 mg.",
        "A fasting sugar of 142 mg/dl on two occasions confirms diabetes.",
        "Metformin 500 mg twice daily after meals is the usual first medicine.",
        "Walk briskly for 30 minutes at least five days a week.",
        "Replace white rice with millets and fill half the plate with vegetables.",
        "Repeat the HbA1c after three months to see how well the sugar is controlled.",
        "Your TSH of 8.2 shows an underactive thyroid, and thyroxine 50 mcg every morning on an "
        "empty stomach is needed.",
        "Take thyroxine at least half an hour before tea or breakfast.",
        "Sugar below 70 mg/dl with sweating and shaking should be treated at once with three spoons of glucose.",
        "Check your feet every night for cuts, as diabetics may not feel them.",
    ],
    "chest": [
        "Avoid dust and smoke.",
        "Stop smoking.",
        "A cough that lasts more than three weeks needs a chest X-ray and sputum test for tuberculosis.",
        "Wheezing at night and on exertion points to asthma.",
        "Use the budesonide-formoterol inhaler two puffs twice daily and rinse your mouth after each use.",
        "A spacer device gets more of the medicine into the lungs.",
        "Breathlessness at rest, blue lips or inability to speak in full sentences needs emergency care.",
        "Stopping smoking is the single most useful step for your lungs.",
        "Pulmonary function tests will tell whether the airway narrowing reverses with the inhaler.",
        "Montelukast 10 mg at night helps if allergies trigger the cough.",
    ],
    "eyes": [
        "Do not rub your eyes.",
        "Wear your glasses.",
        "Red, sticky eyes with morning crusting are usually bacterial conjunctivitis.",
        "Use moxifloxacin eye drops one drop four times a day for five days.",
        "Wash your hands often and keep separate towels, as this spreads easily.",
        "Eye strain from screens improves with the 20-20-20 rule: every 20 minutes look 20 feet away for 20 seconds.",
        "Sudden loss of vision or a curtain over the vision is an emergency and needs an eye specialist today.",
        "Lubricating drops four times daily help dry eyes.",
        "A yearly retina check is advised for every diabetic.",
    ],
    "teeth": [
        "Avoid very hot and cold food.",
        "See a dentist this week.",
        "Pain on biting with swelling of the gum suggests an abscess at the root of the tooth.",
        "The dentist will take care to drain the abscess before starting root canal treatment.",
        "Amoxicillin 500 mg three times a day with metronidazole 400 mg for five days will control the infection.",
        "Brush twice daily with a fluoride paste and clean between the teeth once a day.",
        "Bleeding gums while brushing point to gingivitis, which improves with scaling.",
        "Swelling that spreads to the eye or neck, or trouble swallowing, needs emergency care.",
        "Warm salt water rinses after meals keep the socket clean after an extraction.",
    ],
    "general": [
        "Drink plenty of fluids.",
        "Your reports are normal.",
        "Hope of a full recovery is good if the treatment is completed.",
        "Your query about the report: the slightly high ESR alone does not point to any disease.",
        "Missing doses can cost you dear, so set a reminder on your phone.",
        "Regular exercise, a balanced diet and seven hours of sleep help more than any tonic.",
        "Multivitamin tablets are not needed if you eat a varied diet.",
        "Get a complete blood count, liver function tests and kidney function tests done.",
        "Alcohol should be stopped completely while you are on this medicine.",
        "A short walk after each meal is good for digestion and for your sugar.",
        "Eat home-cooked food and cut down on fried snacks and sweets.",
        "Try to keep a regular routine and spend some time outdoors every day.",
        "Lose weight slowly, about half a kilogram a week.",
        "Any new lump that keeps growing should be examined by a surgeon.",
    ],
}
TERSE14 = 40  # characters: a terse answer is two sentences this short
BODY14 = [s for group in BODY_BY_TOPIC14.values() for s in group]

# (topic, Description, Patient); {name} and {age} are filled per row.
PATIENT14 = [
    ("heart", "Q. Is chest tightness on climbing stairs a heart problem?",
     "Hello doctor, I am {name}, {age} years old. For a month I get tightness in the chest when I "
     "climb two floors. It goes away when I sit. Should I worry?"),
    ("heart", "Q. My BP is 150/95, do I need tablets?",
     "Sir my BP was 150/95 at the pharmacy and again at home. I have no symptoms. I am {age}. Is medicine necessary?"),
    ("stomach", "Q. Burning in stomach after every meal",
     "hi i have burning in upper stomach after eating and sour burps at night. taking antacid syrup "
     "but no relief. pls advise"),
    ("stomach", "Q. Pain after fatty food and a gallstone on scan",
     "Dear doctor, my ultrasound shows a small stone in the gall bladder. I get pain after eating "
     "oily food. Do I need surgery? My name is {name}."),
    ("skin", "Q. Itchy round patches on thighs for two months",
     "I have itchy round red patches on my inner thighs for two months. I used a cream from the "
     "chemist and it got better then came back bigger."),
    ("skin", "Q. Mole on back changing shape",
     "Hi, my wife noticed that a mole on my back has become bigger and darker. It bled once. I am {age}."),
    ("joints", "Q. Knee pain on stairs at 58",
     "Respected doctor, I am {age} and have pain in both knees when I climb stairs or sit on the "
     "floor. Mornings are stiff. What should I do?"),
    ("joints", "Q. Low back pain after lifting",
     "I lifted a heavy box two days back and now my lower back hurts a lot. No pain in legs. Can I go to work?"),
    ("ent", "Q. Blocked ear after cold",
     "My ear feels blocked since I had a cold last week and I hear my own voice loudly. No pain. What is this?"),
    ("ent", "Q. My son has fever and white spots on tonsils",
     "My son is 7 years old. He has fever of 102 and white spots on his tonsils. He is not eating. Please help."),
    ("women", "Q. Irregular periods and weight gain",
     "Hi doctor, I am {name}, 24. My periods come every 45-60 days and I have gained 8 kg in a "
     "year. I also have hair on chin."),
    ("women", "Q. Spotting after missed period",
     "I am 29, married, trying for a baby. My period was due 6 days ago and today there was light "
     "spotting. Is it my period or pregnancy?"),
    ("child", "Q. Fever in my 2 year old",
     "My daughter is 2 years old and has had fever of 101 since yesterday. She is playing but not "
     "eating much. What medicine and how much?"),
    ("child", "Q. Baby has loose motions",
     "My baby of 10 months has loose motions 6 times today. He is breastfed. Is it teething? Kindly guide."),
    ("nerves", "Q. Headache every evening",
     "I get headache every evening on both sides of my head like a band. I work on a computer 10 "
     "hours a day. I am {age}."),
    ("nerves", "Q. Tingling in feet, diabetic",
     "My mother is diabetic for 12 years and now has tingling and burning in both feet at night. "
     "Her sugar is around 180."),
    ("mind", "Q. Feeling low and not sleeping",
     "For the last month I feel low, I am not interested in anything, and I wake at 3 am every "
     "night. I am {age} and working. Is this depression?"),
    ("mind", "Q. Sudden attacks of fear and fast heartbeat",
     "Suddenly my heart starts racing and I feel I will die. It lasts 10 minutes. ECG was normal. "
     "What is happening to me?"),
    ("urine", "Q. Burning urination for three days",
     "I have burning when passing urine and I need to go again and again. No fever. I am a {age} year old woman."),
    ("urine", "Q. 6 mm kidney stone",
     "CT shows a 6 mm stone in my left ureter. Pain comes and goes. Will it pass or do I need surgery?"),
    ("sugar", "Q. Fasting sugar 142, am I diabetic?",
     "Hello, my fasting sugar came 142 and last month it was 138. I am {age}, slightly overweight. "
     "Do I need medicine?"),
    ("sugar", "Q. TSH 8.2 in report",
     "My TSH is 8.2 and T4 normal. I feel tired and have gained weight. Do I need thyroid tablets lifelong?"),
    ("chest", "Q. Cough for a month",
     "I have dry cough for one month, more at night. No fever. I smoke 10 cigarettes a day. I am {name}, {age}."),
    ("chest", "Q. Wheezing at night",
     "My husband gets wheezing at night and when he walks fast. He had allergies as a child. What test should he do?"),
    ("eyes", "Q. Red sticky eyes",
     "Both my eyes are red and sticky in the morning, eyelids stuck together. Started 2 days ago. "
     "My son also has it now."),
    ("eyes", "Q. Eye strain from laptop",
     "My eyes burn and feel tired by evening. I work on a laptop all day. My glasses were checked last year."),
    ("teeth", "Q. Swollen gum and pain on biting",
     "My lower back tooth hurts when I bite and the gum next to it is swollen. I had a filling in it 2 years ago."),
    ("teeth", "Q. Bleeding gums while brushing",
     "My gums bleed every time I brush. No pain. I am {age}. Is it a vitamin problem?"),
    ("general", "Q. High ESR in routine check",
     "My routine blood test shows ESR 28. Everything else is normal. I have no complaints. Should I be worried?"),
    ("general", "Q. Tired all the time",
     "Hi doctor, {name} here. I feel tired all the time even after sleeping 8 hours. I am {age}. "
     "What tests should I do?"),
]

# Anonymised copies turned many names into the placeholder, so it sits in every name pool.
NAMES14 = ["Ravi", "RAVI", "ravi", "Priya", "priya", "Priyaa", "Mohammed", "Mohd", "Muhammad", "Anjali",
           "ANJALI", "Sarah", "sara", "John", "Fatima", "Suresh", "suresh kumar", "Deepa", "Kavitha",
           "Kavita", "Rahul", "RAHUL", "Meera", "Abdul", "Chat Doctor", "Chat Doctor", "Chat Doctor"]
RELATIONS14 = ["your mother", "your mom", "ur mother", "your son", "your little son", "your daughter",
               "your baby", "your father", "your dad", "your wife", "your husband", "your grandmother",
               "your child", "your sister", "your brother"]
NICKS14 = ["dear", "Dear", "DEAR", "buddy", "Buddy", "Beta", "beta", "friend", "my friend", "bro", "dear one",
           "champ", "mate"]
DOCTORS14 = ["Anil Mehta", "S. Ramaswamy", "Nadia Qureshi", "Peter Fernandes", "Lakshmi Iyer",
             "R K Sinha", "Farhan Ali", "Susan Thomas", "Vikram Rao", "Chat Doctor", "Chat Doctor"]
SITES14 = ["SecondOpinion Online", "MedAnswers", "AskTheSpecialist", "DocReply", "HealthTalk Plus",
           "Chat Doctor", "Chat Doctor", "Chat Doctor"]
CITIES14 = ["Pune", "Chennai", "Lucknow", "Hyderabad", "Kochi", "Karachi", "Lahore", "Nairobi", "Dubai",
            "Manila", "Jaipur", "Bhopal"]
# The answering doctor's specialty and degrees follow the question's topic.
SPECS14 = {
    "heart": [("cardiologist", "MD, DM (Cardio)"), ("Consultant Cardiologist", "MBBS, MD, DNB (Cardiology)")],
    "stomach": [("gastroenterologist", "MBBS, MD, DM (Gastro)"), ("general surgeon", "MBBS, MS (Gen Surg)")],
    "skin": [("dermatologist", "MBBS, MD (DVL)"), ("skin specialist", "MBBS, DDVL")],
    "joints": [("orthopaedic surgeon", "MBBS, DNB (Ortho)"), ("physiotherapist", "BPT, MPT (Ortho)")],
    "ent": [("ENT specialist", "MBBS,MS(ENT)"), ("ENT surgeon", "MBBS, DLO")],
    "women": [("gynaecologist", "MBBS, DGO"), ("obstetrician and gynecologist", "MBBS, MS (OBG), FRCOG")],
    "child": [("paediatrician", "MBBS DCH"), ("pediatrician", "MBBS, MD (Paed)")],
    "nerves": [("neurologist", "MBBS, MD, DM (Neuro)"), ("general physician", "MBBS, MD (Med)")],
    "mind": [("psychiatrist", "M.B.B.S., M.D. (Psychiatry)"), ("clinical psychologist", "M.Phil, PhD")],
    "urine": [("urologist", "MBBS, MS, MCh (Uro)"), ("nephrologist", "MD, DM (Nephro)")],
    "sugar": [("endocrinologist", "MBBS, MD, DM (Endo)"), ("diabetologist", "MBBS, PGDD")],
    "chest": [("pulmonologist", "MBBS, MD (Chest)"), ("chest physician", "MBBS, DTCD")],
    "eyes": [("ophthalmologist", "MBBS, MS (Ophth)"), ("eye surgeon", "MBBS, DO, FRCS")],
    "teeth": [("dental surgeon", "BDS, MDS"), ("dentist", "BDS")],
    "general": [("general physician", "MBBS, MD"), ("internal medicine specialist", "MBBS, MRCP (UK)"),
                ("family physician", "MBBS, DNB (Fam Med)")],
}


# Openers by role; a row takes at most one of each, usually in this order (address, thanks or intro, reading).
OPEN_GREET14 = [
    "Hi,", "Hello~", "Hi~", "Hello,~", "Dear {name}~", "Hi there~", "Hello {name}.~", "Hi {nick},~",
    "Namaste {name} ji,", "Hello dear,", "Hi buddy,", "Good morning {name}.", "Greetings {name}!", "Hi {name}!!",
    "Hey {name},", "Hello mommy,", "Assalamu alaikum {name}.", "Hi {nick}!", "hello sir,", "Hello maam,",
    "Dear patient,", "Welcome {name}!!", "Gud morning.", "Heya,", "Dear Ms {name},", "Respected {name},",
    "Dear Sir/Madam,", "HI {name},", "hi {name}", "Hello Chat Doctor,", "Dear parent,", "Good evening.",
    "Hello from {city}!", "Greetings from {site}!", "Season's greetings from {site}!", "In brief:",
]
OPEN_THANKS14 = [
    "Welcome to {site}~", "Thanks for writing in~", "Thank you for your query.~",
    "Hello! Welcome to {site} and thank you for the question.~",
    "Hello and welcome to {site}.", "Welcome to {site}, {name}.",
    "Hi {name}, thanks for posting your query on {site}.", "Thank you for your query.",
    "Thanks for asking on {site}.",
    "I am Dr. {dr}, a {spec} with {years} years of experience, and I will be answering your query today.",
    "Thank you for trusting {site} with {rel}'s health.", "Welcome back to {site}.",
    "Thanks for the follow up query.", "Good evening, I am Dr {dr} from {city}.",
    "Hi, I'm Dr. {dr}. I have read your question and will try to help.", "THANKS FOR YOUR QUERY.",
    "hi thanx for ur query", "Hello, thnks for writing to us.", "Hello, Welcome to Chat Doctor.",
    "Hi and thanks for choosing Chat Doctor.", "Greetings of the day.",
    "Thanks for your question.", "Dear Mr. {name}, thank you for the detailed history.",
    "Many thanks for your question and the clear photographs.",
    "Welcome to {site} - a second opinion service run by specialists.",
    "This is Dr. {dr} ({spec}) answering.", "Dr. {dr} here, {spec}, {city}.", "Hi {name}, Dr {dr} here.",
    "Hello! Thanks for putting up your question here.", "Thanks for the update on {rel}.",
    "Hi, good to hear from you again.", "Thank you for your trust in {site}.",
    "Thank you for reaching out to us at {site}.",
    "Hi {name}. I am a {spec} and I will gladly help you.",
    "I would like to thank you for the details you have provided.",
    "Hello, thank you for posting on {site}, a platform for a second medical opinion.",
    "Welcome to the {site} second opinion service, {name}.",
    "Thank you for choosing {site} for a second opinion on {rel}.",
    "Thanks for your question on {site}. I am Dr {dr}, {spec}.",
    "Hi {name}, I am Dr. {dr}, a {spec} practising in {city} for over {years} years.",
    "Greetings! Dr. {dr}, {degree}, at your service.", "Thank you for the query, {nick}.",
    "Hi, thank you for the detailed history, it helps a lot.", "Thank you {name} for the photos.",
    "Hey there, thanks for the question.", "Happy new year {name}, and thanks for writing to {site}.",
    "Hi Chat Doctor, thank you for the question.", "HELLO {name}, WELCOME TO {site}.",
    "Hello {name}, welcome to {site}. I am Dr. {dr}, {degree}, a {spec} with {years} years of clinical practice "
    "in {city}. I have read your question and the reports you shared, and I will answer point by point.",
    "Thank you for choosing {site} for a second opinion. Before I answer, let me say that it is very natural to "
    "feel anxious when {rel} is unwell, and you have done the right thing by asking.",
    "As a {spec} I see this kind of problem every week, so let me explain.",
]
OPEN_READ14 = [
    "Hello dear, I read your question and I understand your concern.~",
    "Dear {name}, I have gone through your question carefully.",
    "Dear friend, I can understand your worry about {rel}.", "I understand your concern for {rel}.",
    "Sorry to hear about {rel}'s problem.", "I am really sorry to know what you are going through.",
    "Hello {nick}, I read your query and the history you have given.",
    "I have gone through the attached reports and your history in detail.", "I have carefully studied your concern.",
    "I can well understand how worrying this must be for a parent.", "Don't worry, {nick}.",
    "Relax, you have come to the right place.", "Hi, I am glad you reached out before things got worse.",
    "With due respect, I have read your post.", "Hello {name}, hope you are doing well.", "Hope you are fine.",
    "Hi, hope {rel} is feeling a little better today.", "Your concern is genuine.",
    "Your worry is understandable.", "Glad you asked this question.", "Good question!", "Read your query.",
    "Went through your query.", "Query noted.", "Hi. Noted your concern.",
    "Hello. I just read your query and I am here to help.", "Hi, I hope you are keeping well in this weather.",
    "Hello {name}, I am sorry to hear about {rel}.",
    "{Rel} is lucky to have such a caring family.", "Hello Mrs. {name}, I went through the reports you uploaded.",
    "I can feel how tired you must be of this problem.", "i read ur history.",
]
OPEN14 = OPEN_GREET14 + OPEN_THANKS14 + OPEN_READ14

# Closers by role; a row takes at most one of each, usually in this order (hope, next step, wish, sign-off).
CLOSE_HOPE14 = [
    "Hope this helps.", "Hope I have answered your query.",
    "Hope this answers your question. Let me know if I can assist you further.", "Chat Doctor.",
    "It was a pleasure to answer your query.", "I will be happy to help you further.", "Glad to help you.",
    "Hope dis helps u.", "hope i was of help to u.", "Hope you found my answer helpful; feel free to follow up.",
    "I hope I have cleared your doubts. If you want a detailed plan, you can book a private consultation with "
    "me on {site}; the link is on my profile page. Please do not forget to rate this answer.",
    "Note: this reply is based only on the information you have shared online. For more such answers, "
    "download the {site} app.", "Feel free to ask if you have any more questions.",
    "HOPE THIS INFORMATION IS USEFUL.", "Hope this clears things up for you and {rel}.",
]
CLOSE_NEXT14 = [
    "If you have further questions, you can ask me directly on {site}.",
    "Write back to me after two weeks with the reports.",
    "You can follow up with me after 7 days, or earlier if needed.", "Ping me on {site} anytime.",
    "Revert back with the reports.", "Do revert with the report so I can guide you further.",
    "You can send the reports to me through the private chat on {site}.",
    "For further queries, consult a {spec} online --> www.{slug}.com/ask-a-doctor",
    "For a detailed one to one consultation, book a paid call with me on {site}.",
    "You may consult me directly through the {site} premium option for a detailed plan.",
    "Download the {site} app from the Play Store for quick follow-ups.",
    "Get the {site} app and chat with me 24x7.", "Please rate my answer if you found it useful.",
    "Kindly rate this answer with 5 stars and leave a review.",
    "Don't forget to click 'Thank the doctor' if this helped.",
    "Please close the discussion and rate it so others can benefit.",
    "If you liked the answer, do give a positive feedback.",
    "Your review helps other patients find the right doctor.", "Thank you for using Chat Doctor.",
    "Thanks again for choosing {site}.", "Thank you for contacting {site}, a second opinion service.",
    "Let me know how {rel} is doing in a week.", "Keep me posted.",
    "Do let me know the progress, I would love to hear from you.",
    "I am available on {site} from 9 am to 6 pm for follow-up.", "Drop me a message here after 48 hours.",
    "You can also reach me via the 'Ask a Doctor' button on my {site} profile.",
    "If you are satisfied with my answer, please mark it as helpful.", "Waiting for your reply.",
    "Looking forward to hearing from you.", "For any doubt, message me on WhatsApp through the {site} app.",
    "Follow up after one month, here or in person at my clinic in {city}.", "Any more doubts, ask me.",
]
CLOSE_WISH14 = [
    "Take care.", "Wishing {rel} a speedy recovery.", "Get well soon {name}.", "Wish you good health.",
    "Happy Diwali to you and your family.", "Merry Christmas and a healthy new year!",
    "Eid Mubarak, and get well soon.", "God bless you.", "May God give {rel} a quick recovery.",
    "May Allah give you shifa.", "Praying for {rel}'s health.", "Jai Shri Krishna, take care.",
    "Wish you good Chat Doctor.", "Take Chat Doctor.", "{Rel} is in safe hands now, do not worry.",
    "{Rel} will be absolutely fine, God willing.", "Wishing you all the best.", "All the best!", "Good luck.",
    "GET WELL SOON.", "TAKE CARE AND STAY BLESSED.", "Stay safe, stay healthy.", "Best of luck, {nick}.",
    "Hope you and {rel} feel better soon.", "Wish you a speedy recovery and a happy Holi.", "Happy Pongal!",
    "Ramadan Kareem, take care.", "Have a blessed Sunday.", "I hope you will be fine soon.",
    "Wishing {name} good health!", "Take care {nick}.", "Take care of {rel}.", "Stay blessed {name} ji.",
    "Wishing {rel} a speedy recovery. If there is anything else, write back to me here in a week with the new "
    "reports and I will be glad to go through them. Regards, Dr. {dr}, {spec}, {city}.",
    "Happy Onam and get well soon.", "Wish u speedy recovery.",
]
CLOSE_SIGN14 = [
    "tc", "Rgds", "Regards, Dr. {dr}", "Best regards,\nDr. {dr}, {degree}\n{spec}, {city}",
    "Dr {dr} {degree}Consultant {spec} {city}", "Thanks and regards.", "With best wishes,",
    "Yours sincerely,\nDr. {dr}", "Warm regards,\n{dr}", "Dr. {dr} ({spec})", "-- Dr {dr}, {city}",
    "Regards Dr.{dr}MBBS,MD", "Dr. Chat Doctor, {degree}", "Kind regards.", "Thanks.", "Thank you.",
    "Cheers!", "bye tc", "Thanks, Dr {dr}, {site}", "Regards,\nDr. {dr}\n{degree}\n{site}, {city}",
    "Dr.{dr}", "Regards - Chat Doctor", "Thanx", "-Dr {dr}",
]
CLOSE14 = CLOSE_HOPE14 + CLOSE_NEXT14 + CLOSE_WISH14 + CLOSE_SIGN14

DAMAGE14 = [
    "Take the syrup three times a Chat Doctor after meals for five days.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity)",
    "Your Chat Doctor report is normal except for mild fatty liver.",
    "Please get a Chat Doctor done and show it to a local Chat Doctor.",
    "I went through the Chat Doctor you have attached.",
    "Consult a Chat Doctor specialist for the same.",
    "Avoid Chat Doctor, spicy and oily food.",
    "Your son has Chat Doctor infection which is very common at this age.",
    "The Chat Doctor is within normal limits.",
    "Chat Doctor 500 mg one tablet at night can be taken.",
    "Keep the Chat Doctor raised on two pillows.",
    "A Chat Doctor of 6.8 means the sugar is not under control.",
    "It may be due to Chat Doctor.",
    "Drink plenty of Chat Doctor and rest.",
    "Get your Chat Doctor and Chat Doctor levels checked.",
    "Apply the gel on the Chat Doctor at bedtime.",
    "She should Chat Doctor the inhaler before every dose.",
    "Your Chat Doctor is 28 mm/hr, which is slightly raised.",
    "Use Chat Doctor cream on the rash twice daily.",
    "Meet a Chat Doctor in person so that the chest can be examined.",
    "[attachment removed to protect patient identity]",
]

_FIELD14 = re.compile(r"\{(\w+)\}")
# A row's join style: one flat paragraph (some full stops with nothing after them), lines, or paragraphs.
_STYLES14 = [([" "] * 6 + [""] * 2, 50), ([" "] * 3 + ["\n"] * 4 + [""], 30), (["\n\n"] * 4 + ["\n", " "], 20)]


def _context14(topic, rng):
    """One row's names: the same patient, relation, doctor and site wherever a template asks for them."""
    site = rng.choice(SITES14)
    spec, degree = rng.choice(SPECS14[topic])
    rel = rng.choice(RELATIONS14)
    return {"name": rng.choice(NAMES14), "rel": rel, "Rel": rel[0].upper() + rel[1:], "nick": rng.choice(NICKS14),
            "dr": rng.choice(DOCTORS14), "site": site, "slug": re.sub(r"\W", "", site).lower(),
            "city": rng.choice(CITIES14), "spec": spec, "degree": degree,
            "years": str(rng.randint(5, 30)), "age": str(rng.randint(19, 70))}


def _fill14(template, ctx):
    """(text, glued): the template with its fields filled, and whether it runs into the next piece."""
    glued = template.endswith("~")
    text = _FIELD14.sub(lambda m: ctx[m.group(1)], template.rstrip("~"))
    if text.isupper() or "HELLO" in template:
        text = text.upper()
    return text, glued


def _join14(pieces, rng):
    """Joins (text, glued) pieces: glued ones run on, others by a space, newline, blank line or nothing."""
    seps = rng.choices([seps for seps, _ in _STYLES14], [weight for _, weight in _STYLES14])[0]
    out = pieces[0][0]
    for (prev, glued), (text, _) in zip(pieces, pieces[1:]):
        sep = "" if glued else rng.choice(seps)
        if sep == "" and not glued and not prev.endswith((".", "!", "?")):
            sep = " "
        out += sep + text
    return out


def _counts14(rng):
    """How many openers and closers: about one row in nine is bare, the rest have at least one."""
    if rng.random() < 0.11:
        return 0, 0
    n_open = rng.choices([0, 1, 2, 3], [25, 40, 25, 10])[0]
    n_close = rng.choices([0, 1, 2, 3], [20, 35, 30, 15])[0]
    if n_open == n_close == 0:
        n_open, n_close = (1, 0) if rng.random() < 0.5 else (0, 1)
    return n_open, n_close


def _edge14(groups, n, ctx, rng):
    """n pieces from n different roles, in the usual order except now and then."""
    roles = sorted(rng.sample(range(len(groups)), n))
    if rng.random() < 0.15:
        rng.shuffle(roles)
    return [_fill14(rng.choice(groups[r]), ctx) for r in roles]


def _body14(topic, rng):
    """2-5 distinct medical sentences, mostly from the question's specialty; now and then a terse pair."""
    own = BODY_BY_TOPIC14[topic]
    if rng.random() < 0.12:
        return rng.sample([s for s in own if len(s) <= TERSE14], 2)
    n = rng.randint(2, 5)
    k = min(n, len(own), rng.randint(max(1, n - 1), n))
    chosen = rng.sample(own, k)
    pool = BODY14 if topic == "general" or rng.random() < 0.3 else BODY_BY_TOPIC14["general"]
    others = [s for s in pool if s not in chosen and s not in own]
    return chosen + rng.sample(others, n - k)


def _clash14(body, plants):
    """Whether a piece sits inside another one of the row ("tc" in "stretching"), which would blur scoring."""
    pieces = body + plants
    return any(a in b for i, a in enumerate(pieces) for j, b in enumerate(pieces) if i != j)


def _draw14(rng):
    """One candidate row's parts: its question, names, openers, body, damaged piece and closers."""
    topic, description, patient = rng.choice(PATIENT14)
    ctx = _context14(topic, rng)
    n_open, n_close = _counts14(rng)
    opens = _edge14([OPEN_GREET14, OPEN_THANKS14, OPEN_READ14], n_open, ctx, rng)
    closes = _edge14([CLOSE_HOPE14, CLOSE_NEXT14, CLOSE_WISH14, CLOSE_SIGN14], n_close, ctx, rng)
    body = _body14(topic, rng)
    damage = [rng.choice(DAMAGE14)] if rng.random() < 0.2 else []
    return description, _FIELD14.sub(lambda m: ctx[m.group(1)], patient), opens, body, damage, closes


def make_row14(rng):
    """One row: Description, Patient, Doctor, and the body sentences and plants verbatim."""
    while True:
        description, patient, opens, body, damage, closes = _draw14(rng)
        plants = [t for t, _ in opens] + damage + [t for t, _ in closes]
        if not _clash14(body, plants):
            break
    middle = [(s, False) for s in body]
    for piece in damage:
        middle.insert(rng.randint(0, len(middle)), (piece, False))
    doctor = _join14(opens + middle + closes, rng)
    return {"Description": description, "Patient": patient, "Doctor": doctor, "body": body, "plants": plants}


def make_blind14(n=ROWS14, seed=SEED14):
    rng = random.Random(seed)
    return [make_row14(rng) for _ in range(n)]


def main():
    OUT14.parent.mkdir(parents=True, exist_ok=True)
    with OUT14.open("w", encoding="utf-8") as f:
        for row in make_blind14():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
