"""Blind held-out set 15 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind: without opening the cleaning
code's data lists, the other realistic sets, their tests or their data, and without running the cleaner on
this set. No dataset text was copied. The set models the HealthCareMagic part of the ai-medical-chatbot /
ChatDoctor family as it was scraped: many answers by a few hundred doctors, each doctor with a personal habit
(one or two favourite openers and closers and one sign-off layout, reused with small variations: case, a lost
space after a full stop, a dropped or swapped letter), answers from non-native writers (Nigerian, Pakistani,
Filipino, Indian English), sign-offs listing degrees and hospitals in many layouts, follow-up invitations with
and without a time, line breaks lost between pieces, and rows with no boilerplate at all.

A row holds 0-3 openers, 2-5 medical sentences from BODY15, 0-3 closers (a sign-off counts as one) and, in
about a fifth of rows, a damaged piece from DAMAGE15 (the "Chat Doctor" placeholder where a word, name or site
stood, or the attachment-removed note). "body" lists the medical sentences verbatim as they appear in
"Doctor"; "plants" lists the boilerplate and damaged pieces verbatim, in order of appearance. A template
ending in "~" is glued to the next piece with no space.

Run `python tests/realistic_blind15.py` to rewrite tests/data/realistic_blind15.jsonl (ROWS15 rows, SEED15).
"""

import json
import random
import re
from pathlib import Path

OUT15 = Path(__file__).resolve().parent / "data" / "realistic_blind15.jsonl"
SEED15 = 152026
ROWS15 = 200

# Medical sentences. Some carry "hope", "thanks", "welcome", "regards", "care", "dear", "help", "query" in a
# medical sense; some are plain lifestyle advice; some are written as non-native doctors write.
BODY15 = [
    "Your ECG shows sinus tachycardia, which simply means the heart is beating fast, usually from fever or anxiety.",
    "A TSH of 7.8 with a normal free T4 is called subclinical hypothyroidism.",
    "Start thyroxine 25 mcg on an empty stomach every morning and repeat the TSH after six weeks.",
    "The ultrasound report says query early appendicitis, which means the radiologist was not certain.",
    "With regards to the sperm count, 12 million per ml is below the normal range.",
    "There is good hope that the facial nerve will recover fully within three months.",
    "Thanks to the booster dose, his chance of severe tetanus is now very low.",
    "You will be welcome to walk on the foot as pain allows once the plaster is removed.",
    "Avoid the dear branded tonics; a plain ferrous sulphate tablet raises haemoglobin just as well.",
    "Intensive care is needed if the oxygen saturation stays below 92 percent.",
    "Cold compresses help the swelling in the first two days after the sprain.",
    "Take care to finish the full course of antibiotics even when the fever settles early.",
    "Ask the lab for help if you cannot collect the urine sample midstream.",
    "Chest pain spreading to the left arm or jaw with sweating needs an ambulance at once, do not drive yourself.",
    "Go to the emergency department immediately if she becomes drowsy or has a fit.",
    "Sudden weakness of one side of the face or body is a stroke warning sign and needs emergency care within minutes.",
    "If the baby refuses feeds, has fewer wet nappies or a sunken soft spot, take him to the hospital today.",
    "Vomiting blood or passing black tarry stools needs urgent hospital assessment.",
    "Paracetamol 500 mg to 1 g every six hours can be taken for the pain, not more than 4 g in a day.",
    "Ibuprofen 400 mg three times a day after food will reduce the joint inflammation.",
    "Do not take ibuprofen if you have a stomach ulcer or kidney disease.",
    "Amoxicillin 500 mg three times daily for seven days is the usual treatment for this ear infection.",
    "Cetirizine 10 mg at night will control the itching and the hives.",
    "Apply clotrimazole cream on the rash twice daily and continue for two weeks after it clears.",
    "Metformin should be taken with meals to reduce the stomach upset.",
    "Your HbA1c of 8.9 percent shows that the sugar has been poorly controlled over the last three months.",
    "A fasting sugar above 126 mg/dl on two occasions confirms diabetes.",
    "Check your blood pressure at home twice daily for a week and keep a written record.",
    "A reading of 150/95 on repeated checks is stage 2 hypertension and needs medicine.",
    "Amlodipine 5 mg once daily is a good first choice for your blood pressure.",
    "Ankle swelling is a known side effect of amlodipine and is not dangerous.",
    "Reduce salt to less than one teaspoon a day, including the salt in pickles and papad.",
    "Walk briskly for thirty minutes at least five days a week.",
    "Drink enough water that your urine stays pale yellow.",
    "Sleep at the same time every night and keep the phone out of the bedroom.",
    "Eat more vegetables, fruits and whole grains, and less fried food.",
    "Stop smoking completely, as it is the main cause of your cough.",
    "Limit alcohol to no more than two drinks in a day, and have some days without any.",
    "Lose about five kilograms over the next six months to ease the pressure on your knees.",
    "Raise the head end of the bed by six inches to reduce the night time acid reflux.",
    "Avoid tea, coffee and spicy food for two weeks while the gastritis heals.",
    "Pantoprazole 40 mg half an hour before breakfast for four weeks will settle the acidity.",
    "An H. pylori stool antigen test will tell whether the ulcer is due to infection.",
    "Your liver ultrasound shows grade 1 fatty liver, which usually improves with weight loss.",
    "An SGPT of 85 is about twice the upper limit and should be rechecked in three months.",
    "Hepatitis B surface antigen positive means you should get the viral load and liver tests done.",
    "A urine routine and culture test is needed before starting the antibiotic.",
    "Burning urine with fever and back pain suggests a kidney infection, which needs to be treated promptly.",
    "Nitrofurantoin 100 mg twice daily for five days is suitable for a simple bladder infection.",
    "A kidney stone smaller than 5 mm usually passes on its own with plenty of fluids.",
    "Tamsulosin 0.4 mg at night relaxes the ureter and helps the stone pass.",
    "Your creatinine of 1.9 is raised, so avoid painkillers like diclofenac.",
    "An enlarged prostate of 45 grams explains the weak urine stream at night.",
    "The rash with silvery scales on the elbows looks like psoriasis.",
    "Moisturise the skin twice a day with a plain fragrance free cream.",
    "The dark patches on the cheeks are melasma and need daily sunscreen of SPF 30 or more.",
    "Acne of this grade responds well to adapalene gel at night for twelve weeks.",
    "Do not squeeze the boil; warm compresses three times a day will help it drain.",
    "Hair fall three months after a high fever is telogen effluvium and recovers by itself.",
    "Check serum ferritin and vitamin D, as low levels are common causes of hair thinning.",
    "The mole needs to be seen by a dermatologist because it has changed colour and shape.",
    "A small painless lump that moves under the skin is most likely a lipoma.",
    "The lymph node of 1 cm in the neck is usually reactive after a throat infection.",
    "If the node grows beyond 2 cm or you have night sweats and weight loss, a biopsy is advised.",
    "Your periods every 21 to 35 days are within the normal range.",
    "The ultrasound shows polycystic ovaries, which explains the irregular periods and the acne.",
    "Folic acid 5 mg daily should be started at least three months before trying to conceive.",
    "Spotting in early pregnancy is common, but heavy bleeding with cramps needs an urgent scan.",
    "A beta hCG should double every 48 to 72 hours in a healthy early pregnancy.",
    "The emergency pill works best within 72 hours of unprotected intercourse.",
    "White discharge with itching is most often a yeast infection and responds to clotrimazole pessary.",
    "Do a pap smear every three years from the age of 25.",
    "Breast pain that changes with the cycle is hormonal and is rarely a sign of cancer.",
    "Any breast lump in a woman over 35 should be checked with a mammogram.",
    "Iron tablets can turn the stool black, and this is harmless.",
    "Your haemoglobin of 8.2 shows moderate anaemia, so the cause must be found.",
    "A peripheral smear and reticulocyte count will show what type of anaemia this is.",
    "Kindly do a full blood count and malaria parasite test as soon as possible.",
    "If the malaria test is positive, artemether lumefantrine for three days is the standard treatment.",
    "You are to take the tablets after meals and not on an empty stomach.",
    "Typhoid is better confirmed by blood culture than by the Widal test.",
    "Dengue fever needs only paracetamol, plenty of oral fluids and a daily platelet count.",
    "Never give aspirin or ibuprofen when dengue is suspected, as they increase bleeding.",
    "A platelet count below 20,000 or bleeding from the gums needs admission.",
    "Fever in a child can be brought down with paracetamol 15 mg per kg every six hours.",
    "Sponge the child with lukewarm water, not cold water, when the fever is high.",
    "A febrile fit in a child under five usually does no lasting harm, but the first one should be seen by a doctor.",
    "Give oral rehydration solution after every loose stool to prevent dehydration.",
    "Zinc 20 mg daily for fourteen days shortens the diarrhoea in children.",
    "Teething does not cause high fever, so look for another cause if the temperature is above 38.5.",
    "Breastfeeding on demand is enough for the first six months, no water is needed.",
    "His weight gain of 600 grams a month is normal for a six month old baby.",
    "Start the vaccination catch up schedule at your nearest health centre.",
    "Salbutamol inhaler two puffs when needed relieves the wheeze within minutes.",
    "Use the steroid inhaler twice daily even on good days, and rinse your mouth afterwards.",
    "A spacer device makes the inhaler work much better in children.",
    "The chest X-ray shows a patch in the right lower zone, which fits with pneumonia.",
    "A cough lasting more than two weeks with evening fever needs a sputum test for tuberculosis.",
    "Steam inhalation and warm saline gargles will ease the sore throat.",
    "Saline nasal spray three times a day helps the blocked nose without side effects.",
    "The ear drum is likely perforated, so keep water out of the ear until it heals.",
    "Ringing in the ear after loud music usually settles within a day or two.",
    "Sudden loss of hearing in one ear is an emergency and needs an ENT review within 24 hours.",
    "The gum swelling is from a dental abscess and the tooth needs a root canal or extraction.",
    "Brush twice daily with a soft brush and use floss once a day.",
    "Wisdom tooth pain with a swollen cheek responds to metronidazole with amoxicillin.",
    "Your MRI shows a disc bulge at L4-L5 pressing on the nerve root.",
    "Most disc bulges settle with physiotherapy and time, and surgery is rarely needed.",
    "Loss of bladder control or numbness around the back passage with back pain needs emergency surgery review.",
    "Do back strengthening exercises daily once the acute pain is over.",
    "Vitamin D3 60,000 units once a week for eight weeks will correct the deficiency.",
    "The X-ray of the knee shows early osteoarthritis with mild narrowing of the joint space.",
    "Quadriceps strengthening is the most useful exercise for knee arthritis.",
    "A uric acid of 9.1 together with a hot swollen big toe points to gout.",
    "Colchicine 0.5 mg twice a day helps during the gout attack.",
    "Frozen shoulder is common in diabetics and improves with daily stretching over months.",
    "Tingling in the thumb and first fingers at night suggests carpal tunnel syndrome.",
    "A wrist splint worn at night often relieves carpal tunnel symptoms.",
    "Headache worse in the morning with vomiting needs a brain scan.",
    "The worst headache of your life, coming on suddenly, needs emergency care straight away.",
    "Migraine attacks can be prevented with propranolol 20 mg twice daily.",
    "Keep a headache diary to find your triggers, such as missed meals or poor sleep.",
    "Vertigo on turning in bed is usually benign positional vertigo and responds to the Epley manoeuvre.",
    "Numbness of the feet in a diabetic needs daily foot checks for cuts and blisters.",
    "The EEG is normal, but a single normal EEG does not rule out epilepsy.",
    "Do not stop the anti seizure medicine suddenly, as it can bring on fits.",
    "Feeling low most days for more than two weeks may be depression, and it can be treated.",
    "Sertraline 50 mg once daily usually takes four to six weeks to show its full effect.",
    "If you have thoughts of ending your life, call an emergency helpline or go to the nearest hospital now.",
    "Panic attacks are frightening but are not dangerous to the heart.",
    "Slow breathing, four seconds in and six seconds out, can calm a panic attack.",
    "Counselling sessions with a psychologist help as much as medicines for anxiety.",
    "Your cholesterol of 240 with LDL of 160 needs diet changes and probably a statin.",
    "Atorvastatin 10 mg at night lowers LDL cholesterol by about a third.",
    "Palpitations with fainting need a Holter monitor for 24 hours.",
    "The echo shows an ejection fraction of 60 percent, which is normal heart pumping.",
    "Mild mitral valve prolapse is common and usually needs no treatment.",
    "Breathlessness on lying flat and swollen legs can be signs of heart failure.",
    "A stress test will show if the chest pain on walking comes from the heart.",
    "Eye redness with pain and blurred vision needs an eye specialist the same day.",
    "Lubricating eye drops four times a day will relieve the dry eye.",
    "Conjunctivitis spreads easily, so wash your hands and do not share towels.",
    "Piles that bleed can be helped by a high fibre diet and sitz baths twice a day.",
    "Constipation often improves with two tablespoons of isabgol husk in water at night.",
    "A colonoscopy is advised because of the blood in the stool at your age.",
    "Pain in the right lower abdomen with fever and vomiting needs an urgent surgical opinion.",
    "The hernia should be repaired electively before it gets stuck.",
    "A hernia that becomes hard, painful and cannot be pushed back is an emergency.",
    "Your semen analysis should be repeated after three days of abstinence.",
    "Erectile problems in a smoker with diabetes often have a blood vessel cause.",
    "Safe sex with condoms protects against most sexually transmitted infections.",
    "An HIV test at six weeks and again at three months after exposure will give a clear answer.",
    "Post exposure prophylaxis must be started within 72 hours to work.",
    "Dog bite wounds should be washed with soap and running water for fifteen minutes.",
    "Anti rabies vaccine is needed on days 0, 3, 7 and 14 after the bite.",
    "A snake bite needs immobilisation of the limb and transfer to hospital without delay.",
    "Burns should be cooled under running tap water for twenty minutes, do not apply toothpaste.",
    "Better you get a lipid profile and kidney function test done.",
    "Kindly avoid oily and junk foods and take more of green leafy vegetables.",
    "Take tab. pantoprazole 40mg before breakfast for 2 weeks.",
    "She should be on bed rest and avoid lifting heavy weights till the scan is repeated.",
    "Some patients need to take the BP drugs for life, and that is not harmful.",
    "Malaria is very common in our environment, so this test is a must before any antibiotic.",
    "You may take paracetamol 500mg every 4 hours if with fever.",
    "Please have your CBC and urinalysis done at the nearest laboratory.",
    "Do take ORS and plenty of fluids, and avoid cold drinks for some days.",
    "Get an USG whole abdomen done to rule out gall stones.",
    "Avoid Spicy Food And Take Small Frequent Meals.",
    "DO NOT SELF MEDICATE WITH STEROID CREAMS ON THE FACE.",
    "Thyroid antibodies, the anti TPO test, will show whether the thyroid is slowly failing.",
    "Biotin supplements do not stop this kind of hair fall, so there is no need to buy them.",
    "If the bite wound is deep or on the face, rabies immunoglobulin is also injected around it.",
    "Avoid resting the wrists on the edge of the keyboard while typing.",
]

# Openers by writing habit. "~" at the end glues the opener to the next piece with no space.
_OPEN_PLAIN = [
    "Hi,", "Hello,", "Hello {name},", "Hi {name}!", "Hello and welcome to {site}.~", "Thanks for your query.",
    "Thank you for posting your query on {site}.", "I have gone through your query and understand your concern.",
    "Dear {name}, I read your question carefully.", "Greetings from {site}!",
    "Good day, I am Dr. {dr}, a {spec} with {years} years of practice.",
    "I am Dr {dr}, {spec} at {hosp}, {city}.", "Welcome to HCM.I am Dr. {dr} and I will try my best to answer.",
    "Hi there.Thanks for writing in.~", "Hellothanks for query~", "I understand how worrying this must be for you.",
    "Sorry to hear about your problem.", "Your question has been read in detail.",
    "Hello. Welcome to Healthcaremagic forum.", "Thanx for ur query.",
    "Thank you for choosing {site} for your health concerns.", "Dear friend, thank you for sharing your worry.",
    "Hi! You are most welcome to {site}.", "Thank you for the detailed history, it helps a lot.",
    "Hello, I am Dr.{dr} ({deg}), answering your query.", "Hi {name}, I'm glad you asked before taking any pills.",
    "Hi, Dr. {dr} here.", "Welcome back to {site}, nice to hear from you again.",
    "Hi, thanks for the follow up question.", "Let me answer your questions one by one.",
    "I have carefully gone through all the details you have given.", "Hello and thanks for the query.~",
    "Hi,Thanks for asking.~", "Greetings dear, I hope you are doing well.",
    "I hope this message finds you in good health.", "Happy new year and thanks for writing.",
    "Season's greetings from all of us at {site}.", "Hello, thanks for trusting us with your problem.",
    "Dear user, your query has been noted.", "Hi, welcome to {site}.I am Dr. {dr}, a {spec}.",
    "No need to panic, I am here to guide you.", "Thank you for your question to {site}. My name is Dr. {dr}.",
    "Hi. I am Dr. {dr}, {deg}, working as {spec} at {hosp}.", "HELLO AND WELCOME",
    "hi dear thnks for query", "Hi, welcome to the forum and thank you for posting.",
    "I went through your question and the reports you uploaded.", "Thank you for contacting {site} with your concern.",
    "Hello {name}, I am sorry you are going through this.", "Hey there, thanks for writing to us.",
    "Welcome to {site}. We care for your health.", "Hello Sir/Madam, thank you for contacting us.",
    "Good afternoon. Your concern is understood.", "I'm Dr. {dr}. I've gone through your question.",
    "Hello. Your query is interesting and I would like to answer it.",
    "Thanks for your question on {site}, I am a {spec} and will answer it.",
    "Hi, I have read the question and I understand.", "Dear {name},~", "Hi {name}.~",
]
_OPEN_INDIA = [
    "Respected sir, I have read your query.", "Namaste, I am here to help you.",
    "Hello dear, thanks for the trust on {site}.", "Dont worry, I will help you.",
    "Hi, I am Dr {dr} from {city}, thank you for the question.", "Dear patient, I have gone through ur query.",
    "Good morning,kindly note my reply below.", "Thanks for the query dear. I understand your concern.~",
    "Hello, welcome to HCM,I am Dr {dr}, {deg}.", "Hi.Dear {name},~",
]
_OPEN_NIGERIA = [
    "Compliments of the day, and thank you for your question.", "Good day to you. I appreciate your concern.",
    "Thank you for reaching out to {site}, I will be of help to you.", "Blessed day to you!",
    "Well done and thank you for asking.", "Good day {name}, I welcome you to {site}.",
    "Thank you for this question, I am Dr {dr} and I will attend to you.",
]
_OPEN_PAKISTAN = [
    "Assalam o alaikum, thanks for using {site}.", "Salam, thank you for asking.",
    "AOA, I have read your query in detail.", "Dear brother, I understand your worry.",
    "Hello, I am Dr. {dr} ({deg}) from {city} and I welcome you.", "Respected {name},~",
]
_OPEN_PHILIPPINES = [
    "Hello po, thank you for consulting.", "Good day po! Thank you for trusting {site}.",
    "Hi {name}, thank you for your inquiry.", "Magandang araw! Thank you for the question.",
    "Hello there, I will answer your concern.", "Hi ma'am, thanks for reaching out.",
]
OPEN_BY_STYLE15 = {"plain": _OPEN_PLAIN, "india": _OPEN_INDIA, "nigeria": _OPEN_NIGERIA,
                   "pakistan": _OPEN_PAKISTAN, "philippines": _OPEN_PHILIPPINES}
OPEN15 = [t for pool in OPEN_BY_STYLE15.values() for t in pool]

# Closers that are not a sign-off: wishes, invitations (with and without a time), ratings, adverts, links.
_CLOSE_PLAIN = [
    "Hope this helps.", "Hope I have answered your query. Let me know if I can assist you further.", "Take care.",
    "Wish you good health.", "Wishing you a speedy recovery.", "Feel free to ask more questions.",
    "If you have any further query, you can contact me at {site}.",
    "For further follow up you can consult me directly at {link}",
    "Please rate my answer if you found it helpful.", "Kindly click on thank the doctor and rate the answer.",
    "You can ask me a direct question through this link: {link}", "Get back to me after 2 weeks with the report.",
    "Revert back with the reports after one week.", "Feel free to revert back with the results.",
    "Do write back if you have more doubts.", "Thanks and regards.", "God bless you.", "God bless and get well soon.",
    "Best wishes for your baby.", "All the best.", "Take care and have a nice day.",
    "Merry Christmas and a speedy recovery.", "Thanks for using {site}.",
    "Thank you for choosing {site}. Stay healthy.",
    "I am always available for your help on {site}.", "Hope I could clear your doubt.",
    "I hope my answer was useful to you.", "Let me know if you need any more information.",
    "Feel free to discuss further.", "Consult me online for a detailed private session.",
    "For a detailed consultation with a diet chart, book a premium consultation with me.",
    "You can also reach me for a paid phone consultation on {site}.",
    "Please accept my answer and give five stars if it helped.", "Do not forget to close the discussion and rate it.",
    "Wishing your mother good health.", "Best of luck.", "Good luck and God bless.", "Hoping for your quick recovery.",
    "I remain at your service.", "Thanks once more for the query.", "Hope you get well soon.",
    "Take care of yourself and your baby.", "Be well.", "Cheers!",
    "Feel free to ask me again after the scan, I will be glad to answer.",
    "Follow up with me here in 3 days with the report.", "Contact me again in a week with an update.",
    "You can write to me anytime.", "Post a follow up query if needed.", "Please do not hesitate to contact me again.",
    "Hope to hear from you soon.", "Looking forward to your reply.", "I wish you a quick recovery from this.",
    "Happy to help you again.", "Don't worry, everything will be fine.", "Please let me know how things go.",
    "Have a good day!", "Get well soon!!", "In case of further doubts, you can ask a direct question to me at {link}",
    "Visit {link} for more health tips.", "For more on diet, read my articles at {link}",
    "Please click Accept if this was helpful.", "HOPE THIS HELPS YOU", "hope dis helps",
    "Any more questions, I am here for you.", "Let me know after 48 hours how she is feeling.",
    "Ask me again after one month of treatment.", "Hope you find my answer satisfactory, take care.",
    "Thank you and have a good night.", "Stay safe and stay healthy.", "Wish you good health {name}.",
    "Take care {name}, bye.", "Hope {name} feels better soon.",
]
_CLOSE_INDIA = [
    "Wish you a happy Diwali and good health.", "Hope this will help u.", "Do revert back after 15 days.",
    "Kindly update me with the reports.", "Take care dear, all the best.", "Feel free to ask any further query dear.",
    "Rest assured, dear.",
]
_CLOSE_NIGERIA = [
    "Remain blessed.", "Thank you once again, have a blessed day.", "I wish you divine healing.",
    "Do have a lovely day.", "Cheers and God bless you real good.", "Kindly get back to me with the results, thanks.",
]
_CLOSE_PAKISTAN = [
    "Allah Hafiz.", "Ramadan Kareem, take care.", "May Allah give you health.", "JazakAllah for trusting me.",
    "Eid Mubarak and best wishes.",
]
_CLOSE_PHILIPPINES = [
    "Ingat po and God bless.", "Thank you po and keep safe.", "God bless po!", "Keep safe always.",
    "Hope this helps po, just message me again if you have questions.",
]
CLOSE_BY_STYLE15 = {"plain": _CLOSE_PLAIN, "india": _CLOSE_INDIA, "nigeria": _CLOSE_NIGERIA,
                    "pakistan": _CLOSE_PAKISTAN, "philippines": _CLOSE_PHILIPPINES}

# Sign-off layouts: degrees, specialties, hospitals and cities in many orders; some with the line break lost.
SIGN15 = [
    "Regards, Dr. {dr}", "Regards,\nDr. {dr}\n{deg}", "Dr. {dr}\n{deg}\n{spec}\n{hosp}, {city}",
    "With best regards, Dr.{dr}, {deg} ({spec}), {city}", "Dr. {dr}{deg}{spec}, {city}",
    "Yours sincerely, Dr. {dr}", "Thanks, Dr. {dr}, {spec}", "Regards-Dr. {dr} ({deg})", "DR {DR} {DEG}",
    "{dr}, {deg}, {hosp}, {city}", "rgds, Dr {dr}", "Tc n rgds, Dr.{dr}", "Warm regards, Dr. {dr}",
    "Sincerely,\nDr {dr}, {deg}", "Your's truly, Dr {dr}", "Wish you all the best. Dr.{dr}",
    "Kind regards\n\nDr {dr} - {spec}\n{hosp}", "Dr {dr} ({spec}, {years} yrs experience)",
    "Thanking you, Dr.{dr} {deg} Consultant {spec} {hosp} {city}", "Regards Dr {dr}{hosp}{city}",
    "--\nDr. {dr}, {deg}\n{spec}, {city}", "Best regards,Dr. {dr}.", "Dr.{dr}, {deg}.\nConsultant {spec}.",
    "Dr. {dr} ({deg}) {spec}, {hosp}.", "REGARDS DR.{DR}", "Yours in health, Dr. {dr}",
    "Dr {dr} MD\n{hosp}\n{city}, {country}", "Dr. {dr}, {spec}\nMob: for appointments message me on {site}",
]
CLOSE15 = [t for pool in CLOSE_BY_STYLE15.values() for t in pool]

# Damaged pieces: the placeholder where a word, a name or a site stood, and the attachment note.
_DAMAGE_MID = [  # an ordinary word replaced: sits among the medical sentences
    "Apply the gel on the gums three times a Chat Doctor.",
    "Take the tablet twice a Chat Doctor after food for five days.",
    "I suggest you see a Chat Doctor for a detailed examination.",
    "You can drink plenty of water and Chat Doctor juices.",
    "Use the inhaler two puffs twice a Chat Doctor for one month.",
    "The Chat Doctor of the knee shows mild fluid.",
    "Get your blood sugar checked by a Chat Doctor.",
    "Avoid oily food and Chat Doctor for a few days.",
]
_DAMAGE_EDGE = [  # a name or a site replaced, or the attachment note: sits where the boilerplate was
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity.)",
    "For more details you can consult me at Chat Doctor.",
    "My name is Chat Doctor and I am a general surgeon.",
    "Thanks for choosing Chat Doctor.",
    "Regards Chat Doctor.",
    "Kindly visit www.Chat Doctor.com for more.",
    "Chat Doctor. Okafor, MBBS",
]
DAMAGE15 = _DAMAGE_MID + _DAMAGE_EDGE

# Doctors' names, cities, degrees and hospitals by country habit; sites and links.
DOCTOR_NAMES15 = {
    "plain": (["John", "Sarah", "Michael", "Emily", "David", "Laura", "James", "Anna", "Peter", "Helen"],
              ["Miller", "Carter", "Hughes", "Bennett", "Foster", "Russo", "Klein", "Walsh", "Brooks", "Novak"]),
    "india": (["Ramesh", "Priya", "Sanjay", "Anita", "Vikram", "Deepa", "Rahul", "Kavita", "Arun", "Sunita"],
              ["Iyer", "Nair", "Sharma", "Reddy", "Patil", "Gupta", "Menon", "Joshi", "Rao", "Banerjee"]),
    "nigeria": (["Chukwuemeka", "Adebayo", "Ngozi", "Oluwaseun", "Ifeoma", "Tunde", "Chidi", "Funmilayo"],
                ["Okafor", "Ogunleye", "Eze", "Adeyemi", "Nwosu", "Balogun", "Okonkwo", "Ibrahim"]),
    "pakistan": (["Muhammad", "Ayesha", "Imran", "Sana", "Bilal", "Fatima", "Usman", "Hina"],
                 ["Tariq", "Siddiqui", "Qureshi", "Malik", "Butt", "Chaudhry", "Raza", "Sheikh"]),
    "philippines": (["Maria", "Jose", "Angelica", "Mark", "Kristine", "Ramon", "Joy", "Paolo"],
                    ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Villanueva", "Garcia", "Mendoza"]),
}
CITIES15 = {
    "plain": [("Leeds", "UK"), ("Dallas", "USA"), ("Toronto", "Canada"), ("Dublin", "Ireland")],
    "india": [("Pune", "India"), ("Chennai", "India"), ("Lucknow", "India"), ("Kochi", "India"), ("Indore", "India")],
    "nigeria": [("Lagos", "Nigeria"), ("Enugu", "Nigeria"), ("Ibadan", "Nigeria"), ("Abuja", "Nigeria")],
    "pakistan": [("Lahore", "Pakistan"), ("Karachi", "Pakistan"), ("Multan", "Pakistan")],
    "philippines": [("Cebu City", "Philippines"), ("Quezon City", "Philippines"), ("Davao", "Philippines")],
}
DEGREES15 = {
    "plain": ["MD", "MBBS, MRCP (UK)", "MD, FACP", "MBChB, FRCS", "DO", "MD (Internal Medicine)"],
    "india": ["MBBS, MD (Medicine)", "MBBS,DNB(Paeds)", "MBBS MS(Ortho)", "BDS, MDS", "MBBS, DGO",
              "MD, DM (Cardiology)",
              "M.B.B.S., M.D."],
    "nigeria": ["MBBS (Lagos), FWACP", "MBBS, FMCP", "MBBS, MPH", "MB;BS, FWACS"],
    "pakistan": ["MBBS, FCPS (Medicine)", "MBBS, FCPS", "MBBS, MCPS", "MBBS (KE), FRCP"],
    "philippines": ["MD, FPCP", "MD (UST)", "MD, DPPS", "MD, FPOGS"],
}
HOSPITALS15 = {
    "plain": ["Lakeview Medical Centre", "St. Anne's General Hospital", "Riverside Family Practice"],
    "india": ["Sunrise Multispeciality Hospital", "City Care Hospital", "Jeevan Nursing Home", "Shree Sai Clinic"],
    "nigeria": ["Federal Medical Centre", "Mercy Family Clinic", "Grace Specialist Hospital"],
    "pakistan": ["Shifa Clinic", "Al-Noor Hospital", "Services Hospital"],
    "philippines": ["St. Luke's Clinic", "Good Shepherd Medical Center", "Holy Family Hospital"],
}
SPECIALTIES15 = ["General Physician", "Cardiologist", "Gynaecologist", "Pediatrician", "Dermatologist",
                 "Orthopaedic Surgeon", "ENT specialist", "Psychiatrist", "Neurologist", "Urologist", "Dentist",
                 "Gastroenterologist", "Pulmonologist", "Endocrinologist", "Family Physician", "Internist"]
SITES15 = ["HealthcareMagic", "Health Care Magic", "HCM", "healthcaremagic.com", "'Healthcare Magic'",
           "Healthcaremagic", "HealthCareMagic.com", "HCM forum"]
LINKS15 = ["www.healthcaremagic.com/doctors/dr-{slug}/{num}", "http://bit.ly/dr{num}",
           "https://www.healthcaremagic.com/premium/{slug}", "healthcaremagic.com/ask-dr-{slug}"]
STYLES15 = ["plain"] * 5 + ["india"] * 5 + ["nigeria"] * 2 + ["pakistan"] * 2 + ["philippines"] * 2

PATIENT_NAMES15 = ["Rahul", "Maria", "Aisha", "John", "Chioma", "Priya", "Kevin", "Fatima", "Liza", "Ahmed",
                   "Sunil", "Grace", "Sarah", "Bilal", "Joy", "Meena", "Tom", "Ngozi", "Ravi", "Ana"]

# (Description, Patient, topic) written for this set; the topic pattern picks fitting BODY15 sentences.
PATIENT15 = [
    ("Q. What does a TSH of 7.8 mean?",
     "Hi doctor, my TSH came 7.8 and T4 normal. I feel tired all day. Do I need tablets?",
     r"TSH|thyroxine|thyroid"),
    ("Q. Chest pain on walking, is it heart?",
     "I am 52, smoker. When I walk fast there is tightness in chest which goes with rest. Please advise.",
     r"chest pain|stress test|cholesterol|ECG|echo|[Ss]mok"),
    ("Q. Child has fever for three days",
     "My son is 3 years old, fever 102 since 3 days, eating less. What medicine to give?",
     r"[Cc]hild|baby|[Ff]ever"),
    ("Q. Irregular periods and acne",
     "Hello, I am 22 and my periods come every 2 months, lots of pimples also. Scan says cysts in ovary.",
     r"periods|polycystic|[Aa]cne|Folic"),
    ("Q. Back pain going to leg",
     "sir i have back pain since 2 month going to left leg, MRI shows disc bulge L4 L5. will i need operation",
     r"disc|[Bb]ack|nerve root|physiotherapy"),
    ("Q. Burning urine with fever",
     "Burning while passing urine and fever with shivering since yesterday. I am female 30 yrs.",
     r"urine|bladder|kidney infection"),
    ("Q. Hair fall after typhoid", "Doctor, after typhoid last 3 months my hair is falling a lot. Is it permanent?",
     r"[Hh]air|ferritin"),
    ("Q. Blood pressure 150/95",
     "My BP is 150/95 for last few checks. Age 45, no other problem. Should I start medicine?",
     r"blood pressure|[Aa]mlodipine|hypertension|salt|BP drugs"),
    ("Q. Spotting in early pregnancy", "I am 6 weeks pregnant and having light brown spotting. Is the baby ok?",
     r"[Pp]regnan|hCG|Folic|bed rest"),
    ("Q. Dog bite yesterday", "A street dog bit my leg yesterday, small wound. I washed it. What to do now?",
     r"[Dd]og bite|rabies|wound"),
    ("Q. Cough for three weeks", "I have cough for 3 weeks and mild fever at evening. Lost some weight also.",
     r"[Cc]ough|tuberculosis|X-ray|[Ss]mok"),
    ("Q. Knee pain when climbing stairs", "Age 58, both knees pain while climbing stairs, X-ray shows reduced space.",
     r"[Kk]nee|Quadriceps|kilograms|[Ii]buprofen"),
    ("Q. Sugar 8.9 percent HbA1c", "My HbA1c is 8.9 even on metformin. What else should I do?",
     r"HbA1c|sugar|[Mm]etformin|diabet"),
    ("Q. Feeling low and no interest",
     "For last one month I feel sad, no interest in work, sleep is poor. What should I do?",
     r"depression|Sertraline|ending your life|Counselling|Sleep"),
    ("Q. Lump in neck", "There is a small lump on the side of my neck after throat infection. It is not painful.",
     r"lymph node|node|lump"),
    ("Q. Headache with vomiting in morning", "My husband has headache in morning with vomiting since 2 weeks.",
     r"[Hh]eadache|brain scan|Migraine"),
    ("Q. Gum swelling and tooth pain", "Lower back tooth paining and gums swollen, cheek also swollen a little.",
     r"gum|tooth|Brush"),
    ("Q. Malaria or typhoid?", "Good day doctor, I have fever, body pain and bitter taste in mouth for 4 days.",
     r"[Mm]alaria|[Tt]yphoid|blood count|after meals"),
    ("Q. Kidney stone 4 mm", "Ultrasound shows 4 mm stone in left ureter, pain comes and goes. Will it pass?",
     r"stone|Tamsulosin|creatinine"),
    ("Q. Rash with itching on body", "Red raised itchy patches coming and going on my arms and back since a week.",
     r"[Cc]etirizine|itching|hives|Moisturise|rash"),
    ("Q. Dengue platelets dropping",
     "My father has dengue and platelets dropped from 90,000 to 45,000. Is it dangerous?",
     r"[Dd]engue|[Pp]latelet"),
    ("Q. Palpitations and fainting", "Sometimes my heart races and once I fainted at work. ECG was normal.",
     r"[Pp]alpitations|Holter|echo|ECG|[Pp]anic"),
    ("Q. Baby not gaining weight?", "My baby is 6 months, gained 600 g this month. Breastfeeding only. Is it enough?",
     r"[Bb]reastfeeding|weight gain|vaccination|baby"),
    ("Q. Fatty liver on scan", "Ultrasound shows grade 1 fatty liver and SGPT 85. I drink on weekends.",
     r"liver|SGPT|[Hh]epatitis|[Aa]lcohol|lipid"),
    ("Q. Acidity and burning chest at night", "Burning in chest after dinner and sour water in mouth when lying down.",
     r"acid|gastritis|[Pp]antoprazole|Spicy|H\. pylori"),
    ("Q. Possible HIV exposure", "I had unprotected sex 2 weeks ago and worried about HIV. When to test?",
     r"HIV|[Pp]rophylaxis|condoms"),
    ("Q. Sore throat and blocked nose", "Hello po, I have sore throat and blocked nose for 4 days, no fever.",
     r"throat|nasal|Steam|\bear\b"),
    ("Q. Wheezing in child at night", "My daughter age 7 gets wheezing at night and after running.",
     r"inhaler|wheeze|spacer|Salbutamol"),
    ("Q. Low haemoglobin 8.2", "My Hb is 8.2 and I feel breathless on stairs. I am 28 yrs female.",
     r"haemoglobin|anaemia|[Ii]ron|ferrous|smear"),
    ("Q. Numbness in hands at night", "My fingers go numb at night, mostly thumb side. I work on computer all day.",
     r"carpal tunnel|wrist|Tingling"),
]

DOCTORS15 = 300  # a few hundred doctors, each with fixed habits; a few of them answer most rows
_SEPS = [" ", "\n", "\n\n", "", "  ", " \n"]
_SEP_WEIGHTS = [62, 13, 8, 11, 3, 3]


def make_doctors15(rng: random.Random) -> list[dict]:
    """Doctors with a style, a name, degrees and fixed favourite openers, closers and sign-off."""
    return [_doctor(rng) for _ in range(DOCTORS15)]


def _doctor(rng: random.Random) -> dict:
    style = rng.choice(STYLES15)
    firsts, lasts = DOCTOR_NAMES15[style]
    city, country = rng.choice(CITIES15[style])
    dr = f"{rng.choice(firsts)} {rng.choice(lasts)}"
    slug = dr.lower().replace(" ", "-")
    fields = {"dr": dr, "deg": rng.choice(DEGREES15[style]), "spec": rng.choice(SPECIALTIES15),
              "hosp": rng.choice(HOSPITALS15[style]), "city": city, "country": country,
              "years": str(rng.randint(3, 32)), "site": rng.choice(SITES15),
              "link": rng.choice(LINKS15).format(slug=slug, num=rng.randint(1000, 99999))}
    fields.update(DR=dr.upper(), DEG=fields["deg"].upper())
    silent = rng.random() < 0.05  # some doctors never write any boilerplate
    return {"style": style, "fields": fields,
            "opens": _habits(rng, OPEN_BY_STYLE15, style), "closes": _habits(rng, CLOSE_BY_STYLE15, style),
            "sign": rng.choice(SIGN15) if rng.random() < 0.65 else None,
            "p_open": 0.0 if silent else rng.uniform(0.55, 0.95),
            "p_close": 0.0 if silent else rng.uniform(0.65, 0.97)}


def _habits(rng: random.Random, by_style: dict, style: str) -> list[str]:
    own = by_style[style] if style != "plain" and rng.random() < 0.7 else by_style["plain"]
    return rng.sample(own, rng.choice([1, 1, 2]))


def _typo(rng: random.Random, text: str) -> str:
    words = [m for m in re.finditer(r"[A-Za-z]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    i = rng.randrange(m.start() + 1, m.end() - 1)
    if rng.random() < 0.5:
        return text[:i] + text[i + 1:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def _vary(rng: random.Random, text: str) -> str:
    """The small variations of a habit: case, a lost space or line break, a typo."""
    r = rng.random()
    if r < 0.06:
        text = text.lower()
    elif r < 0.09:
        text = text.upper()
    if rng.random() < 0.12:
        text = re.sub(r"([.,!?]) (?=\S)", r"\1", text, count=1)
    if "\n" in text and rng.random() < 0.3:
        text = text.replace("\n", rng.choice(["", " "]))
    if rng.random() < 0.08:
        text = _typo(rng, text)
    return text.strip()


def _render(rng: random.Random, template: str, fields: dict) -> tuple[str, bool]:
    text = template.format_map(fields)
    glued = text.endswith("~")
    return _vary(rng, text.rstrip("~")), glued


def _pick(rng: random.Random, habit: list[str], by_style: dict, style: str, k: int) -> list[str]:
    """Mostly the doctor's habit; now and then another form from the same writing style."""
    pool = by_style[style] + by_style["plain"]
    return [rng.choice(habit) if rng.random() < 0.85 else rng.choice(pool) for _ in range(k)]


def _edges(rng: random.Random, doc: dict) -> tuple[list[str], list[str]]:
    """The templates before and after the body: the doctor's habits, now and then a different one."""
    opens = []
    if rng.random() < doc["p_open"]:
        opens = _pick(rng, doc["opens"], OPEN_BY_STYLE15, doc["style"], rng.choice([1, 1, 1, 2, 2, 3]))
    closes = []
    if rng.random() < doc["p_close"]:
        closes = _pick(rng, doc["closes"], CLOSE_BY_STYLE15, doc["style"], rng.choice([1, 1, 2, 2, 3]))
        if doc["sign"] and rng.random() < 0.85:
            closes = closes[:2] + [doc["sign"]]
    return list(dict.fromkeys(opens)), list(dict.fromkeys(closes))


def _body(rng: random.Random, topic: str) -> list[str]:
    """2-5 sentences: some on the patient's topic, the rest general advice, as answers mix both."""
    k = rng.randint(2, 5)
    fitting = [s for s in BODY15 if re.search(topic, s)]
    chosen = rng.sample(fitting, min(len(fitting), rng.randint(1, k)))
    chosen += rng.sample([s for s in BODY15 if s not in chosen], k - len(chosen))
    return chosen


def _pieces(rng: random.Random, doc: dict, name: str, topic: str) -> list[tuple[str, str, bool]]:
    """(text, kind, glued-to-next) for each piece of one answer, in order."""
    fields = {**doc["fields"], "name": name}
    opens, closes = _edges(rng, doc)
    pieces = [(*_render(rng, t, fields), "plant") for t in opens]
    body = [(s, False, "body") for s in _body(rng, topic)]
    if rng.random() < 0.2:
        mid = rng.random() < 0.5
        at = rng.randint(1, len(body) - 1) if mid else rng.choice([0, len(body)])
        body.insert(at, (rng.choice(_DAMAGE_MID if mid else _DAMAGE_EDGE), False, "plant"))
    pieces += body + [(*_render(rng, t, fields), "plant") for t in closes]
    return [(text, kind, glued) for text, glued, kind in pieces if text]


def _join(rng: random.Random, pieces: list[tuple[str, str, bool]]) -> str:
    out = []
    for i, (text, _kind, glued) in enumerate(pieces):
        out.append(text)
        if i < len(pieces) - 1:
            out.append("" if glued else rng.choices(_SEPS, _SEP_WEIGHTS)[0])
    return "".join(out)


def make_row15(rng: random.Random, doctors: list[dict] | None = None) -> dict:
    """One answer by one doctor; retried until no plant hides inside a body sentence of the row."""
    doctors = doctors or make_doctors15(random.Random(SEED15 + 1))
    weights = [1 / (i + 1) ** 0.9 for i in range(len(doctors))]
    while True:
        doc = rng.choices(doctors, weights)[0]
        description, patient, topic = rng.choice(PATIENT15)
        pieces = _pieces(rng, doc, rng.choice(PATIENT_NAMES15), topic)
        body = [t for t, kind, _ in pieces if kind == "body"]
        plants = [t for t, kind, _ in pieces if kind == "plant"]
        if not any(p.lower() in b.lower() for p in plants for b in body):
            break
    return {"Description": description, "Patient": patient, "Doctor": _join(rng, pieces),
            "body": body, "plants": plants}


def make_blind15(n: int = ROWS15, seed: int = SEED15) -> list[dict]:
    rng = random.Random(seed)
    doctors = make_doctors15(random.Random(seed + 1))
    return [make_row15(rng, doctors) for _ in range(n)]


def main() -> None:
    OUT15.parent.mkdir(parents=True, exist_ok=True)
    with OUT15.open("w", encoding="utf-8") as f:
        for row in make_blind15():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
