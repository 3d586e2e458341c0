"""Blind held-out set 5 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, in the manner of a busy
Indian-English online consultation site (HealthCareMagic style) answered by many different general
physicians, gynaecologists, dermatologists, orthopaedists and paediatricians. No dataset text was read
or copied, and it was written blind: without opening the cleaning code's data files, docs, tests or any
other realistic/blind set, and without running the cleaner on it.

A row is 0-3 openers, 2-5 medical sentences (``BODY5``), 0-3 closers and, in about one row in five, a
damaged piece (``DAMAGE5``: the "Chat Doctor" placeholder standing where a word, name or site stood, or
the attachment-removed note). Templates are filled from the name, doctor, degree, site and city pools;
a template ending in "~" is glued to the next piece with no space ("HelloThanks for the query.Your...").
Each row keeps to one subject: the patient's question and the sentences come from one topic pool
(``BODY_BY_FIELD5``) and the doctor's specialty and degree match it. Edge pieces follow the order doctors
write them in (greeting, thanks or self-introduction, "I have read your query"; invitations and ratings,
wishes, signature), with at most one greeting, one signature and one doctor's name per edge.
Pieces are joined by spaces, newlines or nothing after a full stop, with the mix chosen per row.
``body`` lists the medical sentences verbatim as they appear in ``Doctor``; ``plants`` lists every
boilerplate or damaged piece verbatim, so a cleaner is scored on keeping the first and dropping the second.

Run ``python tests/realistic_blind5.py`` to rewrite ``tests/data/realistic_blind5.jsonl`` (200 rows).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED5 = 505
ROWS5 = 200
OUT5 = Path(__file__).resolve().parent / "data" / "realistic_blind5.jsonl"

# Medical sentences by the specialty of the answering doctor; a row draws from one of them.
BODY_GEN5 = [
    "Your symptoms of fever with body ache and chills for 3 days point towards a viral fever.",
    "Take Tab. Paracetamol 650 mg three times a day after food only when the temperature is above 100 F.",
    "Get a CBC, ESR, CRP and a dengue NS1 antigen test done today itself.",
    "If the platelet count falls below 50,000 or there is bleeding from the gums, get admitted.",
    "Drink plenty of fluids like ORS, coconut water, buttermilk and dal water.",
    ("Sudden weakness of one side of the body, slurred speech or a deviated mouth means a stroke; reach a "
     "hospital within the hour."),
    "Cough with yellow sputum and fever for a week needs a chest X-ray to rule out pneumonia.",
    "Cap. Amoxicillin 500 mg three times a day for 5 days can be given if the X-ray shows a patch.",
    "A cough lasting more than 2 weeks should be tested with a sputum examination for TB.",
    "Steam inhalation twice a day and warm saline gargles will help the throat.",
    "Use the Budecort inhaler 2 puffs twice daily with a spacer and rinse your mouth after each use.",
    "If he is breathless while talking or his lips turn blue, take him to the emergency room immediately.",
    "Your haemoglobin of 8.2 g/dl shows moderate anaemia.",
    "Take an iron tablet like Ferrous Ascorbate 100 mg once daily for 3 months along with vitamin C.",
    "Eat green leafy vegetables, jaggery, dates, beetroot and pomegranate regularly.",
    "The headache that is one-sided, throbbing and comes with vomiting is a migraine.",
    "Keep a headache diary and avoid skipping meals, late nights and strong smells.",
    "Tab. Propranolol 20 mg twice a day can reduce the number of migraine attacks.",
    "The worst headache of your life, or headache with neck stiffness and fever, needs an emergency CT scan.",
    "Dizziness on turning in bed for a few seconds is due to BPPV and not a brain problem.",
    "Your anxiety is causing the palpitations, and your thyroid and ECG reports are normal.",
    "Regular breathing exercises and 20 minutes of walking daily reduce anxiety over time.",
    "Sleep at a fixed time and keep the mobile phone out of the bedroom.",
    "Walk briskly for 30 to 45 minutes at least five days a week.",
    "Eat three small meals on time and do not skip breakfast.",
    "Drink 2 to 3 litres of water every day unless your doctor has restricted fluids.",
    "Stop smoking completely; cutting down is not enough.",
]

BODY_MED5 = [
    "A fasting blood sugar of 142 mg/dl and HbA1c of 7.4 % confirm that you have type 2 diabetes.",
    "Start Tab. Metformin 500 mg twice daily after meals and repeat the HbA1c after 3 months.",
    "Your blood pressure of 160/100 on three readings needs treatment, not just observation.",
    "Tab. Amlodipine 5 mg once a day is a good first choice for you.",
    "Check your BP at home every morning and keep a written record for your physician.",
    "Reduce salt in your food and avoid pickles, papad and packaged namkeen.",
    "Your TSH of 9.8 with normal T4 suggests subclinical hypothyroidism.",
    "Tab. Thyroxine 25 mcg should be taken on an empty stomach, half an hour before breakfast.",
    "Repeat the thyroid profile after 6 to 8 weeks so that the dose can be adjusted.",
    "A vitamin B12 level of 150 pg/ml is low and explains the tingling in your feet.",
    "Take injection Methylcobalamin 1500 mcg once a week for 6 weeks, followed by tablets.",
    "Vitamin D of 12 ng/ml is deficient; take Cholecalciferol 60,000 IU once weekly for 8 weeks.",
    "Chest pain spreading to the left arm with sweating must be treated as a heart attack until proved otherwise.",
    "Chew a 325 mg aspirin tablet and call an ambulance immediately if such pain comes again.",
    "Your ECG shows no acute changes, but a treadmill test will tell us more about the heart.",
    "A lipid profile with LDL of 168 mg/dl needs diet control and a statin.",
    "Tab. Atorvastatin 10 mg at night can be started after checking your liver function.",
    "There is real hope of reversing the early kidney changes if the sugar and BP are controlled.",
    "With regards to the creatinine of 1.9 mg/dl, a kidney ultrasound and urine protein test are needed.",
    "Avoid painkillers like Diclofenac and Ibuprofen, as they can harm the kidneys.",
    "Smoking will cost you dear, as it doubles the risk of a second heart attack.",
    "Good foot care means checking the soles of your feet every day for cuts, blisters or cracks.",
    "Thanks to the long-acting insulin, the fasting sugars should settle within a week or two.",
]

BODY_GI5 = [
    "Burning in the chest after meals and sour belching are typical of acid reflux.",
    "Take Tab. Pantoprazole 40 mg on an empty stomach in the morning for 4 weeks.",
    "Avoid lying down for 2 hours after dinner and raise the head end of the bed by 6 inches.",
    "Stop tea and coffee on an empty stomach and avoid fried and spicy food.",
    "Loose motions with mucus and cramping pain are most likely due to an intestinal infection.",
    "Take ORS after every loose stool and eat light food like khichdi, curd rice and banana.",
    "A stool routine and microscopy examination will tell us whether amoebae are present.",
    "If there is blood in the stool, high fever or the child stops passing urine, go to the hospital at once.",
    "Your liver enzymes are mildly raised and the ultrasound shows grade 1 fatty liver.",
    "Fatty liver improves with weight loss, so aim to lose 5 to 7 kg over the next six months.",
    "Stop alcohol completely, as even small amounts will worsen the liver damage.",
    ("Pain in the right lower abdomen with vomiting and fever needs an urgent surgical opinion to rule "
     "out appendicitis."),
    "Burning while passing urine with frequency is suggestive of a urinary tract infection.",
    "Send a urine routine and urine culture before starting any antibiotic.",
    "Tab. Nitrofurantoin 100 mg twice daily for 5 days usually clears a simple bladder infection.",
    "Drink at least 3 litres of water a day and do not hold urine for long.",
    "A 6 mm stone in the left ureter has a good chance of passing on its own.",
    "Tab. Tamsulosin 0.4 mg at bedtime relaxes the ureter and helps the stone to pass.",
    "If the pain is unbearable, the urine output drops or you get fever with chills, see a urologist the same day.",
    "A query about a fatty liver in the report does not mean cirrhosis; it is only a description.",
]

BODY_GYN5 = [
    "Irregular periods with weight gain and acne suggest PCOS.",
    "Get an ultrasound of the pelvis along with LH, FSH, prolactin and TSH on day 2 of the period.",
    "Weight reduction of even 5 % will bring the periods back on track in many women with PCOS.",
    "Tab. Metformin 500 mg twice daily helps the insulin resistance seen in PCOS.",
    "A urine pregnancy test is reliable if done a week after the missed period with the first morning urine.",
    "A faint second line on the pregnancy kit usually means a positive result; repeat the test after 3 days.",
    "Start Tab. Folic acid 5 mg daily now and continue it for the first 3 months of pregnancy.",
    "Spotting at 6 weeks is common, but get a transvaginal scan to confirm a pregnancy inside the uterus.",
    ("Severe one-sided lower abdominal pain with fainting in early pregnancy can be an ectopic pregnancy "
     "and needs emergency care."),
    "Your beta hCG should roughly double every 48 hours in a healthy early pregnancy.",
    "Take Tab. Progesterone 200 mg vaginally at night as advised by your gynaecologist.",
    "If the baby's movements reduce after 28 weeks, go to the labour room for a CTG at once.",
    "Bleeding per vaginum, leaking of water or severe headache in pregnancy are danger signs.",
    "White discharge that is curdy with itching is due to a yeast infection.",
    "Insert Clotrimazole 500 mg vaginal tablet once at night and keep the area dry.",
    "The emergency pill works best when taken within 72 hours of unprotected intercourse.",
    "A delay in the period by a week is common after taking the emergency pill.",
    "Your ovulation is likely around day 14 of a regular 28 day cycle.",
    "Try for a baby with intercourse on alternate days from day 10 to day 18 of the cycle.",
    "Your husband should get a semen analysis done after 3 days of abstinence.",
    "Heavy bleeding with clots for more than 7 days needs an ultrasound to look for fibroids or a polyp.",
    "Tab. Tranexamic acid 500 mg three times a day during heavy days reduces the bleeding.",
    "Pain during periods that settles with Mefenamic acid is usually primary dysmenorrhoea.",
    "A simple ovarian cyst of 3 cm usually disappears on its own in 2 to 3 cycles.",
    "A Pap smear every 3 years from the age of 21 is advised for cervical screening.",
    "Hot flushes and night sweats at 48 years are part of the menopause transition.",
    "Breast lumps that are painless, hard and fixed must be examined and biopsied without delay.",
    "Breastfeed the baby every 2 to 3 hours, including at night, to improve the milk supply.",
]

BODY_DERM5 = [
    "The ring-shaped itchy patches in your groin are a fungal infection called tinea cruris.",
    "Apply Luliconazole 1 % cream twice daily over the patch and 2 cm beyond it for 4 weeks.",
    "Take Tab. Itraconazole 200 mg once daily after a heavy meal for 2 weeks.",
    "Do not use steroid creams like the mixed creams sold over the counter, as they make fungus worse.",
    "Wear loose cotton clothes and dry the skin folds well after a bath.",
    "Wash your towels and innerwear in hot water and do not share them with family members.",
    "The blackheads and pus-filled pimples on your face are grade 2 acne.",
    "Apply Adapalene 0.1 % gel at night on the whole face, not only on the pimples.",
    "Use a gentle face wash twice a day and do not squeeze or pick the pimples.",
    "Doxycycline 100 mg once daily for 6 weeks can be added for inflamed acne.",
    "Dark patches on the cheeks that worsen in the sun are melasma.",
    "Use a broad-spectrum sunscreen of SPF 30 or more every 3 hours when outdoors.",
    "Hair fall after typhoid or dengue is telogen effluvium and recovers in 3 to 6 months.",
    "Eat enough protein daily in the form of eggs, pulses, paneer or soya.",
    "Minoxidil 5 % solution applied to the scalp twice daily helps male pattern hair loss.",
    "The itchy burrows between the fingers that get worse at night are due to scabies.",
    "Apply Permethrin 5 % cream from neck to toes at night and repeat after one week.",
    "All family members should be treated at the same time even if they have no itching.",
    "The silvery scaly plaques on your elbows and knees are psoriasis.",
    "Moisturise the skin with plain petroleum jelly after a bath while it is still damp.",
    "Painful blisters in a band on one side of the chest are herpes zoster.",
    "Tab. Valacyclovir 1 gm three times a day for 7 days works best if started within 3 days of the rash.",
    "A mole that changes in size, shape or colour, or bleeds, must be seen by a dermatologist.",
    "Hives that come with swelling of the lips or difficulty in breathing need emergency treatment.",
    "Tab. Levocetirizine 5 mg at night will control the itching of urticaria.",
    "The white patch without any loss of sensation is most likely early vitiligo.",
    "A gentle soap-free cleanser is a welcome change for skin that is dry and cracked.",
]

BODY_ORTHO5 = [
    "Your low back pain without leg symptoms is most likely a muscle strain.",
    "Apply a hot water bag for 15 minutes twice a day over the lower back.",
    "Do not lift heavy weights and avoid bending forward for the next 2 weeks.",
    "Sleep on a firm mattress and avoid very soft sofas.",
    "Tab. Aceclofenac with Paracetamol twice daily after food for 5 days will ease the pain.",
    "Pain going down the leg below the knee with numbness suggests a disc prolapse pressing on a nerve.",
    "An MRI of the lumbosacral spine will show the level of the disc prolapse.",
    "Loss of control over urine or stools with back pain is an emergency; go to a hospital immediately.",
    "Your knee pain on climbing stairs at 58 years is due to early osteoarthritis.",
    "Quadriceps strengthening exercises done daily are the most useful treatment for knee arthritis.",
    "Reduce your weight, as every kilogram lost takes pressure off the knees.",
    "Avoid sitting cross-legged and squatting on the floor.",
    "The swelling after a twisting injury of the ankle suggests a ligament sprain.",
    "Follow rest, ice, compression and elevation for the first 48 hours.",
    "An X-ray of the ankle is needed to rule out a fracture if you cannot bear weight.",
    "There is good hope that the fracture will unite well in a cast within 6 weeks.",
    "Pain and stiffness of the shoulder for 3 months in a diabetic is typical of frozen shoulder.",
    "Pendulum and wall-climbing exercises should be done 3 times a day for the shoulder.",
    "Heel pain that is worst with the first steps in the morning is plantar fasciitis.",
    "Use soft silicone heel cups and roll the sole of the foot over a cold bottle.",
    "Tingling in the thumb and first two fingers at night points to carpal tunnel syndrome.",
    "A wrist splint worn at night often relieves carpal tunnel symptoms.",
    "A nerve conduction study will confirm the diagnosis.",
    "Neck pain from long hours on the laptop improves with correct posture and neck exercises.",
    "Keep the top of the screen at eye level and take a break every 30 minutes.",
    "A bone density (DEXA) scan is advised for women above 60 years to check for osteoporosis.",
    "Take Calcium 500 mg with vitamin D3 twice daily after meals.",
    "After the radiologist's query of a scaphoid fracture, a repeat X-ray after 10 days is needed.",
    "Physiotherapy will help you regain full movement of the elbow after the plaster is removed.",
]

BODY_PAED5 = [
    "A temperature of 101 F in a 2 year old can be treated with Paracetamol syrup 15 mg per kg every 6 hours.",
    "Sponge the child with lukewarm water, not cold water, when the fever is high.",
    "If the child has a fit, is very drowsy or refuses feeds, take him to the emergency at once.",
    "Your baby's weight gain of 700 grams a month is normal for a 3 month old.",
    "Exclusive breastfeeding is advised for the first 6 months, without water or honey.",
    "Start mashed foods like rice, dal, vegetables and fruits at 6 months of age.",
    "Green stools in a breastfed baby are normal if the baby is active and feeding well.",
    "Yellow colour of the eyes and skin on day 3 is usually physiological jaundice of the newborn.",
    "If the jaundice spreads to the palms and soles, get a serum bilirubin done the same day.",
    "The rash with fever that started behind the ears and spread to the body suggests measles.",
    "Give Vitamin A as advised by the paediatrician and keep the child isolated from others.",
    "Thanks to the MMR vaccine given at 9 months, severe disease is less likely.",
    "The next vaccines due at 18 months are DPT booster, OPV and MMR second dose.",
    "Bed-wetting at 5 years is common and most children outgrow it without medicine.",
    "Limit screen time to less than one hour a day for children below 5 years.",
    "Worm infestation is common in school children; give Albendazole 400 mg single dose and repeat after 6 months.",
    "A barking cough with noisy breathing at night in a toddler is croup.",
    "Fast breathing, chest indrawing or grunting in an infant are signs of pneumonia and need hospital care.",
    "Nasal saline drops before feeds help a baby with a blocked nose to feed better.",
    "Do not give cough syrups containing codeine to children.",
    "A dear little boy of 4 who eats well and is active does not need tonics or appetisers.",
    "Constipation in children improves with more fruits, vegetables and water and less milk.",
    "Lactulose syrup 5 ml at night can be given for a week to soften the stools.",
    "Ear pain with fever in a child after a cold is usually acute otitis media.",
    "Pus discharge from the ear for more than 2 weeks needs an ENT examination.",
]

BODY_BY_FIELD5 = {"gen": BODY_GEN5, "med": BODY_MED5, "gi": BODY_GI5, "gyn": BODY_GYN5, "derm": BODY_DERM5,
                  "ortho": BODY_ORTHO5, "paed": BODY_PAED5}
BODY5 = [s for pool in BODY_BY_FIELD5.values() for s in pool]
# Openers: greetings, thanks, welcome lines, self-introductions, empathy; "~" glues to the next piece.
OPEN5 = [
    "Hello,",
    "Hi,",
    "Hello~",
    "Hi~",
    "Hello and welcome to {site}.",
    "Hello and Welcome to '{site}'.~",
    "Hi,Thanks for your query.",
    "HiThanks for the query.~",
    "Thanks for asking in {site}.",
    "Thank you for posting your query on {site}.",
    "Thanks for choosing {site} for your health concern.",
    "Thank you for trusting {site} with your problem.",
    "Welcome to {site}!",
    "Greetings from {site}!",
    "Hi dear,",
    "Hello dear,",
    "Dear {name},",
    "Hi {name},",
    "Hello {name} ji,",
    "Respected Sir/Madam,",
    "Dear Sir,",
    "Dear Madam,",
    "Dear friend,",
    "Namaste,",
    "Namaste {name} ji.",
    "Good morning.",
    "Good evening dear.",
    "HELLO,",
    "HI,THANKS FOR USING {SITE}.",
    "HELLO AND WELCOME TO {SITE}~",
    "Hellow,",
    "Hi, thanx for ur query.",
    "Hi there,",
    "Hi there, welcome to the {site} forum.",
    "I am Dr. {dr}, {spec} with {years} years of experience.",
    "I am Dr.{dr}, I will be answering your query today.",
    "This is Dr. {dr} ({deg}) from {city}.",
    "Myself Dr {dr}, {spec}, {city}.",
    "Hi, I am Dr. {dr}. I have read your question and I will help you.",
    "Hello, this is Dr {dr}, a {spec} practising in {city} for the last {years} years.",
    "I have gone through your query and understand your concern.",
    "I have gone thru your query with diligence.",
    "I have carefully read your question.",
    "I have gone through your question and the reports attached.",
    "I have studied your case in detail.",
    "I read your query and I understand your worry.",
    "I can understand your concern.",
    "I understand your concern regarding your {relative}.",
    "I can very well understand your anxiety.",
    "Sorry to hear about your {relative}'s health.",
    "Very sorry to hear that you are suffering like this.",
    "Don't worry, you are in safe hands.",
    "Don't worry.~",
    "Do not panic, I will guide you.",
    "Thanks for the detailed history.",
    "Thank you for providing the details.",
    "Thanks for writing to us.",
    "Thank you for your question.",
    "Thanks for the query.~",
    "Thanks for posting in {site}, I am Dr. {dr}.",
    "Welcome to {site}. I am Dr. {dr} and I am here to help you.",
    "Thank you for contacting {site}, I am glad to help you with your query.",
    "Welcome to {site}.I have gone through your query and here is my opinion.",
    "Hello, Thanks for writing in to {site}. I am Dr. {dr}, {spec}.",
    "Hi.Welcome to {site}.~",
    "Hi,Welcome to HCM.",
    "Dear {name},Welcome to {site}.",
    "Hi {name}, Greetings of the day!",
    "Greetings of the day.",
    "Warm greetings.",
    "Hello, Your query has been well understood.",
    "Your question is important and I appreciate your concern.",
    "It is good that you have asked this question before taking any medicine.",
    "You have done the right thing by asking for a second opinion.",
    "Thanks for asking.As per your query,~",
    "Hello.Thank you for asking at {site}.~",
    "HI.",
    "Hi. I am Dr {dr}, MBBS MD, I have reviewed your history.",
    "Let me try to help you out.",
    "Let me answer your query point by point.",
    "Hi, Dr. {dr} answering your query.",
    "Hello! I am Dr. {dr}, {spec}, and I am happy to assist you.",
    "Dear patient,",
    "Hi Ma'am,",
    "Hello Sir.",
    "Good day to you.",
    "Hi buddy,",
    "Jai Shri Krishna, {name} ji.",
    "Thanks for the faith in us.",
    "Hi! How are you?",
    "Hi...",
    "hello,",
    "hi dear thanks for ur query.",
    "Hello Sir/Mam,",
    "Hi, Good afternoon.",
    "Hi Dear,Thanks for your query.~",
    "Hello,I am Dr. {dr}, {deg}, {spec} at {city}.",
    "Thank you for asking on '{site}', I am Dr.{dr}{deg}.",
    "Dear {name},Thanx for writing in.",
    "THANKS FOR YOUR QUERY.",
    "GOOD MORNING {NAME}.",
    "Thanks for using HealthcareMagic.com, I have recieved your query.",
    "Welcome to {site}, the online health platform where doctors answer your questions.",
    "I am a {spec} with {years} years of experience and I will try my best to answer you.",
    "Thanks for your trust in the {site} team.",
    "Respected {name},Greetings from Dr. {dr}'s clinic, {city}.",
    "Your concern is genuine and very common.",
    "I appreciate your concern for your {relative}.",
    "Thank you {name} for your query.",
    "Dear {name} ji,I am Dr.{dr}({spec}){city}.",
]

# Closers: wishes, sign-offs with names/degrees/cities, invitations, ratings, adverts and links.
CLOSE5 = [
    "Hope this helps.",
    "Hope this helps you.",
    "Hope I have answered your query.",
    "Hope I have answered your query. Let me know if I can assist you further.",
    "I hope this information is helpful to you.",
    "Hope you find my answer useful.",
    "Hope this clears your doubt.",
    "hope it helps.~",
    "Take care.",
    "Take care.~",
    "Take care and God bless.",
    "tc",
    "TC.",
    "Regards,",
    "Regards~",
    "Rgds,",
    "Rgds Dr {dr}",
    "Regards, Dr. {dr}",
    "Regards -Dr. {dr}, {spec}",
    "Dr. {dr}, {deg}, {spec}, {city}",
    "Dr.{dr}{deg}{spec}",
    "Dr {dr} {deg} ({city})",
    "DR. {DR}",
    "Dr.{dr}",
    "With best wishes and regards,Dr {dr}",
    "Thanks and regards.",
    "Thanks & Regards,Dr. {dr}, {deg}, {city}",
    "Best regards.",
    "Warm regards,",
    "Wish you good health.",
    "Wishing you good health.",
    "Wish you a speedy recovery.",
    "Get well soon.",
    "Get well soon dear.",
    "All the best.",
    "All the best.Dr.{dr}",
    "Best of luck.",
    "Good luck!",
    "Have a nice day.",
    "Have a great day ahead!",
    "God bless you.",
    "Stay blessed.",
    "Stay safe, stay healthy.",
    "Wishing you a very Happy Diwali and good health.",
    "Happy New Year in advance!",
    "Eid Mubarak and get well soon.",
    "Feel free to ask any further query.",
    "Feel free to write back for any further doubts.",
    "If you have any further queries, I will be happy to help you.",
    "For any further query, you can ask me directly.",
    "Do write back to me with your reports.",
    "Kindly revert back with the reports.",
    "Let me know if you need any more information.",
    "Waiting for your reply.",
    "Any more doubts, do ask.",
    "You can ask me again for any follow up queries.",
    "Please feel free to discuss further.",
    "Please rate my answer if you found it useful.",
    "Kindly rate the answer and give your feedback.",
    "Please click on 'Helpful' if you liked the answer.",
    "Do not forget to rate the answer 5 stars.",
    "If satisfied, please close the discussion and rate it.",
    "You can contact me directly for a detailed consultation: {url}",
    "For further queries consult me online at {url}",
    "To ask me directly, use this link {url}",
    "For a one-to-one consultation with me, follow the link {url}",
    "You can also book a paid video consultation with me on {site}.",
    "For a personal consultation, upload your reports on {site} and ask for Dr. {dr}.",
    "For more information consult a {spec} online --> {url}",
    "Visit {site} for more health tips.",
    "Thanks for using {site}.",
    "Thanks for consulting {site}.",
    "Thank you for contacting {site}.",
    "Thank you for your query.",
    "Thanks for the query and wish you good health.",
    "Thank you and take care.",
    "Thanks.",
    "Welcome for any further assistance.",
    "You are always welcome to {site}.",
    "Hope you will be fine soon.~",
    "I wish you all the best and hope for a quick recovery.",
    "THANKS. DR {DR}.",
    "TAKE CARE. REGARDS.",
    "I hope I have been of some help to you.",
    "Write to me anytime.",
    "Bye.",
    "Regards:Dr {dr}, {deg}Consultant {spec}, {city}",
    "Dr. {dr},{deg},{city}, India.",
    "Yours sincerely, Dr {dr}",
    "Chat with me again if needed.",
    "Regards,\nDr. {dr}\n{deg}\n{spec}, {city}",
    "Thanks\nDr.{dr}",
    "Gud luck.",
    "Thanx and regds.",
    "May Allah give you shifa.",
    "Ganpati Bappa Morya! Get well soon.",
    "Merry Christmas and a healthy New Year to you and family.",
    "I am a {spec} with {years} years of experience; you can reach me on {site} anytime.",
    "For a detailed paid consultation with review of all reports, book me on {site}. Fees Rs. 299 only.",
    "If you have more questions, ask me directly by mentioning 'For Dr. {dr}' in the title.",
    "Kindly accept my answer and rate it so that others are benefited.",
    "Hope you are satisfied with the answer.Regards.",
    "Wish u speedy recovery.",
    "Love and regards to your family.",
    "DO RATE THE ANSWER AND WRITE A REVIEW.",
    "Do follow up after one week with your reports on {site}.",
    "Take care {name}.",
    "All the best {name} ji.",
    "Dr.{dr}({spec}){city}",
]

# Damaged pieces: the "Chat Doctor" placeholder where a word, name or site stood, and the attachment note.
DAMAGE_MID5 = [
    "Apply the lotion twice a Chat Doctor after bath for 3 weeks.",
    "Take Tab. Cetirizine 10 mg once a Chat Doctor at night.",
    "Drink plenty of water to keep yourself Chat Doctor in this heat.",
    "Get your Chat Doctor checked and show the reports to a physician.",
    "Stop the Chat Doctor for now and see me after the test.",
    "Your sugar levels are Chat Doctor under control with this dose.",
    "Consult a Chat Doctor for clinical examination of the swelling.",
    "The Chat Doctor showed mild thickening of the endometrium.",
    "Keep the baby Chat Doctor well and feed every 2 hours.",
    "Apply ice for 15 minutes three times a Chat Doctor over the ankle.",
    "(attachment removed to protect patient identity)",
    "(attachment removed to protect patient identity).",
]
DAMAGE_START5 = [
    "Welcome to Chat Doctor.",
    "I am Chat Doctor., general physician, and I have gone through your query.",
    "Hello, I am Chat Doctor. I read your query.",
]
DAMAGE_END5 = [
    "Regards, Chat Doctor.",
    "For further queries ask me on Chat Doctor.",
    "Chat Doctor. {dr}, {deg}",
]
DAMAGE5 = DAMAGE_MID5 + DAMAGE_START5 + DAMAGE_END5

# Patients: (field, Description, Patient) with {name} and {relative} filled per row.
PATIENT5 = [
    ("gen", "Fever with body pain for 3 days",
     "Hi doctor, I am {name}, 34 yrs male. I have fever 101 with severe body pain since 3 days. Taking crocin. "
     "Please advise."),
    ("med", "Sugar 142 fasting, is it diabetes?",
     "My fasting sugar came 142 and HbA1c 7.4. I am 45 years old. Do I need medicine or only diet?"),
    ("med", "BP 160/100 on three readings",
     "Sir my BP is coming 160/100 since one week, I am 50 yrs. Headache also there. What to do?"),
    ("med", "TSH 9.8, should I take thyroid tablet?",
     "Hello, my TSH is 9.8 and T4 normal. I feel tired all the time. Please guide."),
    ("gi", "Burning chest after food",
     "I get burning in chest after meals and sour burps. Worse at night. I am 29 years."),
    ("gi", "Loose motions with mucus",
     "My {relative} is having loose motions with mucus 6 times a day since yesterday with stomach cramps."),
    ("gi", "Fatty liver grade 1 in ultrasound",
     "My ultrasound shows grade 1 fatty liver and SGPT 68. I take alcohol on weekends. Is it serious?"),
    ("gi", "Burning urination, female 26",
     "I have burning while passing urine and going again and again. No fever. Please suggest medicine."),
    ("gi", "Kidney stone 6 mm left side",
     "Doctor, 6 mm stone in left ureter found in scan. Pain comes and goes. Will it pass by itself?"),
    ("med", "Chest pain going to left arm",
     "My {relative} 58 years had chest pain going to left arm with sweating last night. ECG done is normal. "
     "Should we worry?"),
    ("gen", "Cough with yellow sputum",
     "Cough with yellow phlegm and fever since 1 week. Took cough syrup, no relief."),
    ("gen", "Hb 8.2, very weak", "My Hb is 8.2, I feel very weak and breathless on climbing stairs. 31 yr female."),
    ("gen", "Migraine headache one side",
     "I get one sided headache with vomiting 3 4 times in a month. Light bothers me. Please help."),
    ("gen", "Palpitations and anxiety",
     "I get heart racing and fear of death feeling. ECG and thyroid normal. Am I having heart disease?"),
    ("med", "Creatinine 1.9", "My {relative} is diabetic for 15 years, now creatinine is 1.9. What should be done?"),
    ("gyn", "Irregular periods and weight gain",
     "Hi, I am {name}, 24 yrs. My periods come every 45-60 days, I have gained weight and have pimples."),
    ("gyn", "Faint line on pregnancy test",
     "I missed my period by 5 days and got a very faint second line on kit. Am I pregnant?"),
    ("gyn", "Spotting at 6 weeks pregnancy",
     "I am 6 weeks pregnant and having brown spotting since morning. No pain. Very worried."),
    ("gyn", "White discharge with itching",
     "I have curdy white discharge with a lot of itching down there. Married, 28 yrs."),
    ("gyn", "Took i-pill, period late",
     "I took i-pill after unprotected sex 2 days later. Now my period is late by 6 days. Please advise."),
    ("gyn", "Trying to conceive for 1 year",
     "We are trying for baby since 1 year. My cycles are regular 28 days. When should we try?"),
    ("gyn", "Heavy periods with clots",
     "My periods last 9 days with big clots and I have to change pad every hour. Age 41."),
    ("gyn", "Hot flushes at 48",
     "I am 48 and get hot flushes and sweating at night. Periods irregular since 6 months."),
    ("gyn", "Low milk supply", "My baby is 3 weeks old and I feel my milk is not enough. He cries after feeds."),
    ("derm", "Itchy ring patches in groin",
     "I have itchy round red patches in groin and thighs since 2 months. Used many creams, comes back."),
    ("derm", "Pimples on face, 19 yrs", "I have blackheads and pus pimples on face and forehead. I am 19 years boy."),
    ("derm", "Dark patches on cheeks",
     "Dark brown patches on both cheeks since my pregnancy. Getting worse in summer."),
    ("derm", "Hair fall after dengue", "I had dengue 2 months back, now heavy hair fall while combing and washing."),
    ("derm", "Itching worse at night, whole family",
     "Whole family has itching, more at night, small bumps between fingers. Kids also."),
    ("derm", "Painful blisters on chest one side",
     "My {relative} 62 yrs has painful water blisters on one side of chest since 2 days."),
    ("derm", "Mole changing colour", "I have a mole on my back that has become bigger and darker and bled once."),
    ("ortho", "Low back pain after lifting",
     "I lifted a heavy bucket and now have low back pain since 4 days. No leg pain."),
    ("ortho", "Back pain going to leg",
     "Pain from back going down to right leg up to foot with numbness. MRI not done."),
    ("ortho", "Knee pain on stairs",
     "My {relative} is 58 and has knee pain on climbing stairs and getting up from the floor."),
    ("ortho", "Ankle twisted, swollen",
     "I twisted my ankle while playing football. It is swollen and painful to walk."),
    ("ortho", "Shoulder stiff for 3 months",
     "I am diabetic and cannot lift my shoulder above head since 3 months. Pain at night."),
    ("ortho", "Heel pain in morning", "Severe heel pain when I get up in morning, better after walking a bit."),
    ("ortho", "Tingling in fingers at night",
     "My fingers get numb and tingling at night, thumb side. I work on computer all day."),
    ("paed", "Fever in 2 year old",
     "My 2 year old son has fever 101 since morning. Weight 12 kg. How much paracetamol to give?"),
    ("paed", "Baby weight gain",
     "My 3 months baby girl is gaining 700 grams a month. Is it enough? Exclusively breastfed."),
    ("paed", "Newborn yellow eyes day 3",
     "My newborn has yellow eyes since day 3. She is feeding well. Should I worry?"),
    ("paed", "Rash with fever in child",
     "My 4 yr old has fever and red rash started behind ears now all over body. Eyes red."),
    ("paed", "Barking cough in toddler",
     "My 2 yr daughter has barking cough and noisy breathing at night since yesterday."),
    ("paed", "Child not eating",
     "My 4 year old son eats very little, he is active and plays well. Which tonic to give?"),
    ("paed", "Ear pain in child", "My 5 yr old has ear pain and fever after a cold since 2 days. Crying at night."),
]

NAMES5 = ["Priya", "Rahul", "Sunita", "Amit", "Neha", "Ramesh", "Kavya", "Imran", "Pooja", "Suresh",
          "Anjali", "Vikram", "Fatima", "Deepak", "Meena", "Arjun", "Sneha", "Rohit", "Lakshmi", "Joseph",
          "Harpreet", "Sana", "Manoj", "Divya"]
DOCTORS5 = ["Rakesh Sharma", "Shilpa Naik", "Anand Kulkarni", "S. Ramachandran", "Meenakshi Iyer",
            "Prakash Rao", "Farhan Qureshi", "Sunil Mehta", "Kiran Deshpande", "Nandita Bose",
            "Harish Gowda", "Rajesh Kumar Singh", "Saloni Agarwal", "Mohan Pillai", "Jaspreet Kaur",
            "Vivek Joshi", "Arundhati Sen", "T. Venkatesh", "Bhavna Patel", "Suresh Chandra"]
DEGREES_BY_FIELD5 = {
    "gen": ["MBBS, MD (Medicine)", "MBBS, MD(Med)", "MBBS DNB (Family Medicine)", "M.B.B.S., M.D."],
    "med": ["MBBS, MD (Medicine)", "MD, DM (Cardiology)", "MBBS, MD(Med), FICP"],
    "gi": ["MBBS, MD(Med)", "MD, DM (Gastro)", "MBBS, MS, MCh (Uro)"],
    "gyn": ["MBBS, DGO", "MBBS, MS (OBG)", "MD (OBGY), DNB", "MBBS, FCPS"],
    "derm": ["MD, DVD", "MBBS, MD (Dermatology)", "MBBS, DDVL"],
    "ortho": ["MS (Ortho)", "MBBS, D.Ortho", "MBBS, DNB, FRCS"],
    "paed": ["MBBS, DCH", "MD (Paed), DNB", "MBBS, MD (Pediatrics)"],
}
SPECS_BY_FIELD5 = {
    "gen": ["General Physician", "Consultant Physician", "Family Physician", "Internal Medicine Specialist"],
    "med": ["Consultant Physician", "Diabetologist", "Physician & Cardiologist", "Internal Medicine Specialist"],
    "gi": ["General Physician", "Gastroenterologist", "Family Physician", "Physician and Urologist"],
    "gyn": ["Gynaecologist & Obstetrician", "Gynecologist", "Obstetrician and Infertility Specialist"],
    "derm": ["Dermatologist", "Cosmetologist & Dermatologist", "Skin Specialist"],
    "ortho": ["Orthopaedic Surgeon", "Orthopedician", "Joint Replacement Surgeon"],
    "paed": ["Paediatrician", "Child Specialist", "Pediatrician & Neonatologist"],
}
SITES5 = ["HealthcareMagic", "Healthcare Magic", "HCM", "healthcaremagic.com", "Health Care Magic",
          "iCliniq", "icliniq.com", "HealthCareMagic forum", "Ask A Doctor"]
CITIES5 = ["Pune", "Mumbai", "Nagpur", "Chennai", "Bengaluru", "Hyderabad", "Kolkata", "Lucknow",
           "Jaipur", "Kochi", "Ahmedabad", "Indore", "Bhopal", "Coimbatore", "New Delhi", "Chandigarh"]
RELATIVES5 = ["mother", "father", "son", "daughter", "wife", "husband", "brother", "sister"]
URLS5 = ["http://www.healthcaremagic.com/doctors/dr-{slug}/{num}",
         "https://www.icliniq.com/ask-a-doctor-online/{slug}",
         "www.healthcaremagic.com/premium/ask/dr-{slug}",
         "http://bit.ly/dr{num}"]


ENDS5 = (".", "!", "?", ",", ":")
# Order of edge pieces as doctors write them: greeting, then thanks/welcome/introduction, then the
# "I have read your query" and empathy lines; at the end advice to write back, wishes, then the signature.
OPEN_FIRST5 = ("Hello", "hello", "Hi", "hi", "HI", "HELLO", "Dear", "Respected", "Namaste", "Good ", "GOOD",
               "Greetings", "Warm", "Jai")
OPEN_LAST5 = ("I have", "I can", "I read", "I understand", "I appreciate", "Sorry", "Very sorry", "Don't", "Do not",
              "Let me", "Your question", "Your concern", "It is good", "You have done", "Thanks for asking.As")
CLOSE_WISH5 = ("Take care", "TAKE CARE", "tc", "TC", "Wish", "Get well", "God bless", "Stay", "Happy", "Eid",
               "May Allah", "Ganpati", "Merry", "Gud", "Love", "Have a", "Good luck", "Best of luck", "All the best",
               "Bye", "Thanks.", "Thank you and")
CLOSE_SIGN5 = ("Regards", "Rgds", "Thanks\n", "Thanx and", "Hope you are satisfied", "With best", "Thanks & Regards",
               "Thanks and regards", "Best regards", "Warm regards", "Yours sincerely", "THANKS. DR", "Dr", "DR")


def _open_rank5(template: str) -> int:
    if template.startswith("Thanks for asking.As"):
        return 3
    return 0 if template.startswith(OPEN_FIRST5) else 2 if template.startswith(OPEN_LAST5) else 1


def _close_rank5(template: str) -> int:
    if template.startswith(("Dr", "DR")):
        return 3
    return 2 if template.startswith(CLOSE_SIGN5) else 1 if template.startswith(CLOSE_WISH5) else 0


def _fields5(rng: random.Random, field: str) -> dict:
    """One consistent cast per row: patient, doctor of the row's specialty, site, city, link."""
    dr = rng.choice(DOCTORS5)
    slug = dr.lower().replace(". ", "-").replace(" ", "-").replace(".", "")
    url = rng.choice(URLS5).format(slug=slug, num=rng.randint(10000, 99999))
    site = rng.choice(SITES5)
    name = rng.choice(NAMES5)
    return {"name": name, "dr": dr, "DR": dr.upper(), "deg": rng.choice(DEGREES_BY_FIELD5[field]),
            "spec": rng.choice(SPECS_BY_FIELD5[field]), "site": site, "SITE": site.upper(),
            "city": rng.choice(CITIES5), "NAME": name.upper(), "years": rng.choice([5, 8, 10, 12, 15, 18, 20, 25]),
            "relative": rng.choice(RELATIVES5), "url": url}


def _fits5(chosen: list[str], template: str, rank, single: tuple[int, ...]) -> bool:
    """One doctor's name and one piece of each `single` rank per edge: nobody greets or signs twice."""
    named = ("{dr}" in template or "{DR}" in template) and any("{dr}" in t or "{DR}" in t for t in chosen)
    return not named and not (rank(template) in single and any(rank(t) == rank(template) for t in chosen))


def _render5(templates: list[str], k: int, rng: random.Random, fields: dict, rank=None,
             single: tuple[int, ...] = ()) -> list[tuple[str, bool]]:
    """k distinct templates, put in writing order and filled in; the flag glues a piece to the next."""
    chosen: list[str] = []
    for template in rng.sample(templates, len(templates)):
        if len(chosen) < k and (rank is None or _fits5(chosen, template, rank, single)):
            chosen.append(template)
    chosen = sorted(chosen, key=rank) if rank else chosen
    return [(t.format(**fields).rstrip("~"), t.endswith("~")) for t in chosen]


def _join5(pieces: list[tuple[str, bool]], rng: random.Random) -> str:
    """Join with the row's habit: spaces, newlines, a mix, or nothing after a full stop."""
    style = rng.choice(["space", "space", "newline", "mixed", "tight", "tight"])
    out = pieces[0][0]
    for (prev, glued), (text, _) in zip(pieces, pieces[1:]):
        if glued:
            sep = ""
        elif style == "space":
            sep = " "
        elif style == "newline":
            sep = rng.choice(["\n", "\n\n"])
        elif style == "tight" and prev.endswith(ENDS5):
            sep = rng.choice(["", "", " "])
        else:
            sep = rng.choice([" ", " ", "\n", "", "  "]) if prev.endswith(ENDS5) else rng.choice([" ", "\n"])
        out += sep + text
    return out


def _damage5(rng: random.Random, fields: dict) -> tuple[str, list[tuple[str, bool]]]:
    """In about one row in five: where the damaged piece goes, and the piece."""
    if rng.random() >= 0.2:
        return "none", []
    where = rng.choice(["mid", "mid", "mid", "start", "end"])
    pool = {"mid": DAMAGE_MID5, "start": DAMAGE_START5, "end": DAMAGE_END5}[where]
    return where, _render5(pool, 1, rng, fields)


def make_row5(rng: random.Random) -> dict:
    """One question/answer row with its medical sentences and planted pieces listed verbatim."""
    field, description, patient = rng.choice(PATIENT5)
    fields = _fields5(rng, field)
    n_open = rng.choices([0, 1, 2, 3], weights=[33, 36, 21, 10])[0]
    n_close = rng.choices([0, 1, 2, 3], weights=[36, 32, 21, 11])[0]
    openers = _render5(OPEN5, n_open, rng, fields, _open_rank5, (0, 3))
    closers = _render5(CLOSE5, n_close, rng, fields, _close_rank5, (2, 3))
    body = [(s, False) for s in rng.sample(BODY_BY_FIELD5[field], rng.randint(2, 5))]
    where, damage = _damage5(rng, fields)
    if where == "start" and any(fields["dr"] in text for text, _ in openers):
        # a doctor who introduced himself by name is not introduced again as "Chat Doctor"
        where, damage = "mid", _render5(DAMAGE_MID5, 1, rng, fields)
    middle = list(body)
    if where == "mid":
        middle.insert(rng.randint(0, len(middle)), damage[0])
    start, end = (damage if where == "start" else []), (damage if where == "end" else [])
    pieces = openers + start + middle + end + closers
    return {"Description": description, "Patient": patient.format(**fields), "Doctor": _join5(pieces, rng),
            "body": [text for text, _ in body], "plants": [text for text, glued in pieces if (text, glued) not in body]}


def make_blind5(n: int = ROWS5, seed: int = SEED5) -> list[dict]:
    rng = random.Random(seed)
    return [make_row5(rng) for _ in range(n)]


def main() -> None:
    OUT5.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(row, ensure_ascii=False) for row in make_blind5()]
    OUT5.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows to {OUT5}")


if __name__ == "__main__":
    main()
