"""Blind held-out set 6 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind. The author did not open the
cleaning code's tests, the other blind sets, the development set, medqa/data/ or docs/data.md, and never ran the
cleaner on these rows; no dataset text was copied. The flavour of this set is a paid consultation site (iCliniq
style) answered by a UK / US / African / Middle-Eastern mix of doctors (with some Indian English): formal
openers and closers, signature blocks with degrees and cities, follow-up and paid-consultation invitations,
religious and seasonal wishes, some chatty or misspelt lines, plus ChatDoctor-derived copies where the
placeholder "Chat Doctor" replaced a name, a site or an ordinary word.

Each row is 0-3 openers, 2-5 medical sentences (mostly from the specialty the patient asked about) and 0-3
closers, with a damaged piece in about a fifth of the rows, joined by a space, a newline, a blank line or
nothing after a full stop. A template ending in "~" is glued to the next piece with no space. "body" lists the
medical sentences verbatim as they appear in "Doctor"; "plants" lists the boilerplate and damaged pieces.

Regenerate with: PYTHONPATH=$PWD python tests/realistic_blind6.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED6 = 606
ROWS6 = 200
OUT6 = Path(__file__).resolve().parent / "data" / "realistic_blind6.jsonl"

NAMES6 = [
    "Sarah", "Ahmed", "Chidi", "Fatima", "John", "Aisha", "Kwabena", "Mary", "Yusuf", "Emily", "Rahul", "Zainab",
    "Peter", "Noura", "Tunde", "Grace", "Khalid", "Linda", "Amal", "David", "Mrs. Okoro", "Mr. Haddad", "Ms. Patel",
]
DRS6 = [
    "Olusegun Adeyemi", "Fatima Al-Mansoori", "Kwame Mensah", "Sarah Whitfield", "James O'Connor", "Nadia Haddad",
    "Chukwuemeka Okafor", "Amina Yusuf", "Tariq Mahmood", "Rebecca Lawson", "Hassan El-Sayed", "Thandiwe Ndlovu",
    "Priya Raghavan", "Michael Brennan", "Layla Nasser", "Emmanuel Boateng", "Sanjay Kulkarni", "Grace Wanjiru",
    "Omar Farouk", "Helen Carter", "Abdulrahman Al-Qahtani", "Ngozi Eze", "Robert Hayes", "Samir Khoury",
]
DEGS6 = [
    "MBBS, MRCP(UK)", "MBChB, FCP(SA)", "MD, FACP", "MBBS, MD (Internal Medicine)", "MB BCh BAO, MRCGP",
    "MBBS, FWACS", "DO, FAAFP", "MBBS, DNB (Paed)", "MBChB, MMed (Obs & Gyn)", "MBBS, FRCS (Ed)",
    "MD (Derm), DDV", "MBBS, MS (Ortho)", "MBBCh, Arab Board (Fam Med)", "MD, MRCPsych", "MBBS, FMCP",
]
CITIES6 = [
    "Lagos", "Nairobi", "Accra", "Dubai", "Riyadh", "Amman", "Cairo", "Manchester", "Leeds", "Birmingham", "Houston",
    "Chicago", "Johannesburg", "Kampala", "Doha", "Pune", "Glasgow", "Abuja", "Muscat", "Cape Town",
]
SITES6 = [
    "iCliniq", "icliniq.com", "HealthcareMagic", "Healthcare Magic", "HCM", "ask a doctor online", "DocConnect",
    "MediAnswers", "iclinq", "healthcaremagic.com",
]
SPECS6 = [
    "general physician", "cardiologist", "dermatologist", "gynaecologist", "paediatrician", "orthopaedic surgeon",
    "psychiatrist", "ENT specialist", "gastroenterologist", "urologist", "neurologist", "pulmonologist",
    "endocrinologist", "family physician", "internal medicine specialist",
]
URLS6 = [
    "https://www.icliniq.com/ask-a-doctor-online/{slug}", "http://bit.ly/dr-{slug}",
    "www.healthcaremagic.com/doctors/dr-{slug}/71{num}", "www.medianswers.com/ask/{slug}",
]

# Medical sentences by specialty; a row takes most of its body from the specialty the patient asked about.
BODY6_BY = {
    "heart": [
        "Chest tightness that comes on climbing stairs and settles with rest is typical of angina and needs a "
        "treadmill test or a CT coronary angiogram.",
        "Your ECG shows sinus tachycardia at 112 per minute, which is often due to anxiety, fever, anaemia or an "
        "overactive thyroid.",
        "The ECG you sent is normal in all regards, with no sign of ischaemia or rhythm disturbance.",
        "Start amlodipine 5 mg once a day and recheck the blood pressure at home twice daily for two weeks.",
        "A reading of 150/95 on three separate days is hypertension, not white-coat anxiety.",
        "Keep salt under 5 g a day, which is about one level teaspoon including what is already in bread and pickles.",
        "Please get a lipid profile, HbA1c and a 2D echo done.",
        "Please do not panic, as one high reading after a stressful day does not mean you have hypertension.",
        "Aspirin 75 mg should not be started on your own without a doctor checking for stomach ulcer and bleeding "
        "risk.",
        "Call an ambulance at once if the chest pain lasts more than 15 minutes, spreads to the jaw or left arm, or "
        "comes with sweating.",
        "Palpitations with a normal Holter recording are usually benign ectopic beats and cut down with less caffeine.",
    ],
    "chest": [
        "The wheeze at night and cough on cold air point towards asthma rather than a simple infection.",
        "Thanks to the inhaled steroid, the night cough should ease within two to three weeks if you use it daily.",
        "Use budesonide-formoterol 200/6, one puff twice daily, and rinse your mouth after each use.",
        "A cough lasting more than three weeks needs a chest X-ray and sputum tests for tuberculosis.",
        "Spirometry before and after a bronchodilator will confirm whether the airway narrowing is reversible.",
        "Stop smoking completely, as it is the single largest cause of your breathlessness.",
        "Go to the emergency room if your lips turn blue or you cannot finish a sentence because of breathlessness.",
        "Steam inhalation and warm saline gargles two to three times a day will soothe the throat.",
        "Intensive care is not needed unless the oxygen saturation falls below 92 percent on a pulse oximeter.",
    ],
    "gut": [
        "The burning behind the breastbone after meals is acid reflux.",
        "Take pantoprazole 40 mg half an hour before breakfast for four to six weeks.",
        "Eat dinner at least three hours before lying down and raise the head end of the bed by six inches.",
        "Avoid oily, spicy and fried food, and cut tea and coffee to two cups a day.",
        "Pain in the right lower abdomen with fever and vomiting can be appendicitis and needs an urgent surgical "
        "review.",
        "Get an ultrasound of the whole abdomen and a stool test for occult blood.",
        "Black, tarry stools or vomiting blood mean bleeding from the stomach, so go to the emergency department now.",
        "Your query about alcohol: no alcohol at all while taking metronidazole and for 48 hours after the last dose.",
        "Fluids are welcome in any form, such as water, soups, coconut water and oral rehydration solution.",
        "Bloating with loose stools after milk suggests lactose intolerance, so try two weeks without dairy.",
        "A colonoscopy is advisable after the age of 45 when there is blood in the stool.",
        "Feel free to eat rice, bananas, toast and curd while the stomach settles.",
    ],
    "skin": [
        "From the photo it looks like tinea corporis, a fungal infection of the skin.",
        "Apply clotrimazole 1 % cream twice daily for four weeks, including two weeks after the rash clears.",
        "Do not apply steroid creams like betamethasone, as they make fungal infections spread.",
        "Keep the folds dry, wear loose cotton clothes and wash towels separately.",
        "Acne of this grade responds to adapalene 0.1 % gel at night with benzoyl peroxide 2.5 % wash in the morning.",
        "Use a sunscreen of SPF 30 or more every morning, even on cloudy days.",
        "With regards to the mole, any change in size, colour or edge, or bleeding, needs a dermatologist's "
        "dermoscopy.",
        "Take cetirizine 10 mg at night for the itching.",
        "As per the picture, there is no sign of infection around the nail, so antibiotics are not needed.",
        "The white patches with no itch are most likely vitiligo, and a Wood's lamp test will confirm it.",
        "Hair fall three months after a high fever is telogen effluvium and regrows on its own in six months.",
    ],
    "women": [
        "A delay of a week with negative urine tests is common after stress, travel or weight change.",
        "Repeat the urine pregnancy test with the first morning sample after one week.",
        "Irregular cycles with acne and weight gain suggest polycystic ovaries; a pelvic ultrasound and hormone "
        "tests on day 2 of the cycle will confirm it.",
        "Take folic acid 400 micrograms daily from now until the end of the first trimester.",
        "Spotting in early pregnancy is common, but heavy bleeding with cramps needs an urgent scan.",
        "Iron and calcium tablets should be taken at least two hours apart.",
        "The thick white discharge with itching is a vaginal yeast infection and settles with clotrimazole pessary "
        "500 mg once.",
        "Pregnancy news is welcome, but your levothyroxine dose usually needs to go up by about a quarter now.",
        "Severe headache, blurred vision or swelling of the face after 20 weeks of pregnancy can be pre-eclampsia, "
        "so go to the labour ward straight away.",
    ],
    "child": [
        "A fever of 101 F in a child who plays and feeds well is usually viral.",
        "Give paracetamol 15 mg per kg every six hours, not more than four doses in a day.",
        "Do not give aspirin to children below 16 years of age.",
        "Offer small, frequent sips of ORS after each loose stool.",
        "Take the baby to hospital at once if he is drowsy, refuses feeds or has fewer than four wet nappies in a day.",
        "Teething does not cause high fever or diarrhoea, so look for another cause.",
        "Her weight and height are on the 50th centile, which is normal for her age.",
        "Kindly keep the baby well hydrated and sponge with lukewarm water if the fever is high.",
        "Vitamin D drops 400 IU daily are advised for all breastfed babies in the first year.",
        "A barking cough with noisy breathing at night is croup and often settles with a single dose of "
        "dexamethasone.",
        "Nosebleeds in children usually stop with ten minutes of firm pressure on the soft part of the nose.",
    ],
    "bones": [
        "The pain on the outer elbow when gripping is tennis elbow, an overuse problem of the tendon.",
        "Rest the arm, apply ice for 15 minutes three times a day, and use a counterforce brace.",
        "Low back pain without leg weakness or bladder trouble settles in most people within six weeks.",
        "Loss of control of bladder or bowel with numbness around the back passage needs emergency MRI and surgical "
        "review.",
        "Take ibuprofen 400 mg three times a day after food for five days if you have no stomach or kidney problems.",
        "An X-ray of the knee in standing position will show how much the joint space has narrowed.",
        "Quadriceps strengthening exercises are the best long-term treatment for knee osteoarthritis.",
        "Do not lift heavy weights or bend forward suddenly for the next few weeks.",
        "Take care to keep the plaster dry and move your fingers often to prevent stiffness.",
        "Check serum vitamin D and calcium, as low levels cause aching of bones and muscles.",
        "Take care while climbing stairs and hold the railing until the knee is stronger.",
    ],
    "nerves": [
        "The one-sided facial weakness with normal limbs is Bell's palsy.",
        "Prednisolone 60 mg daily for five days, started within 72 hours, improves recovery.",
        "There is good hope that the nerve will recover fully within six to eight weeks.",
        "Tape the eye shut at night and use lubricating drops during the day to protect the cornea.",
        "Headache that wakes you from sleep, with vomiting, needs an MRI brain.",
        "Sudden weakness of one side, slurred speech or a drooping face is a stroke until proven otherwise, so call "
        "emergency services immediately.",
        "Tingling in the feet in a diabetic points to neuropathy; check vitamin B12 and foot sensation every year.",
        "Keep a headache diary and limit painkillers to ten days a month to avoid medication-overuse headache.",
        "A nerve conduction study will show whether the median nerve is compressed at the wrist.",
    ],
    "mind": [
        "Low mood, poor sleep and loss of interest for more than two weeks are signs of depression.",
        "Sertraline 50 mg once daily is a safe start, and it takes four to six weeks to show its full effect.",
        "Do not stop the tablets suddenly; the dose has to be tapered.",
        "Seek help at once from the nearest emergency department if you have thoughts of harming yourself.",
        "Cognitive behavioural therapy works as well as medicines for panic attacks.",
        "Sleep and wake at fixed times and keep the phone out of the bedroom.",
        "Avoid alcohol, as it worsens both anxiety and sleep.",
        "Talking to a counsellor will help you handle the stress at work.",
        "Walk briskly for 30 minutes a day, as exercise lifts mood.",
        "I would suggest you see a psychiatrist in person, as these medicines need regular review.",
    ],
    "kidney": [
        "Burning while passing urine with frequent urge is a urinary tract infection.",
        "Send a urine culture before starting nitrofurantoin 100 mg twice daily for five days.",
        "Drink at least three litres of water a day so that the urine stays pale.",
        "A 5 mm stone in the ureter usually passes on its own within four weeks.",
        "Tamsulosin 0.4 mg at night relaxes the ureter and helps the stone pass.",
        "Fever with chills and loin pain means the infection has reached the kidney and needs hospital treatment.",
        "A creatinine of 1.1 mg/dL is within the normal range.",
        "Reduce meat, cola drinks and very salty food to lower the chance of new stones.",
        "Hope the stone passes soon, but if tablets do not control the pain, go to the emergency department.",
        "A PSA test and a rectal examination are advised for men over 50 with weak urine flow.",
    ],
    "glands": [
        "Your TSH of 8.2 with a normal T4 is subclinical hypothyroidism.",
        "Start levothyroxine 25 mcg on an empty stomach, 30 minutes before breakfast, and recheck TSH after six weeks.",
        "A fasting sugar of 132 mg/dL on two occasions confirms diabetes.",
        "Metformin 500 mg twice daily with meals is the usual first medicine.",
        "Do not worry dear, the metformin upset stomach settles in a week if you take it with food.",
        "Check HbA1c every three months until it is below 7 percent.",
        "If the sugar is below 70 mg/dL, take three teaspoons of sugar in water and recheck after 15 minutes.",
        "Eat more vegetables, pulses and whole grains and less rice, bread and sweets.",
        "Lose five to seven percent of your body weight over six months.",
        "Kindly get the thyroid profile repeated after six weeks of treatment.",
    ],
    "ent": [
        "The red, bulging eardrum is acute otitis media.",
        "Amoxicillin 500 mg three times a day for five days is enough.",
        "Do not put oil, cotton buds or anything else into the ear.",
        "The blocked nose and facial pressure for ten days are sinusitis.",
        "Use saline nasal spray and fluticasone nasal spray two sprays each side once daily.",
        "Hoarseness lasting more than three weeks in a smoker needs a laryngoscopy.",
        "Ringing in one ear with hearing loss needs an audiogram and an MRI of the inner ear.",
        "Warm compresses for ten minutes four times a day will help the stye drain.",
    ],
    "general": [
        "Your haemoglobin of 9.8 g/dL is low, and ferritin with a peripheral smear will show the cause.",
        "Ferrous sulphate 200 mg once daily with orange juice will correct it over three months.",
        "The dengue NS1 test is positive, so check the platelet count daily for five days.",
        "Avoid ibuprofen and aspirin in dengue fever; use paracetamol only.",
        "Go to hospital if there is bleeding from the gums, severe abdominal pain or persistent vomiting.",
        "The swelling in the neck is a reactive lymph node and should shrink within four weeks.",
        "A node that keeps growing, is hard or comes with weight loss and night sweats needs a biopsy.",
        "Thanks to the vaccine you had, a tetanus booster is not needed for this wound.",
        "Drink eight to ten glasses of water a day.",
        "Walk for half an hour every evening.",
        "Eat fresh fruit and vegetables and cut down on sugar and fried snacks.",
        "Sleep for seven to eight hours every night.",
        "Keep a diary of what you eat and when the pain starts.",
        "Wash your hands before meals and after using the toilet.",
        "As per your reports, the liver enzymes are mildly raised, which is common after a viral illness.",
    ],
}
BODY6 = [s for group in BODY6_BY.values() for s in group]

# Openers: a template ending in "~" is glued to the next piece with no space.
OPEN6 = [
    "Hi,~",
    "Hello,~",
    "Hello~",
    "Hi {name},~",
    "Hi, Welcome to {site}.",
    "Hello, Welcome to {site}.~",
    "Hi. Thanks for the query to {site}.",
    "Dear {name},",
    "Dear Sir,",
    "Dear Madam,",
    "Respected Sir/Madam,",
    "Dear friend,",
    "Greetings from {site}!",
    "Good day.",
    "Good morning {name}.",
    "Good evening and thank you for choosing {site}.",
    "As-salamu alaykum {name}.",
    "Salam, and thank you for your question.",
    "Namaste.",
    "Hi there!",
    "Hey {name}, thanks for writing in.",
    "HELLO AND WELCOME TO {SITE}.",
    "HI, THANKS FOR YOUR QUERY.",
    "hi dear, thnks for ur query.",
    "Helo and welcom to {site}.",
    "Thank you for your query.~",
    "Thank you for writing to us.",
    "Thank you for posting your question on {site}.",
    "Thank you for trusting {site} with your health concern.",
    "Thanks for the detailed history, {name}.",
    "Thank you for the question and the photos you attached.",
    "Thanks for using {site}, I have read your question carefully.",
    "Many thanks for reaching out to us at {site}.",
    "I am Dr. {dr}, a {spec} with {years} years of experience, and I will be answering your question today.",
    "My name is Dr. {dr} and I am a consultant {spec} practising in {city}.",
    "This is Dr. {dr} ({deg}) from {site}.",
    "Dr. {dr} here, {spec}, {city}.",
    "I am Dr {dr}, I have read your question and understand your concern.",
    "Welcome to {site}. I am Dr. {dr} and I am happy to help you.",
    "I have gone through your query in detail.",
    "I have gone through your query and the attached reports.",
    "I have read through your question and the history you gave.",
    "I have carefully reviewed your case history.",
    "I went through your post and the report you uploaded.",
    "Read your query.",
    "Noted your query.",
    "I understand your concern.",
    "I can understand your worry about your child.",
    "I understand how distressing this must be for you and your family.",
    "I am sorry to hear about your symptoms, {name}.",
    "Sorry to hear that you are going through this.",
    "I can imagine how uncomfortable this must be.",
    "Please do not worry, you have come to the right place.",
    "Don't worry, I will help you.",
    "Let me help you with this.",
    "I will try my best to help you.",
    "I would be glad to help you with your query.",
    "I would like to answer your question as follows.",
    "Thank you for your question, I will answer point by point.",
    "Thanks for the follow up, {name}.",
    "Welcome back to {site}, and thank you for the update.",
    "Nice to hear from you again.",
    "Thanks for getting back to me with the reports.",
    "Hello {name}, I am Dr. {dr}.~",
    "Hi {name}, Dr. {dr} here.",
    "Welcome to {site} - the online clinic you can trust.",
    "Thank you for contacting {site}, the leading online medical consultation platform.",
    "Your question has been assigned to me, Dr. {dr}, a board-certified {spec}.",
    "Welcome to \"{site}\".",
    "Welcome to '{site}'.",
    "Thanks for choosing {site} for your medical query.",
    "Greetings of the day!",
    "Season's greetings to you and your family.",
    "Ramadan Kareem, and thank you for your question.",
    "Hope you are doing well.",
    "I hope you and your baby are keeping well.",
    "Hello dear,~",
    "Hi, Thanks for asking.~",
    "I appreciate your concern for your mother's health.",
    "It is good that you sought an opinion early.",
    "You have done well to ask about this.",
    "Thank you for the clear description, it makes my job easier.",
    "Based on your query, my opinion is as follows:",
    "Regarding your question, here is my advice.",
    "Thanks a lot for your valuable question.",
    "Hi,Thanks for writing in.",
    "Hello and thank you for your trust.",
    "Hi. I am a {spec} and I have read your question carefully.",
    "Hi. I just read your query and understand your concerns.",
    "Hello, Welcome to {site}. I read your query and I understand your worry.",
    "Thanks for your query, I am Dr. {dr} and I have {years} years of experience in this field.",
    "Greetings from Dr. {dr}, {deg}, {city}.",
    "Hi {name}! Thanks a ton for the photos, they were very clear.",
    "Hello {name}, good to see you on {site}.",
    "Dear patient, I have studied your question.",
    "Welcome to {site}!I am Dr. {dr}.",
    "THANK YOU FOR YOUR QUESTION.",
    "Hi, Let me answer your questions one by one.",
    "Greetings. Your concern is genuine.",
]

CLOSE6 = [
    "Hope this helps.",
    "Hope this helps you.",
    "I hope this answers your question.",
    "Hope I have answered your query.",
    "Hope I have been able to help you.",
    "I hope my answer helps you.",
    "Hope this information is useful to you.",
    "Take care.",
    "Take care and stay safe.",
    "tc",
    "Regards",
    "Regards.",
    "Rgds,",
    "Best regards,",
    "Kind regards,",
    "Warm regards.",
    "With best wishes.",
    "Best wishes for your health.",
    "Wishing you a speedy recovery.",
    "Wish you good health.",
    "Get well soon!",
    "Get well soon and take care of yourself.",
    "God bless you.",
    "God bless you and your baby.",
    "Allah shafi.",
    "May Allah grant you shifa.",
    "Inshallah you will be fine soon.",
    "Merry Christmas and a happy new year.",
    "Eid Mubarak to you and your family.",
    "Have a nice day.",
    "Have a great day ahead.",
    "Thank you.",
    "Thanks for using {site}.",
    "Thank you for choosing {site}.",
    "Thanks and regards.",
    "Thank you for your trust in {site}.",
    "Feel free to ask if you have any more questions.",
    "Feel free to get back to me for any further query.",
    "Let me know if you need any clarification.",
    "Please write back if you have any doubts.",
    "Do get back to me if you have any other concerns.",
    "If you have any further questions, I will be happy to answer them.",
    "Revert back with the reports.",
    "Revert back with the reports for further management.",
    "Write back with the blood reports and I will guide you further.",
    "Please send me the reports once they are done so that I can review them.",
    "Follow up with me after two weeks.",
    "For a follow up, you can ask me directly at {url}.",
    "For further queries consult a {spec} online --> {url}",
    "You can ask me a direct question through a private consultation at {site}.",
    "For a detailed one-to-one consultation with me, book a paid video call on {site}.",
    "A premium question to me costs less than a clinic visit and I can review your reports in full.",
    "For more information consult a {spec} online --> {url}",
    "Feel free to contact me on {site} for a private consultation at any time.",
    "You can also reach me on {site} by searching for Dr. {dr}.",
    "I am available for a phone consultation through {site} if needed.",
    "Please rate this answer if it was helpful.",
    "Kindly click on 'Thank the doctor' if you found my answer useful.",
    "If you are satisfied with my answer, please give it five stars.",
    "Please do not forget to rate my answer and leave a review.",
    "Kindly accept my answer if it helped.",
    "Please close the discussion if you have no further questions.",
    "Dr. {dr}",
    "Dr. {dr}, {deg}",
    "Dr {dr} {deg}{spec}, {city}",
    "Regards,\nDr. {dr}\n{deg}\nConsultant {spec}\n{city}",
    "Best wishes,\nDr. {dr}",
    "Yours sincerely,\nDr. {dr}, {deg}",
    "Regards, Dr. {dr}, {spec}, {city}.",
    "Dr. {dr} ({spec}), {site}",
    "DR. {DR}",
    "Regards~",
    "Thanks~",
    "Take care.~",
    "Sincerely,~",
    "Stay healthy.",
    "Stay blessed.",
    "Wish you all the best.",
    "All the best.",
    "Good luck with your treatment.",
    "Good luck!",
    "Cheers!",
    "Hope you feel better soon, {name}.",
    "Wishing you and your family good health.",
    "Keep smiling.",
    "Do not hesitate to come back to {site} with any further concerns.",
    "You are welcome to contact me again.",
    "It was a pleasure to help you.",
    "Hope I have cleared your doubts, still if you have any query you can ask me.",
    "Any further queries, happy to help again.",
    "In case of further questions, feel free to contact me.",
    "TAKE CARE.",
    "WISH YOU A SPEEDY RECOVERY.",
    "Regards Dr.{dr}",
    "Wishing you good health,\nDr. {dr}, MD\nFamily Medicine, {city}",
    "Dr. {dr}\nGeneral and Family Physician",
    "Thank you for giving me the opportunity to help you.",
    "Please remember this is an online opinion and does not replace a visit to your own doctor.",
    "For a second opinion on your scans, upload them in a paid query to me at {site}.",
]

# Damaged pieces: derived copies put "Chat Doctor" where a name, a site or an ordinary word stood.
DAMAGE6 = [
    "Take one tablet after Chat Doctor and one at bedtime for ten days.",
    "Use the inhaler Chat Doctor when you feel wheezy, up to four times a day.",
    "Mix half a teaspoon of salt in a Chat Doctor of warm water and gargle thrice daily.",
    "Hi, I am Chat Doctor and I have gone through your question.",
    "Thanks for using Chat Doctor.",
    "Regards, Chat Doctor.",
    "(attachment removed to protect patient identity)",
    "Please upload the Chat Doctor reports so I can give you a better opinion.",
    "I would suggest you see a Chat Doctor nearby for a proper examination.",
    "The swelling should go down in a Chat Doctor if you keep the leg raised.",
    "For further queries you can contact me on Chat Doctor.",
    "Your sugar levels were Chat Doctor. high on the last report.",
    "Welcome to Chat Doctor forum.",
]

# (specialty, Description, Patient)
PATIENT6 = [
    ("heart", "Q. Why do I get chest tightness when I climb stairs?",
     "Hello doctor, I am 52 and for a month I get a tight feeling in the chest when I climb two floors. It goes "
     "away in a few minutes when I stop. I smoke ten a day."),
    ("heart", "Is a blood pressure of 150/95 dangerous at my age?",
     "Hi, my BP has been around 150/95 for a week. I am 44, a bit overweight, and my father had a stroke."),
    ("heart", "Q. My heart races at night, should I be worried?",
     "I feel my heart beating fast and skipping when I lie down. The Holter test was normal. I drink four coffees "
     "a day."),
    ("chest", "Q. Dry cough at night for six weeks, what could it be?",
     "My 30 year old wife coughs every night, worse in cold air. No fever. She had eczema as a child."),
    ("chest", "Breathless after a cold, what should I do?",
     "Since a cold two weeks ago I am short of breath and wheezy. I used to smoke. Please advise."),
    ("gut", "Q. Burning in chest after every meal",
     "Hello sir, I am 38, I get burning behind my chest after meals and sour water in my mouth at night."),
    ("gut", "Q. Loose stools and bloating after taking milk?",
     "Every time I drink milk or tea with milk I get gas and loose motions. This has been for months."),
    ("gut", "Pain in lower right side of tummy with fever",
     "My son is 17, pain started around the navel yesterday and moved to the right side, he vomited twice."),
    ("skin", "Q. Itchy round red rash on my waist",
     "I have ring like red patches on my waist and thighs which itch badly. I applied a cream from the chemist "
     "with betamethasone but it is spreading. Photo attached."),
    ("skin", "Q. What is the treatment for acne on the face and back?",
     "I am 19, I have pimples on my face and back for two years. Some leave dark marks."),
    ("skin", "Hair falling a lot after typhoid",
     "Hi doc, I had typhoid three months ago and now my hair is falling in bunches when I comb."),
    ("women", "Q. My periods are late by a week but tests are negative",
     "Hello doctor, my period is eight days late. Two home tests were negative. I travelled recently for work."),
    ("women", "Q. Irregular periods, acne and weight gain at 24",
     "My periods come every two to three months, I have gained 8 kg this year and have acne on my chin."),
    ("women", "Spotting at seven weeks pregnant, is the baby ok?",
     "I am seven weeks pregnant and I saw brown spotting this morning. No pain. I take thyroxine 50."),
    ("child", "Q. My 2 year old has fever of 101 since yesterday",
     "My daughter is 2 years old and has fever since yesterday, 101 F. She is playing and eating a little less."),
    ("child", "Barking cough in my son at night",
     "My 3 year old son wakes up at night with a cough like a dog barking and noisy breathing. He is fine by "
     "morning."),
    ("child", "Q. Is teething causing my baby's loose motions?",
     "My baby is 9 months, getting teeth, and has had loose stools for two days with mild fever."),
    ("bones", "Q. Pain on outer side of elbow while lifting",
     "I am a carpenter aged 45. Since a month I have pain on the outer side of the right elbow when I hold tools."),
    ("bones", "Lower back pain after lifting a heavy box",
     "Hi, I lifted a heavy box four days ago and since then my lower back hurts when I bend. No leg pain."),
    ("bones", "Q. Knee pain on climbing stairs at 60",
     "My mother is 60 and has pain in both knees, worse on climbing stairs and after sitting for long."),
    ("nerves", "Q. Sudden weakness of one side of my face",
     "I woke up today and the left side of my face is drooping, I cannot close my left eye properly. Arms and "
     "legs are fine."),
    ("nerves", "Headaches almost every day for three months",
     "I have a headache most days, I take painkillers almost daily. Sometimes I feel sick with it."),
    ("nerves", "Q. Tingling in both feet, I am diabetic",
     "Sir, I am diabetic for 10 years and now I have tingling and burning in both feet at night."),
    ("mind", "Q. I feel low and cannot sleep for a month",
     "I lost my job two months ago. I feel sad all the time, I have stopped meeting friends and I wake at 3 am."),
    ("mind", "Sudden attacks of fear and fast heartbeat",
     "Several times a week I suddenly feel I am dying, my heart pounds and I cannot breathe. ECG was normal."),
    ("kidney", "Q. Burning urination and going to toilet often",
     "I am a 29 year old woman. Since yesterday it burns when I pass urine and I have to go every half hour."),
    ("kidney", "Q. 5 mm stone in ureter, will it pass?",
     "Ultrasound shows a 5 mm stone in the left ureter. I have pain coming in waves. Creatinine 1.1."),
    ("glands", "Q. TSH 8.2, do I need medicine?",
     "My TSH is 8.2 and T4 normal. I feel tired and I am planning a pregnancy next year."),
    ("glands", "Fasting sugar 132, am I diabetic?",
     "My fasting sugar was 132 and then 128 last week. I am 47 and overweight. My doctor gave metformin but it "
     "upsets my stomach."),
    ("ent", "Q. My ear is paining and blocked after a cold",
     "My 8 year old has ear pain since last night after a cold, with fever. He says the ear feels full."),
    ("ent", "Blocked nose and pain in cheeks for ten days",
     "I have had a blocked nose, yellow mucus and pressure in my cheeks for ten days. Please advise."),
    ("general", "Q. Hb 9.8, feeling tired all the time",
     "I am 26, female, I feel tired and breathless on stairs. My Hb is 9.8. My periods are heavy."),
    ("general", "Q. Dengue positive, what precautions should I take?",
     "My NS1 test came positive today. I have fever and body ache. Platelets 1.6 lakh."),
    ("general", "Lump in the neck after a sore throat",
     "I noticed a small lump on the side of my neck after a sore throat two weeks ago. It is slightly tender."),
]

GLUE = "~"
# Order at the edges, as doctors write them: a greeting first; wishes, then a sign-off word, then the signature.
GREETING6 = re.compile(r"(hi|hello|helo|hey|dear|respected|greetings|good |salam|as-salamu|namaste)", re.I)
LEADIN6 = re.compile(r"(:|as follows\.|one by one\.|my advice\.)$")
SIGNOFF6 = re.compile(r"(regards|rgds|best regards|kind regards|sincerely|yours|best wishes,|thanks~)", re.I)
SIGNATURE6 = re.compile(r"(dr\.? |regards,? dr|regards,\n|wishing you good health,\n|best wishes,\n)", re.I)
# Where a damaged piece sits: a damaged greeting opens the answer, a damaged sign-off ends it, the rest are body.
DAMAGE6_FIRST = re.compile(r"(hi|welcome)\b", re.I)
DAMAGE6_LAST = re.compile(r"(regards|thanks for using|for further)\b", re.I)
# How two pieces are joined: mostly a space, sometimes a newline or a blank line, sometimes nothing after a stop.
JOINS6 = [(" ", 70), ("\n", 12), ("\n\n", 8), ("", 10)]


def _names(rng: random.Random) -> dict:
    """One row's names: one doctor, one site and one patient name for all its templates."""
    dr, site = rng.choice(DRS6), rng.choice(SITES6)
    slug = dr.lower().replace(" ", "-").replace("'", "")
    url = rng.choice(URLS6).format(slug=slug, num=rng.randrange(1000, 9999))
    return dict(name=rng.choice(NAMES6), dr=dr, DR=dr.upper(), site=site, SITE=site.upper(), city=rng.choice(CITIES6),
                deg=rng.choice(DEGS6), spec=rng.choice(SPECS6), years=rng.choice([6, 8, 10, 12, 15, 20, 25]), url=url)


def _one_doctor(templates: list[str]) -> list[str]:
    """The templates less any second one naming the doctor, and any second sign-off word."""
    named = [t for t in templates if "{dr}" in t or "{DR}" in t]
    signoffs = [t for t in templates if SIGNOFF6.match(t)]
    return [t for t in templates if t not in named[1:] + signoffs[1:]]


def _count(rng: random.Random) -> int:
    """0-3 openers or closers, one or two most often."""
    return rng.choices([0, 1, 2, 3], weights=[25, 40, 25, 10])[0]


def _pieces(rng: random.Random, spec: str) -> tuple[list[str], list[str], list[str]]:
    """The row's openers, body sentences and closers, boilerplate still as templates."""
    clean = rng.random() < 0.12
    opens = [] if clean else _one_doctor(rng.sample(OPEN6, _count(rng)))
    closes = [] if clean else _one_doctor(rng.sample(CLOSE6, _count(rng)))
    if not clean and not opens and not closes:
        closes = [rng.choice(CLOSE6)]
    # An aside from outside the specialty is general advice (anaemia, hygiene, sleep), as in real answers.
    own = BODY6_BY[spec]
    other = BODY6_BY["general"] if spec != "general" else [s for s in BODY6 if s not in own]
    k = rng.randint(2, 5)
    body = rng.sample(own, min(k, len(own) - 1))
    if rng.random() < 0.25:
        body.insert(rng.randrange(len(body) + 1), rng.choice(other))
    opens.sort(key=lambda o: 0 if GREETING6.match(o) else 2 if LEADIN6.search(o) else 1)
    closes.sort(key=lambda c: 2 if SIGNATURE6.match(c) else 1 if SIGNOFF6.match(c) else 0)
    return opens, body[:5], closes


def _join(pieces: list[tuple[str, bool]], rng: random.Random) -> str:
    """Pieces (text, glued to the next one) as one answer."""
    out = ""
    for i, (text, _) in enumerate(pieces):
        if i and not pieces[i - 1][1]:
            sep = rng.choices([j for j, _ in JOINS6], weights=[w for _, w in JOINS6])[0]
            out += " " if sep == "" and out[-1] not in ".!?" else sep
        out += text
    return out


def _damage_at(rng: random.Random, damage: str, n_open: int, n_body: int, n_all: int) -> int:
    """Where a damaged piece goes among the row's pieces."""
    if DAMAGE6_FIRST.match(damage):
        return 0
    if DAMAGE6_LAST.match(damage):
        return n_all
    return rng.randrange(n_open, n_open + n_body + 1)


def make_row6(rng: random.Random) -> dict:
    """One realistic row: Description, Patient, Doctor, and the body sentences and plants it holds verbatim."""
    spec, description, patient = rng.choice(PATIENT6)
    opens, body, closes = _pieces(rng, spec)
    names = _names(rng)
    edges = [(t.rstrip(GLUE).format(**names), t.endswith(GLUE)) for t in opens + closes]
    pieces = edges[: len(opens)] + [(s, False) for s in body] + edges[len(opens):]
    if rng.random() < 0.22 and edges:
        pieces.insert(_damage_at(rng, damage := rng.choice(DAMAGE6), len(opens), len(body), len(pieces)),
                      (damage, False))
    if pieces[-1][1]:
        pieces[-1] = (pieces[-1][0], False)
    plants = [text for text, _ in pieces if text not in body]
    return {"Description": description, "Patient": patient, "Doctor": _join(pieces, rng), "body": body,
            "plants": plants}


def make_blind6(n: int = ROWS6, seed: int = SEED6) -> list[dict]:
    """n rows from one seeded generator."""
    rng = random.Random(seed)
    return [make_row6(rng) for _ in range(n)]


def damaged6(row: dict) -> bool:
    """Whether a row holds one of the damaged pieces."""
    return any(p in DAMAGE6 for p in row["plants"])


def glued6(doctor: str) -> bool:
    """Whether two pieces meet with no space (a stop or a letter run into a capital)."""
    return re.search(r"[.!?,a-z][A-Z]", doctor) is not None


def main() -> None:
    OUT6.parent.mkdir(parents=True, exist_ok=True)
    with OUT6.open("w", encoding="utf-8") as f:
        for row in make_blind6():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {ROWS6} rows to {OUT6}")


if __name__ == "__main__":
    main()
