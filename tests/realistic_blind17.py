"""Blind held-out set 17 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind. The author never opened the
cleaning code's data, its tests, the other realistic sets, nor any dataset text; no sentence is copied from
anywhere. The set imitates the HealthCareMagic part of the ChatDoctor / ai-medical-chatbot data as it was
written around 2010-2020: most answers open and close with the handful of forms most doctors on such sites
used (a greeting, thanks for the query, "gone through your query", hope-this-helps, take care, regards and a
signature), in their many small variants of spacing, punctuation, case, typos and names, and a long tail of
rarer forms from single doctors. Each template carries a weight so that common forms are common and rare
forms rare. Some answers are damaged the way derived copies are (the placeholder "Chat Doctor" standing where
a word, a name or the site stood, or the attachment-removed note): word damage lies among the medical
sentences, name and site damage at the edges. Each answer keeps to its patient's topic and is signed, where it
is signed, by that topic's specialist or a general physician with degrees of their own specialty; one
answer carries at most one greeting and one of each closing family, in the order doctors wrote them.

Each row: 0-3 openers, 2-5 medical sentences on the patient's topic, 0-3 closers, a damaged piece in about a
fifth of the rows; pieces joined by spaces, newlines, or nothing after a full stop; a template ending in "~"
is glued to the next piece. "body" lists the medical sentences verbatim as they appear in "Doctor", "plants"
the boilerplate and damaged pieces verbatim. Regenerate with `python tests/realistic_blind17.py`.
"""

import json
import random
from pathlib import Path

OUT17 = Path(__file__).with_name("data") / "realistic_blind17.jsonl"
SEED17 = 1717
ROWS17 = 200

# Topics: (description, patient question, medical sentences).
TOPICS17 = [
    ("Headache for two weeks",
     "I am 32 and have a headache every evening for two weeks, mostly at the back of the head. "
     "Paracetamol helps a little. What could it be?", [
        "A daily headache at the back of the head in the evening is most often a tension type headache.",
        "Check your blood pressure a few times this week, because high pressure can also cause an occipital headache.",
        "You can take paracetamol 500 mg up to three times a day, but not for more than ten days in a month.",
        "Taking painkillers every day can itself cause a rebound headache, so keep a diary of how many you take.",
        "Long hours at the computer with the neck bent forward strain the muscles, so take a break every hour.",
        "Get your eyes tested, as an uncorrected refractive error is a common cause of evening headache.",
        "If the headache is the worst of your life, or comes with fever, a stiff neck or weakness of one "
        "side, go to the emergency department at once.",
        "An MRI of the brain is not needed unless the examination shows a neurological sign.",
        "Amitriptyline 10 mg at bedtime for six to eight weeks helps many people with chronic tension headache.",
        "Drink about two to three litres of water a day and do not skip meals.",
        "There is every hope that this settles once the posture and sleep are corrected.",
    ]),
    ("Chest pain on climbing stairs",
     "My father is 58, diabetic, and gets chest tightness when he climbs stairs that goes away with "
     "rest. His ECG was normal. Should we worry?", [
        "Chest tightness on exertion that goes away with rest is typical of angina and must be taken seriously.",
        "A normal resting ECG does not rule out coronary artery disease.",
        "He should have a treadmill test or, since he is diabetic, a CT coronary angiogram.",
        "Until then he can take aspirin 75 mg once daily after food if he has no history of stomach bleeding.",
        "Keep a sorbitrate 5 mg tablet with him to put under the tongue if the pain comes on.",
        "If the pain lasts more than fifteen minutes, comes at rest or comes with sweating, call an "
        "ambulance and go to the nearest emergency.",
        "His fasting lipid profile and HbA1c should be checked, and LDL should be brought below 70 mg/dl.",
        "Atorvastatin 20 to 40 mg at night is usually started in a diabetic of his age.",
        "He must stop smoking completely, as it doubles the risk of a heart attack.",
        "A brisk walk on level ground is fine, but he should avoid heavy exertion until he is evaluated.",
        "Please take care that he does not drive alone until the tests are done.",
    ]),
    ("Fever and body ache",
     "I have had fever of 101 with body ache and headache for three days. No cough. What should I do?", [
        "Fever with body ache for three days is most likely a viral fever.",
        "In this season dengue and malaria should be ruled out with a complete blood count, NS1 antigen and "
        "a malaria smear.",
        "Take paracetamol 650 mg every six hours when the temperature is above 100.",
        "Avoid ibuprofen and aspirin until dengue is ruled out, because they increase the risk of bleeding.",
        "Drink plenty of fluids such as oral rehydration solution, coconut water and soups.",
        "If the platelet count falls below 1 lakh, repeat the count every day.",
        "Go to the hospital at once if you notice bleeding gums, black stools, severe abdominal pain or drowsiness.",
        "Antibiotics are not needed for a viral fever.",
        "Rest at home and sponge with lukewarm water if the fever is high.",
        "A Widal test in the first week is often falsely positive and should not be relied on.",
        "If the fever continues beyond five days, a blood culture should be sent.",
    ]),
    ("Acne and dark spots",
     "I am 19 and have pimples on my cheeks and forehead and they leave dark marks. I have tried many face washes.", [
        "These are acne vulgaris with post inflammatory hyperpigmentation.",
        "Use a gentle face wash twice a day and do not scrub the skin.",
        "Apply adapalene 0.1 percent gel at night on the whole face, not only on the pimples.",
        "Clindamycin 1 percent gel can be applied in the morning on the active pimples.",
        "Do not squeeze or pick the pimples, as this leaves marks and scars.",
        "Use a sunscreen of SPF 30 or more every morning, since the sun darkens the spots.",
        "If the acne is severe, doxycycline 100 mg once daily for six to eight weeks may be added by your "
        "dermatologist.",
        "The dark marks fade slowly over three to six months once new pimples stop.",
        "A diet high in sugar and milk products may make acne worse in some people.",
        "Change your pillow cover twice a week and keep your hair off the forehead.",
        "Thanks to regular use of the gel, most people see a clear change in about eight weeks.",
    ]),
    ("Irregular periods and weight gain",
     "My periods come every two to three months and I have gained weight and have hair on my chin. I am 24.", [
        "Irregular periods with weight gain and facial hair suggest polycystic ovary syndrome.",
        "Get an ultrasound of the pelvis and blood tests for LH, FSH, testosterone, TSH and prolactin on the "
        "second day of the period.",
        "Losing even five to ten percent of your weight can make the periods regular again.",
        "Walk or exercise for at least forty five minutes a day, five days a week.",
        "Cut down on sugar, sweets, white rice and fried food.",
        "Metformin 500 mg twice daily after food is often given to improve insulin resistance.",
        "Your gynaecologist may give a combined oral contraceptive pill to regulate the cycle.",
        "Facial hair can be treated with laser once the hormones are controlled.",
        "PCOS does not mean you cannot conceive, and most women with it get pregnant with help.",
        "A fasting blood sugar and lipid profile should also be checked.",
    ]),
    ("Burning urine",
     "I have burning when I pass urine and have to go very often. Sometimes there is lower abdominal pain.", [
        "Burning and frequent urination point to a urinary tract infection.",
        "Get a urine routine examination and a urine culture before starting antibiotics.",
        "Nitrofurantoin 100 mg twice a day for five days is a good first choice.",
        "Drink at least three litres of water a day.",
        "An alkalizer such as potassium citrate syrup in water can ease the burning.",
        "If you develop fever with chills, back pain or vomiting, see a doctor the same day, as the kidney "
        "may be involved.",
        "Do not hold urine for long and pass urine after intercourse.",
        "Repeated infections need an ultrasound of the kidneys and bladder.",
        "Cranberry juice may help prevent infections but does not treat one.",
        "If you are pregnant, tell your doctor, as some antibiotics are not safe in pregnancy.",
        "Wipe from front to back after using the toilet.",
        "The radiologist's query of a small stone in the left kidney should be settled with a plain CT.",
    ]),
    ("Child with cough and cold",
     "My son is 3 years old and has had cough and runny nose for five days. He eats less. Should I give "
     "an antibiotic?", [
        "Cough and runny nose in a three year old are usually due to a viral cold.",
        "An antibiotic is not needed unless there is a bacterial infection such as an ear infection or pneumonia.",
        "Saline nose drops, two drops in each nostril three to four times a day, will clear the blocked nose.",
        "Give paracetamol syrup 15 mg per kg per dose if he has fever, not more than four times a day.",
        "Keep him well hydrated with warm fluids, and do not force him to eat.",
        "Honey should not be given below one year of age, but at his age half a teaspoon at night can soothe "
        "the cough.",
        "Watch for fast breathing, chest indrawing, bluish lips or poor feeding, and take him to the "
        "emergency if any of these appear.",
        "Cough syrups containing codeine should never be given to small children.",
        "Steam inhalation is risky for children because of burns, so avoid it.",
        "The cough may linger for two to three weeks after the cold has gone.",
        "Keep him away from smoke and dust.",
    ]),
    ("Acidity and burning in chest",
     "I get burning in the chest after meals and sour water comes to the mouth, especially at night.", [
        "Burning behind the breastbone with sour regurgitation is typical of acid reflux.",
        "Take pantoprazole 40 mg once a day, half an hour before breakfast, for four weeks.",
        "Eat your dinner at least three hours before going to bed.",
        "Raise the head end of the bed by six inches with blocks under the legs.",
        "Avoid tea, coffee, spicy food, chocolate, alcohol and smoking.",
        "Eat small meals and do not lie down immediately after eating.",
        "Losing weight around the waist reduces the pressure on the stomach.",
        "If you have difficulty in swallowing, weight loss, vomiting of blood or black stools, an endoscopy "
        "must be done.",
        "A syrup antacid such as sucralfate can be taken after meals for quick relief.",
        "Test for H. pylori if the symptoms keep coming back.",
        "If the burning comes with sweating or breathlessness, get an ECG to rule out a heart problem.",
    ]),
    ("Low back pain",
     "I have low back pain for one month which goes to my left leg. It is worse when I sit for long.", [
        "Back pain going down one leg suggests irritation of a nerve root, usually from a disc bulge.",
        "An MRI of the lumbosacral spine will show whether a disc is pressing on the nerve.",
        "Take aceclofenac 100 mg twice a day after food for five days along with a stomach protector.",
        "Pregabalin 75 mg at night can reduce the nerve pain.",
        "Avoid forward bending and lifting heavy weights.",
        "Sleep on a firm mattress and use a small pillow under the knees.",
        "Once the acute pain settles, start back extension exercises under a physiotherapist.",
        "Hot fomentation for fifteen minutes twice a day relaxes the muscle spasm.",
        "If you lose control of the bladder or bowel, or have numbness around the back passage, go to the "
        "emergency at once.",
        "Most disc problems get better in six to twelve weeks without surgery.",
        "Take a short walk every thirty to forty minutes if your work involves sitting.",
    ]),
    ("Anxiety and poor sleep",
     "I feel restless and worried all the time, my heart races and I cannot sleep. This started after my "
     "mother died.", [
        "The loss of a dear one often brings grief with anxiety and poor sleep, and it is a normal reaction at first.",
        "When the worry and palpitations go on for months, it may be an anxiety disorder that needs treatment.",
        "Talking to a counsellor or psychologist can help a lot, and cognitive behaviour therapy works well "
        "for anxiety.",
        "Escitalopram 5 to 10 mg once daily is a safe medicine that your psychiatrist may start.",
        "Avoid tea, coffee and energy drinks, especially after noon.",
        "Go to bed and wake up at the same time every day and keep the phone out of the bedroom.",
        "Slow breathing, in for four seconds and out for six, calms the racing heart.",
        "Check your thyroid, as an overactive thyroid can also cause palpitations and restlessness.",
        "Regular exercise such as walking or yoga for thirty minutes a day reduces anxiety.",
        "If you ever have thoughts of harming yourself, contact a crisis helpline or go to an emergency "
        "department right away.",
        "Sleeping pills should only be used for a short time, as they can become habit forming.",
    ]),
    ("High sugar in pregnancy",
     "I am 26 weeks pregnant and my glucose test after 2 hours was 165. What does this mean for my baby?", [
        "A value of 165 two hours after the glucose drink means gestational diabetes.",
        "Most women with gestational diabetes control it with diet alone.",
        "Check your sugar fasting and two hours after each meal with a glucometer.",
        "The fasting sugar should stay below 95 and the two hour value below 120.",
        "Eat small frequent meals and avoid sweets, juices and white bread.",
        "If diet does not control it in two weeks, insulin or metformin may be started.",
        "Controlled sugar keeps the baby from growing too big and lowers the risk at delivery.",
        "A growth scan will be done in the third trimester to check the baby's size.",
        "A walk of twenty minutes after meals helps bring the sugar down.",
        "If you notice the baby moving less, go to the labour room at once.",
        "The sugar usually returns to normal after delivery, but test again six weeks later.",
    ]),
    ("Knee pain in elderly",
     "My mother is 65 and has pain in both knees, more on climbing stairs. There is a sound in the knee.", [
        "Pain on climbing stairs with a grating sound in the knees at her age is due to osteoarthritis.",
        "An X ray of both knees in standing position will show how much the joint space is reduced.",
        "Quadriceps strengthening exercises are the most useful treatment and should be done daily.",
        "She can take paracetamol 650 mg twice a day when the pain is more.",
        "A diclofenac gel can be applied over the knee three times a day.",
        "Reducing weight lowers the load on the knees.",
        "Avoid squatting, sitting cross legged and using an Indian style toilet.",
        "Check vitamin D and calcium levels, as deficiency is common at this age.",
        "If the knee becomes red, hot and swollen suddenly, it should be seen the same day.",
        "Knee replacement is considered only when the pain does not respond to all these measures.",
        "A walking stick in the opposite hand takes some load off the painful knee.",
        "With regards to the calf pain, a swollen and tender calf needs a Doppler scan to rule out a clot.",
    ]),
    ("Thyroid report", "My TSH is 8.2 and T4 is normal. I feel tired and have gained weight. Do I need medicine?", [
        "A TSH of 8.2 with a normal T4 is called subclinical hypothyroidism.",
        "Repeat the TSH after six to eight weeks along with anti TPO antibodies.",
        "If the TSH remains above 10 or you have symptoms, thyroxine is usually started.",
        "The usual starting dose is 25 to 50 mcg of levothyroxine on an empty stomach in the morning.",
        "Take the tablet with water and wait thirty minutes before tea or breakfast.",
        "If you are planning a pregnancy, the TSH should be kept below 2.5.",
        "Tiredness can also come from anaemia or low vitamin B12, so check these as well.",
        "Do not take calcium or iron tablets within four hours of the thyroid tablet.",
        "The dose is adjusted by checking the TSH every six weeks.",
        "Regular exercise and a balanced diet will help with the weight.",
    ]),
    ("Loose motions",
     "I have had loose motions six times since morning with cramps. No blood. I ate outside yesterday.", [
        "This is acute gastroenteritis, most likely from contaminated food.",
        "The most important treatment is to replace the lost fluid with ORS after every loose stool.",
        "Racecadotril 100 mg three times a day can reduce the number of stools.",
        "Eat light food such as rice, curd, banana and khichdi.",
        "Avoid milk, fried food and raw salads for a few days.",
        "A probiotic capsule twice a day may shorten the illness.",
        "Antibiotics are only needed if there is blood in the stool or a high fever.",
        "Go to the hospital if you pass very little urine, feel dizzy on standing or cannot keep fluids down.",
        "Wash your hands with soap after using the toilet and before eating.",
        "Most cases settle within two to three days.",
        "Drink boiled or filtered water only.",
    ]),
    ("Eye redness",
     "My eye is red and watering with sticky discharge since yesterday. My child had the same last week.", [
        "Red eye with sticky discharge that spread from your child is conjunctivitis.",
        "Use moxifloxacin eye drops, one drop four times a day for five days.",
        "Clean the discharge with cotton dipped in boiled and cooled water.",
        "Do not share towels or pillows, and wash your hands often.",
        "Do not use steroid eye drops without an eye examination.",
        "Cold compresses help to reduce the swelling of the lids.",
        "If there is pain in the eye, blurred vision or sensitivity to light, see an ophthalmologist the same day.",
        "Stop wearing contact lenses until the eye is fully clear.",
        "It is welcome news that conjunctivitis usually clears in a week without any damage to the eye.",
        "Avoid rubbing the eye, as it spreads the infection to the other eye.",
    ]),
    ("Lump in the breast", "I found a small painless lump in my right breast. I am 38. It moves when I touch it.", [
        "A mobile painless lump at your age is most often a fibroadenoma, which is benign.",
        "Every breast lump must still be evaluated with an ultrasound and, at your age, a mammogram.",
        "If the imaging is not clearly benign, a core needle biopsy will be advised.",
        "Do not wait for the lump to grow before getting it checked.",
        "Note whether the lump changes in size with your periods.",
        "Skin dimpling, nipple discharge with blood or a lump in the armpit need urgent attention.",
        "Examine your breasts once a month, a week after the period.",
        "A family history of breast cancer should be told to the surgeon.",
        "Most fibroadenomas can simply be watched if they are small and do not grow.",
        "The help of a breast surgeon is best for deciding on removal.",
    ]),
]

# (weight, template): common forms weigh most, in many small variants; rare forms from single doctors weigh 1.
# A template ending in "~" is glued to the next piece with no space.
OPEN17_W = [
    (40, "Hi,"), (30, "Hello,"), (14, "Hi"), (12, "Hello"), (10, "Hi~"), (9, "Hello~"), (6, "HI,"),
    (5, "Hi there,"), (4, "Hi!"), (4, "Hello!"), (3, "Hi ,"), (3, "hi,"), (3, "hello,"), (2, "Helo,"),
    (2, "HELLO,"), (2, "Hi {name},"), (2, "Hello {name},"), (2, "Dear {name},"), (3, "Dear Sir,"),
    (3, "Dear Madam,"), (2, "Dear friend,"), (1, "Dear Sir/Madam,"), (1, "Dear patient,"), (1, "Hi dear,"),
    (1, "Hiii,"), (1, "Good morning,"), (1, "Good evening,"), (1, "Greetings!"), (1, "Namaste,"),
    (18, "Thanks for your query."), (14, "Thank you for your query."), (8, "Thanks for the query."),
    (6, "Thanks for writing in."), (6, "Thank you for writing to {site}."), (7, "Thanks for using {site}."),
    (5, "Thank you for posting your query."), (4, "Thanks for your question on {site}."),
    (3, "Thanks for choosing {site}."), (3, "Thank you for contacting {site}."), (2, "Thanx for your query."),
    (2, "Thanks for ur query."), (2, "thanks for the query~"), (2, "Thank you for the query.~"),
    (1, "Thanks for asking on {site}."), (1, "Thankyou for your query."), (1, "Thank you for trusting {site}."),
    (12, "Welcome to {site}."), (7, "Hello and welcome to {site}."), (5, "Hi and welcome to {site}."),
    (3, "Welcome to {site}~"), (2, "Hi, welcome to {site}."), (2, "WELCOME TO {site}."), (1, "welcome to {site}!"),
    (1, "Hello and Welcome to '{site}'."), (1, "Welcome to \"{site}\" forum."),
    (14, "I have gone through your query and understand your concern."),
    (9, "I have gone through your query."), (5, "I have gone through your query in detail."),
    (4, "I have carefully gone through your question."), (3, "I went through your query."),
    (3, "I read your query and understand your concerns."), (2, "Have gone through your query."),
    (2, "I have gone thru your query and understand your concern."), (1, "I have gone through your querry."),
    (2, "I have read your question carefully."), (1, "I have gone through the attached reports."),
    (5, "I understand your concern."), (3, "I can understand your concern."), (2, "I understand your worry."),
    (2, "I can understand your anxiety."), (1, "I am sorry to hear about your problem."),
    (1, "Sorry to hear about your mother."), (1, "I am sorry that you are going through this."),
    (2, "I am Dr. {dr}, and I will help you with your query."),
    (1, "I am Dr. {dr}, a {spec} with {yrs} years of experience."),
    (1, "This is Dr. {dr} answering your question."), (1, "Dr. {dr} here."), (1, "Myself Dr. {dr}, {spec}."),
    (2, "Thanks for your query, I will try to help you."), (2, "Let me help you with your query."),
    (1, "I will try to answer your query."), (1, "I would like to help you."), (1, "Let me clarify your doubts."),
    (1, "Your query has been noted."), (1, "Welcome back to {site}."),
    (1, "Thanks for the detailed history."), (1, "Thank you for providing the details."),
    (1, "Good question."), (1, "Nice to hear from you."), (1, "Thank you for your trust in me."),
    (8, "Hi, Thanks for your query."), (5, "Hello, Thank you for your query."), (3, "Hi,Thanks for the query."),
    (3, "Hi, I have gone through your query."), (2, "Hello and thanks for your query."),
    (2, "Hi. Thanks for the query."), (2, "Hello, I have gone through your query and understand your concern."),
    (1, "Thanks for yor query."), (1, "Thanks for your querry."), (1, "Thank for your query."),
    (1, "Hello dear, I understand your concern."), (1, "Hi, Thanks for your query to {site}."),
    (1, "Hi, I am Dr. {dr}, {deg}, practising in {city} for {yrs} years."),
    (1, "I am a {spec} and I have read your question with interest."),
    (1, "Thanks for posting your query in {site} forum."), (1, "Thank you for using {site} for your health query."),
]
CLOSE17_W = [
    (30, "Hope this helps."), (14, "Hope this helps you."), (8, "Hope I have answered your query."),
    (6, "Hope I have answered your question."), (5, "Hope this information helps."), (4, "Hope this helps!"),
    (3, "hope this helps"), (3, "Hope this will help you."), (2, "Hope it helps."), (2, "Hope this helped."),
    (2, "Hope I have answered ur query."), (1, "Hope dis helps."), (1, "HOPE THIS HELPS."),
    (1, "I hope this information was helpful to you."), (1, "I hope I have cleared your doubts."),
    (12, "Let me know if I can assist you further."), (8, "Let me know if you need any clarifications."),
    (6, "Please feel free to ask further queries."), (4, "Feel free to ask any further questions."),
    (3, "Revert back with the reports for further guidance."), (3, "You can ask me again with the reports."),
    (2, "For further queries you can write to me directly at {site}."),
    (2, "Please do write back if you have any doubts."),
    (2, "Feel free to write back."), (1, "Kindly revert back to me with the reports."),
    (1, "You can consult me online for a detailed plan."),
    (1, "For a private consultation click on my profile on {site}."),
    (1, "Ask me directly for a one to one chat."), (1, "In case of any doubt you can contact me anytime."),
    (20, "Take care."), (8, "Take care"), (5, "Take care!"), (3, "take care."), (2, "Tc."), (1, "tc"),
    (3, "Take care of yourself."), (2, "Take care {name}."), (1, "Take good care of your mother."),
    (12, "Wish you good health."), (8, "Wishing you good health."), (5, "Wish you a speedy recovery."),
    (3, "Wish you all the best."), (2, "Wishing you a quick recovery."), (2, "Get well soon."),
    (1, "Wish you a happy and healthy pregnancy."), (1, "May God bless you."), (1, "God bless you."),
    (1, "Wish you and your family a happy Diwali."), (1, "Season's greetings."), (1, "Best wishes for your son."),
    (15, "Regards,"), (9, "Regards"), (8, "Regards, Dr. {dr}"), (6, "Dr. {dr}"), (4, "Regards Dr. {dr}"),
    (3, "Rgds,"), (3, "Thanks and regards."), (2, "Thanks & Regards,"), (2, "Best regards,"), (2, "Warm regards,"),
    (1, "With regards,"), (1, "Yours sincerely,"), (1, "Thanking you,"), (1, "regards"),
    (3, "Dr. {dr}, {deg}"), (2, "Dr. {dr} {deg}, {spec}, {city}"), (1, "Dr.{dr}, {deg}{spec}, {city}."),
    (1, "DR. {dr} ({deg})"), (1, "Dr {dr}, {spec}"), (1, "Dr. {dr}, Consultant {spec}, {city}"),
    (4, "Thanks."), (3, "Thank you."), (2, "Thanks for using {site}."), (2, "Thank you for using {site}."),
    (1, "Thanks for choosing {site}."), (1, "Thanx."),
    (3, "Please rate this answer."), (2, "If you are satisfied, please rate my answer."),
    (1, "Kindly rate the answer and leave a feedback."), (1, "Please click thank the doctor if you found it helpful."),
    (1, "Please accept my answer if it helped."),
    (2, "Any further queries are welcome."), (1, "I will be happy to help you further."),
    (1, "Always there to help you."), (1, "All the best."), (1, "Good luck."), (1, "Stay healthy."),
    (1, "Keep me posted."), (1, "Do not worry."), (1, "Don't worry, you will be fine."),
    (1, "Stay blessed."), (1, "Hope you get well soon."), (1, "Best of luck."),
    (6, "Hope I have answered your query. Let me know if I can assist you further."),
    (4, "Hope this helps. Take care."), (2, "Hope this helps.Take care."), (2, "Hope this helps you. Regards"),
    (1, "Hope this help."), (1, "Hope this helps u."), (1, "Wish you good helth."), (1, "Tak care."),
    (1, "Regards,\nDr. {dr}\n{deg}\n{city}"), (1, "Regards - Dr. {dr}, {spec}"),
    (1, "Dr. {dr}, {deg}, {spec}, {yrs} years of experience."),
    (1, "For more details about {spec} care, you can book a paid consultation with me on {site}."),
    (1, "You can also reach me for a video consultation through {site}."),
    (1, "This answer is based on the details given; please see a doctor in person for an examination."),
    (1, "Wishing you a happy new year and good health."), (1, "Happy Holi and take care."),
]
DAMAGE17 = [
    "Take the tablet three times a Chat Doctor after food.",
    "Apply the ointment on the Chat Doctor twice daily for a week.",
    "You should consult a Chat Doctor for a proper examination.",
    "Avoid oily and Chat Doctor food for a few days.",
    "Get a Chat Doctor and urine test done.",
    "Continue the medicine for Chat Doctor more weeks.",
    "The Chat Doctor showed a mild infection.",
    "Drink plenty of Chat Doctor and rest well.",
    "Regards Chat Doctor.",
    "Hi, this is Chat Doctor.",
    "Welcome to Chat Doctor.",
    "Thanks for using Chat Doctor.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity)",
    "Consult a Chat Doctor.",
    "Avoid Chat Doctor and smoking till the symptoms settle.",
    "Use the nasal spray two puffs in each Chat Doctor at night.",
    "Your sugar is Chat Doctor high and needs attention.",
    "Get an X-ray of the Chat Doctor to see the bone.",
    "Thanks for your query on Chat Doctor.",
    "Dr. Chat Doctor",
    "For further queries consult Chat Doctor online.",
]
# Damage that replaced an ordinary word lies among the medical sentences; name and site damage lies at the edges.
DAMAGE17_HEAD = frozenset({"Hi, this is Chat Doctor.", "Welcome to Chat Doctor.",
                           "Thanks for your query on Chat Doctor."})
DAMAGE17_EDGE = DAMAGE17_HEAD | {"Regards Chat Doctor.", "Thanks for using Chat Doctor.", "Dr. Chat Doctor",
                                 "For further queries consult Chat Doctor online."}
NAMES17 = ["Priya", "Rahul", "Anita", "Mr. Sharma", "Sunita", "Ravi", "Mary", "John", "Kavya", "Imran", "Neha",
           "Mrs. Gupta", "Arjun", "Fatima", "Deepak", "Sarah", "Ms. Rao", "Vikram"]
DRS17 = ["Rakesh Kumar", "Anjali Mehta", "S. Ramesh", "Prasad Rao", "Nikhil Jain", "Sunil Verma", "K. V. Anand",
         "Meera Iyer", "Ahmed Khan", "Saurabh Singh", "Lakshmi N", "Deepa Nair", "Manish Patel", "R. Subramanian",
         "Vivek Gupta", "Shalini Reddy", "Arun Das", "Farah Siddiqui"]
SITES17 = ["HCM", "Healthcare Magic", "HealthcareMagic", "Health Care Magic", "healthcaremagic", "HealthCareMagic",
           "HCM forum", "HealthcareMagic.com", "Healthcare magic"]
CITIES17 = ["Pune", "Chennai", "Mumbai", "New Delhi", "Bangalore", "Hyderabad", "Kolkata", "Jaipur", "Lucknow",
            "Kochi", "Ahmedabad", "Indore"]
# Who answered each topic: its specialist, or else a general physician.
TOPIC_SPEC17 = {
    "Headache for two weeks": "Internal Medicine", "Chest pain on climbing stairs": "Cardiologist",
    "Fever and body ache": "General Physician", "Acne and dark spots": "Dermatologist",
    "Irregular periods and weight gain": "Gynaecologist", "Burning urine": "Urologist",
    "Child with cough and cold": "Paediatrician", "Acidity and burning in chest": "Gastroenterologist",
    "Low back pain": "Orthopaedic Surgeon", "Anxiety and poor sleep": "Psychiatrist",
    "High sugar in pregnancy": "Gynaecologist", "Knee pain in elderly": "Orthopaedic Surgeon",
    "Thyroid report": "Endocrinologist", "Loose motions": "General Physician", "Eye redness": "Ophthalmologist",
    "Lump in the breast": "General Physician",
}
# Each specialty with the degrees its doctors signed with.
SPECS17 = {
    "General Physician": ["MBBS", "MBBS, MD (Med)", "M.B.B.S., M.D.", "MBBS, DNB"],
    "Cardiologist": ["MD, DM (Cardio)", "MBBS, MD, DM"], "Dermatologist": ["MD (Derm)", "MBBS, DVD"],
    "Gynaecologist": ["MBBS, DGO", "MBBS, MS (OBG)"], "Paediatrician": ["MBBS, DCH", "MBBS, MD (Paed)"],
    "Orthopaedic Surgeon": ["MBBS MS (Ortho)", "MBBS, D.Ortho"], "Psychiatrist": ["MBBS, MD (Psych)"],
    "Urologist": ["MS, MCh (Uro)"], "Gastroenterologist": ["MD, DM (Gastro)"],
    "Endocrinologist": ["MD, DM (Endo)", "MBBS, MRCP"], "Ophthalmologist": ["MBBS, MS (Ophth)", "MBBS, DO"],
    "Internal Medicine": ["MBBS, MD", "MBBS, MRCP"],
}
DEGREES17 = sorted({d for degrees in SPECS17.values() for d in degrees})
OPEN17 = [t for _, t in OPEN17_W]
CLOSE17 = [t for _, t in CLOSE17_W]
BODY17 = [s for _, _, sentences in TOPICS17 for s in sentences]
PATIENT17 = [question for _, question, _ in TOPICS17]
PATIENT_LEADS17 = ["", "", "", "Hi doctor, ", "Hello doctor, ", "Sir, ", "Respected doctor, ", "Hi, "]


def _open_rank(template):
    """Greeting first, then welcome and thanks, then 'gone through', then the rest, as doctors wrote them."""
    low = template.lower()
    if low.startswith(("hi", "hello", "helo", "dear", "good m", "good e", "greet", "namaste")):
        return 0
    if "welcome" in low or low.startswith("than"):
        return 1
    if "gone" in low or "went" in low or "read" in low:
        return 2
    return 3


def _close_rank(template):
    """Hope-this-helps, invitations, rating and thanks, care and wishes, regards, then the signature."""
    low = template.lower()
    if low.startswith(("dr", "dr.")):
        return 4
    if "regards" in low or low.startswith(("rgds", "yours", "thanking")):
        return 3
    if "care" in low or "wish" in low or "bless" in low or "greetings" in low or low.startswith("tc"):
        return 2
    if low.startswith(("hope", "i hope")):
        return 0
    return 1.5 if "rate" in low or "accept" in low or low.startswith("than") else 1


def _family(template, rank):
    """One greeting, one hope-this-helps, one take-care, one regards, one signature per answer."""
    if rank in (0, 3, 4):
        return rank
    word = "".join(c for c in template.lower().split()[0] if c.isalpha())
    return word[:4]


def _pick(rng, weighted, n, rank):
    """n templates of different families drawn by weight."""
    chosen, families = [], set()
    while len(chosen) < n:
        template = rng.choices([t for _, t in weighted], weights=[w for w, _ in weighted])[0]
        low = template.lower()
        words = {w for w in ("care", "hope", "regards", "query", "concern", "welcome") if w in low}
        words |= {"greet"} if low.startswith(("hi", "hello", "helo", "dear", "good ", "greet", "namaste")) else set()
        if _family(template, rank(template)) not in families and not words & families:
            chosen.append(template)
            families |= {_family(template, rank(template))} | words
    return chosen


def _fill(rng, template, who):
    """Fill one template with this row's doctor, site and patient name."""
    return template.format(name=who["name"], dr=who["dr"], site=who["site"], city=who["city"],
                           deg=who["deg"], spec=who["spec"], yrs=who["yrs"])


def _edges(rng, silent):
    """This doctor's openers and closers, in the order they were written."""
    if silent:
        return [], []
    openers = _pick(rng, OPEN17_W, rng.choices([0, 1, 2, 3], weights=[12, 42, 34, 12])[0], _open_rank)
    closers = _pick(rng, CLOSE17_W, rng.choices([0, 1, 2, 3], weights=[12, 33, 35, 20])[0], _close_rank)
    closers.sort(key=_close_rank)
    bare = closers and _close_rank(closers[-1]) == 3 and len(closers) < 3
    if bare and "{dr}" not in closers[-1] and rng.random() < 0.6:
        closers.append(rng.choice(["Dr. {dr}", "Dr. {dr}, {deg}", "Dr {dr}"]))
    return sorted(openers, key=_open_rank), closers


def _join(rng, pieces, glued):
    """Join the pieces as one answer: spaces, newlines in some rows, nothing after a stop in others."""
    mode = rng.choices(["space", "newline", "tight"], weights=[58, 24, 18])[0]
    text = pieces[0]
    for i, piece in enumerate(pieces[1:]):
        if glued[i]:
            sep = ""
        elif mode == "newline" and rng.random() < 0.6:
            sep = rng.choice(["\n", "\n\n", "\n", " \n"])
        elif mode == "tight" and text[-1] in ".,!" and rng.random() < 0.5:
            sep = ""
        else:
            sep = rng.choice([" ", " ", " ", " ", "  "])
        text += sep + piece
    return text


def make_row17(rng):
    """One answer: {"Description", "Patient", "Doctor", "body", "plants"}."""
    description, question, sentences = rng.choice(TOPICS17)
    who = {"name": rng.choice(NAMES17), "dr": rng.choice(DRS17), "site": rng.choice(SITES17),
           "city": rng.choice(CITIES17), "yrs": rng.randint(4, 28),
           "spec": TOPIC_SPEC17[description] if rng.random() < 0.7 else "General Physician"}
    who["deg"] = rng.choice(SPECS17[who["spec"]])
    openers, closers = _edges(rng, rng.random() < 0.09)
    picked = sorted(rng.sample(range(len(sentences)), rng.randint(2, 5)))
    middle = [(sentences[i], False) for i in picked]
    damage = rng.choice(DAMAGE17) if rng.random() < 0.2 else None
    if damage and damage.startswith(("Dr", "Regards")):
        closers = [t for t in closers if _close_rank(t) < 3]
    heads = [(_fill(rng, t, who).rstrip("~"), t.endswith("~")) for t in openers]
    tails = [(_fill(rng, t, who).rstrip("~"), t.endswith("~")) for t in closers]
    if damage in DAMAGE17_HEAD:
        greeted = heads and _open_rank(openers[0]) == 0 and not damage.startswith("Hi")
        heads.insert(1 if greeted else 0, (damage, False))
    elif damage in DAMAGE17_EDGE:
        tails.insert(len(tails) if damage.startswith(("Dr", "Regards")) else 0, (damage, False))
    elif damage:
        middle.insert(rng.randint(0, len(middle)), (damage, False))
    pieces = heads + middle + tails
    doctor = _join(rng, [p for p, _ in pieces], [g for _, g in pieces[:-1]])
    lead = rng.choice(PATIENT_LEADS17)
    return {"Description": description, "Patient": lead + question, "Doctor": doctor,
            "body": [s for s, _ in middle if s != damage],
            "plants": [p for p, _ in heads + tails] + ([damage] if damage and damage not in DAMAGE17_EDGE else [])}


def make_blind17(n=ROWS17, seed=SEED17):
    """n rows from one seeded generator."""
    rng = random.Random(seed)
    return [make_row17(rng) for _ in range(n)]


def main():
    """Write the set as JSON lines to OUT17."""
    OUT17.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(row, ensure_ascii=False) for row in make_blind17()]
    OUT17.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
