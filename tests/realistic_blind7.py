"""Blind held-out set 7 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind. The author did not open the
cleaner's code or data (medqa/data/, docs/data.md), the other test sets (tests/test_clean.py,
tests/test_courtesy.py, tests/test_boilerplate*.py, tests/realistic_set.py, tests/realistic_blind*.py and their
jsonl files) or their history, and did not run the cleaner on this set. No dataset text was copied.

The flavour is that of a real 257k-row HealthCareMagic / iCliniq source: mostly ordinary answers by many general
physicians and specialists in plain, sometimes clumsy English, with greetings, "I have gone through your query",
empathy lines, wishes, sign-offs, signatures with degrees and cities, site adverts, rating requests and
"Chat Doctor" placeholder damage, plus a minority of unusual forms (ALL CAPS, text-speak, glued greetings,
religious and seasonal wishes, referral links).

A row's "Doctor" answer is 0-3 openers, 2-5 medical sentences from BODY7 and 0-3 closers, with a damaged piece
from DAMAGE7 in about a fifth of rows, joined by a space, a newline, a blank line or (after a full stop) nothing.
An opener template ending in "~" is glued to the next piece with no space. "body" lists the medical sentences
verbatim as they appear in "Doctor"; "plants" lists the boilerplate and damaged pieces verbatim.

Regenerate with: PYTHONPATH=$PWD python tests/realistic_blind7.py
"""

import json
import random
from pathlib import Path

SEED7 = 707
ROWS7 = 200
OUT7 = Path(__file__).resolve().parent / "data" / "realistic_blind7.jsonl"
GLUE7 = "~"

# Medical sentences a doctor might write; some use 'hope', 'thanks', 'welcome', 'regards', 'care', 'dear',
# 'help' or 'query' in a medical meaning, and some are plain lifestyle advice.
BODY7 = (
    'Your blood pressure reading of 150/95 is in the range of stage 2 hypertension and needs treatment.',
    'Start tablet amlodipine 5 mg once daily in the morning and recheck the pressure after two weeks.',
    'Reduce salt in food to less than one teaspoon a day, including pickles and papad.',
    'A fasting blood sugar of 132 mg/dl on two occasions confirms diabetes.',
    'Get an HbA1c test done, which shows the average sugar control over the last three months.',
    'Metformin 500 mg twice daily after meals is usually the first medicine for type 2 diabetes.',
    'Walk briskly for at least 30 minutes a day, five days a week.',
    'The ECG you attached shows sinus rhythm with no signs of a recent heart attack.',
    'Chest pain that spreads to the left arm or jaw with sweating needs an emergency visit right away.',
    'A lipid profile and a treadmill test will tell us whether the arteries of the heart are narrowed.',
    'Your LDL cholesterol of 168 mg/dl is high and atorvastatin 10 mg at night is advisable.',
    'The symptoms you describe suggest acid reflux rather than a heart problem.',
    'Take pantoprazole 40 mg half an hour before breakfast for four weeks.',
    'Avoid lying down for two hours after meals and raise the head end of the bed.',
    'Spicy food, tea, coffee and smoking all make the burning worse.',
    'Loose motions with fever for three days may be due to an intestinal infection.',
    'Drink ORS after every loose stool so that you do not get dehydrated.',
    'If there is blood in the stool or you cannot keep fluids down, go to the hospital.',
    'An ultrasound of the abdomen will show whether there are stones in the gallbladder.',
    'Pain in the right lower abdomen with vomiting could be appendicitis, so get examined today.',
    'Your liver enzymes are mildly raised, which is common with fatty liver.',
    'Losing even five to seven kilograms of weight can reverse early fatty liver.',
    'Stop alcohol completely until the liver tests return to normal.',
    'Hemoglobin of 8.9 g/dl means you have moderate anemia.',
    'Take ferrous sulphate one tablet daily with orange juice for three months.',
    'Iron tablets can turn the stool black, and that is harmless.',
    'A peripheral smear and serum ferritin will find the cause of the anemia.',
    'Your TSH of 9.2 suggests an underactive thyroid.',
    'Thyroxine 50 mcg should be taken on an empty stomach, 30 minutes before breakfast.',
    'Repeat the thyroid test after six weeks of regular tablets so the dose can be adjusted.',
    'The lump in the neck needs an ultrasound and possibly a fine needle aspiration.',
    'These white patches in the mouth look like oral thrush.',
    'Apply clotrimazole mouth paint three times a day for a week.',
    'The rash in the groin is a fungal infection called tinea cruris.',
    'Keep the area dry, wear loose cotton innerwear and apply luliconazole cream twice a day for four weeks.',
    'Do not use steroid creams on a fungal rash because they make it spread.',
    'Acne of this grade responds well to adapalene gel applied at night.',
    'Wash the face only twice a day with a mild cleanser and do not squeeze the pimples.',
    'Hair fall after typhoid or dengue is temporary and usually settles in three to six months.',
    'Check vitamin D and vitamin B12 levels, since low levels are common and cause tiredness.',
    'The itching all over the body that is worse at night may be scabies, especially if family members itch too.',
    'Apply permethrin 5% cream from the neck down at night and wash off in the morning, and repeat after one week.',
    'Wash all bed sheets and clothes in hot water on the same day.',
    "Your child's fever of 101 F can be treated with paracetamol syrup 15 mg per kg every six hours.",
    'Sponge the child with lukewarm water, not cold water.',
    'If the child is drowsy, refuses feeds or has fast breathing, take her to the emergency department.',
    'Babies under three months with any fever should be seen by a doctor the same day.',
    'A runny nose and cough in a toddler is mostly viral and gets better in a week.',
    'Saline nasal drops before feeds will help the baby breathe and feed better.',
    'Delayed speech at two years needs a hearing test first.',
    'Your periods being late by ten days with a negative urine test may be due to stress or weight change.',
    'Repeat the pregnancy test after one week using the first morning urine.',
    'An ultrasound of the pelvis will show if there are cysts in the ovaries.',
    'Polycystic ovaries improve with weight loss and regular exercise.',
    'Spotting after the emergency pill is a common side effect and is not a sign of pregnancy.',
    'Folic acid 5 mg daily should be started at least three months before trying to conceive.',
    'Heavy bleeding with dizziness during pregnancy needs immediate hospital care.',
    'White discharge with itching suggests a yeast infection, which clears with a clotrimazole vaginal tablet.',
    'Burning while passing urine and frequent urination suggest a urinary tract infection.',
    'Get a urine routine and culture test done before starting antibiotics.',
    'Nitrofurantoin 100 mg twice daily for five days is usually effective for a bladder infection.',
    'Drink two and a half to three litres of water a day unless your doctor has restricted fluids.',
    'A kidney stone of 5 mm usually passes on its own with plenty of fluids.',
    'Tamsulosin 0.4 mg at bedtime helps the stone to pass more easily.',
    'If you have fever with the stone pain, it is an emergency because the kidney can get infected.',
    'Your creatinine of 1.8 mg/dl shows that the kidneys are not working fully.',
    'Avoid painkillers like diclofenac and ibuprofen, as they can harm the kidneys.',
    'Low back pain after lifting weight is usually a muscle strain.',
    'Apply a hot water bag for 15 minutes three times a day.',
    'Do gentle back extension exercises once the acute pain settles.',
    'Numbness in the legs or loss of control over urine with back pain needs an urgent MRI.',
    'Pain in the heel in the morning is typical of plantar fasciitis.',
    'Roll a frozen water bottle under the foot for ten minutes every evening.',
    'Your knee X-ray shows early osteoarthritis with narrowing of the joint space.',
    'Quadriceps strengthening exercises are the most useful treatment for knee arthritis.',
    'Calcium 500 mg with vitamin D3 daily will support the bones.',
    'A swollen, hot, red joint needs a uric acid test to rule out gout.',
    'Headache on one side with nausea and sensitivity to light is typical of migraine.',
    'Keep a headache diary and note sleep, meals and triggers.',
    'Naproxen 500 mg at the start of the attack works better than taking it late.',
    'The worst headache of your life that starts suddenly needs an emergency CT scan.',
    'Weakness of one side of the body or slurred speech is a stroke warning and needs the hospital within minutes.',
    'Tingling in the hands at night is often due to carpal tunnel syndrome.',
    'A wrist splint at night relieves the tingling in most people.',
    'Giddiness on turning in bed is usually benign positional vertigo.',
    'The Epley manoeuvre done by a doctor or physiotherapist often cures it in one or two sessions.',
    'Your anxiety symptoms, with a racing heart and fear, are real and treatable.',
    'Slow breathing, in for four counts and out for six, calms the body within minutes.',
    'Escitalopram 10 mg once daily takes two to four weeks to show its full effect.',
    'Do not stop the antidepressant suddenly; it has to be tapered.',
    'If you have thoughts of harming yourself, please go to the nearest emergency department or call a helpline now.',
    'Sleep at the same time every night and keep the mobile phone out of the bedroom.',
    'Counselling along with medicine gives better results than medicine alone.',
    'A painless lump that has stayed the same size for years is usually benign, so there is good hope.',
    'Cough for more than two weeks needs a chest X-ray and a sputum test for tuberculosis.',
    'Use the inhaler with a spacer so that the medicine reaches the lungs.',
    'Rinse your mouth with water after each use of the steroid inhaler to prevent thrush.',
    'Breathlessness at rest or lips turning blue means you must go to the emergency department.',
    'Steam inhalation twice a day helps to loosen the mucus.',
    'Levocetirizine 5 mg at night controls the sneezing and runny nose of allergy.',
    'Your sinus pain should settle with nasal saline washes and a steroid nasal spray for two weeks.',
    'Ear pain with discharge after swimming suggests an outer ear infection.',
    'Do not put oil or ear buds into the ear.',
    'Wax softening drops for five days followed by syringing by an ENT doctor will clear the blocked ear.',
    'A sore throat with high fever and no cough may be a strep infection and needs a throat swab.',
    'Gargle with warm salt water four to five times a day.',
    'Red, sticky eyes in the morning point to bacterial conjunctivitis.',
    'Moxifloxacin eye drops four times a day for five days are enough.',
    'Sudden loss of vision in one eye is an emergency and you should see an eye specialist today.',
    'Screen time breaks every 20 minutes reduce eye strain.',
    'Brush twice daily with fluoride toothpaste and floss once a day.',
    'A root canal treatment can save the tooth if the pulp is infected.',
    'Wisdom tooth pain with swelling of the jaw needs an X-ray of the tooth.',
    'The semen analysis shows a low count, and it can improve over three months with lifestyle changes.',
    'Avoid hot baths, tight underwear and keeping the laptop on the lap.',
    'Erectile problems can be an early sign of diabetes or heart disease, so check sugar and cholesterol.',
    'Use condoms until both partners have been tested.',
    'The HIV test done six weeks after exposure is reliable with the fourth generation test.',
    'Take the full course of antibiotics even if you feel better in two days.',
    'Do not take antibiotics without a prescription for a viral cold.',
    'Paracetamol 650 mg can be taken up to three times a day for the pain.',
    'Your care at home matters as much as the medicine: rest, fluids and light food.',
    'Dear as it may seem, the MRI is the right test for a suspected disc prolapse.',
    'Thanks to the vaccine, most people now get only a mild illness, but high-risk people should still test early.',
    'Please help your father to take the tablets on time by using a weekly pill box.',
    'You are welcome to bring all the old reports at the next visit so the doctor can compare them.',
    'The query about the dose is simple: the syrup is 5 ml three times a day for a child of that weight.',
    'With regards to the medicine timing, take the thyroid tablet first and the calcium four hours later.',
    'Eat three regular meals and do not skip breakfast.',
    'Try to go to bed before eleven and get up at the same time every day.',
    'Keep a bottle of water with you and sip through the day.',
    'Cut down on sweets, soft drinks and fried snacks.',
    'Spend some time outdoors in the morning sun.',
    'Talk to a friend or family member about how you feel.',
    'Wear comfortable shoes with a soft sole.',
    'Smoking cessation is the single best thing you can do for your lungs and heart.',
    'Start insulin 10 units at bedtime and raise it by 2 units every three days until fasting sugar is below 130.',
    'Check the feet every day for cuts or blisters, as diabetes reduces sensation.',
    'Your X-ray shows a hairline fracture of the fifth metatarsal, which needs a cast for four to six weeks.',
    'Keep the leg raised on a pillow to reduce swelling.',
    'A tetanus injection is needed if the last dose was more than five years ago.',
    'Clean the wound with soap and running water, then apply povidone iodine ointment.',
    'A dog bite needs the anti-rabies vaccine on days 0, 3, 7 and 14.',
)

# Openers; {name} {dr} {site} {SITE} {city} {deg} {spec} {yrs} are filled per row; a trailing '~' glues.
OPEN7 = (
    'Hi.',
    'Hello.',
    'Hi there.',
    'Hello and welcome to {site}.',
    'Hi, thanks for using {site}.',
    'Hello, thank you for posting your query on {site}.',
    'Thanks for the query.',
    'Thank you for your question.',
    'Thanks for writing in.',
    'Dear {name},',
    'Hi {name},',
    'Hello {name}, thanks for asking.',
    'Hello dear,',
    'Hi dear, I understand your concern.',
    'Dear friend, welcome to {site}.',
    'Respected sir,',
    'Dear Madam,',
    'Hello Mr. {name},',
    'Hi Ms. {name}, thank you for trusting us with your health.',
    'Greetings from {site}!',
    'Warm greetings from {site}.',
    'Good morning.',
    'Good evening and welcome.',
    'Namaste.',
    'Namaskar, thanks for your query.',
    'Salaam, thank you for writing.',
    'HELLO,',
    'HI THANKS FOR QUERY.',
    'WELCOME TO {SITE}.',
    'hello',
    'hi thanx for ur query',
    'Helo, thnx for contacting {site}.',
    'Hellow, welcome.',
    'Hi~',
    'Hello~',
    'HelloThank you for your query.~',
    'Hi, Thanks for query.~',
    'Dear user,~',
    'Welcome to {site}.~',
    'I have gone through your query.',
    'I have gone through your query and understand your concern.',
    'I have gone thru ur question in detail.',
    'I have read your question carefully and understood your problem.',
    'I went through your history and the reports you attached.',
    'I have carefully gone through the details provided by you.',
    'I have studied your case.',
    'I read your post with diligence.',
    'Your query has been noted.',
    'I can understand your concern.',
    'I understand how worried you must be.',
    'I understand your anxiety, and it is natural to feel this way.',
    'I am sorry to hear about your problem.',
    'Sorry to know that you are suffering from this for so long.',
    'It is good that you asked before taking any medicine.',
    "Don't worry, I am here to help you.",
    'Do not panic, I will guide you.',
    'I appreciate your concern for your mother.',
    'You have given a very good description, which helps.',
    'I am Dr. {dr}, and I have read your question.',
    'This is Dr. {dr}, {spec}, answering your query.',
    'I am Dr. {dr}, a {spec} with {yrs} years of experience, and I will try to help you.',
    'Myself Dr. {dr}, {deg}, from {city}.',
    'Dr. {dr} here.',
    'Dr. {dr} ({spec}) welcomes you to {site}.',
    'Thank you for choosing {site}, I am Dr. {dr}.',
    'As a {spec}, I will answer your question.',
    'Thank you for the query on {site}, and I will be happy to assist you.',
    'Thanks for posting your query on {site}. I am happy to help you.',
    'Thanks for asking on {site}, and I have gone through your detailed history.',
    'Hi, thanks for writing to "{site}". I have read your concern.',
    'Welcome to {site}. I am glad to answer your question.',
    'Hi! Welcome to {site} forum.',
    'Hello and thanks for your trust in {site}.',
    'Thank you for your query, I would like to help you.',
    'Thanks for the detailed history, it makes things easier.',
    'Thank you for attaching the reports.',
    'Thanks for your question and I hope I can be of help.',
    'Hi, I have gone through your query and the attached report.',
    'Hello, I have gone through your query and here is my opinion.',
    'Hello, thank you for contacting us, and I will try my best to answer your query.',
    'Hi, I hope you are doing well now.',
    'Hope you are fine.',
    'Hello, your concern is genuine.',
    'Hello, nothing to worry about.',
    'Thanks for your question on {site}. I am a {spec} and would explain your problem.',
    'Good afternoon {name}, I am Dr. {dr} from {city}.',
    'Hello. I just read your query and I can understand your worry.',
    'Hi. As per your complaint, let me explain.',
    'Thank you for the query. Hope you are feeling better.',
    'Dear patient, thanks for reposting.',
    'Thank you for the follow up.',
    'Welcome back, {name}.',
    'Hey, thanks for reaching out.',
    'Ok, I have read your message.',
    'Well, thank you for sharing your problem with us.',
    'Pleased to answer your question.',
    'Kindly note that I have seen your reports.',
    'Sir, thanks for the query.',
    'Glad to help you, {name}.',
    'Many thanks for your question.',
    'Very nice to meet you on {site}.',
    'Appreciate your query.',
    'Firstly, thanks for trusting {site}.',
    'Assalamualaikum, thanks for asking.',
)

# Closers: wishes, sign-offs, signatures, adverts, referral links, follow-up invitations, rating requests.
CLOSE7 = (
    'Hope this helps.',
    'Hope this helps you.',
    'Hope I have answered your query.',
    'Hope I have answered your query. Let me know if I can assist you further.',
    'I hope I have clarified your doubts.',
    'Hope this information is helpful to you.',
    'hope this helps u.',
    'HOPE THIS HELPS.',
    'Hope you find my answer useful.',
    'Hope my advice helps you.',
    'Wishing you good health.',
    'Wish you a speedy recovery.',
    'Wishing you a quick recovery.',
    'Get well soon.',
    'Get well soon, {name}.',
    'Take care.',
    'Take care and stay safe.',
    'Tc.',
    'tc and regards.',
    'Take care of yourself and your baby.',
    'Best wishes.',
    'All the best.',
    'Best of luck.',
    'Good luck with your treatment.',
    'God bless you.',
    'May God bless you with good health.',
    'Wishing you and your family a happy Diwali and good health.',
    'Happy new year and stay healthy.',
    'Eid Mubarak and get well soon.',
    'Regards.',
    'Rgds.',
    'Regards, Dr. {dr}.',
    'Regards,Dr. {dr}',
    'With regards, Dr. {dr}, {deg}.',
    'Thanks and regards.',
    'Thanks & regards, Dr. {dr}, {spec}, {city}.',
    'Warm regards.',
    'Kind regards, {dr}.',
    'Yours sincerely, Dr. {dr}.',
    'Dr. {dr}',
    'Dr. {dr}, {deg}',
    'Dr. {dr} {deg}{spec}, {city}',
    'Dr. {dr}, {spec}.',
    'DR {DR}',
    '-Dr. {dr}',
    '- Dr {dr}, {city}',
    'Dr. {dr} (MBBS, MD), {city}.',
    'Thanks.',
    'Thank you.',
    'Thanks for using {site}.',
    'Thank you for using {site}.',
    'Thanks for contacting {site}.',
    'Thank you for choosing {site}.',
    'Thanks for your trust in {site}.',
    'If you have any further queries, feel free to ask.',
    'Feel free to ask any more questions.',
    'For further queries, ping me.',
    'Do write back if you have any doubts.',
    'You can contact me again with the reports.',
    'Revert back with the reports for further guidance.',
    'Revert back after one week.',
    'Please get back to me after the test results.',
    'Let me know how it goes.',
    'Feel free to discuss further.',
    'I will be happy to answer any follow-up questions.',
    'You can ask me directly on {site} for a detailed consultation.',
    'For a detailed one to one consultation, you can contact me at {site}/ask-dr-{drslug}.',
    'You can also book a video consultation with me on {site}.',
    'For private consultation, click on the link given below. {site}/doctors/{drslug}',
    'For more information, consult a {spec} online at {site}.',
    'Please rate this answer if you found it helpful.',
    'Kindly rate my answer and leave a review.',
    "Don't forget to close the discussion and give your feedback.",
    'If satisfied, please accept my answer with five stars.',
    'Please click on "Thanks" if this was useful.',
    'Stay blessed.',
    'Stay healthy, stay happy.',
    'Have a nice day.',
    'Have a good day ahead.',
    'Welcome for any further help.',
    'You are always welcome.',
    'I am always there to help you.',
    'Thanks again for your question.',
    'Any further query, let me know.',
    'Bye.',
    'Hope this answers your question. Dr. {dr}, {spec}.',
    'Wishing you all the best. {dr}, {deg}, {city}.',
    'Regards\nDr. {dr}\n{deg}\n{spec}, {city}',
    'With best wishes,\nDr. {dr}',
    'Thanks\n{dr}',
    'Take care :)',
    'Do the needful and revert.',
    'Kindly revert with your reports for further management.',
    'Wishing you a blessed Ramadan and good health.',
    'Merry Christmas and wish you a quick recovery!',
    'DR. {DR}, {deg} - {site}',
    'Consult me on {site} for a personalised diet chart. Regards.',
)

# Damaged pieces: the 'Chat Doctor' placeholder where a word, name or site stood, and the attachment note.
DAMAGE7 = (
    'Take the tablet after food, twice a Chat Doctor for five days.',
    '(attachment removed to protect patient identity)',
    'Your scan (attachment removed to protect patient identity) shows nothing serious.',
    'I am Chat Doctor, and I went through your history.',
    'Apply ice on the Chat Doctor for ten minutes every few hours.',
    'For more tips visit Chat Doctor.com and read our health section.',
    'Get a Chat Doctor test done to check your sugar levels.',
    'Drink plenty of Chat Doctor and take rest.',
    'Your son needs to be seen by a Chat Doctor specialist soon.',
    'Hi, Chat Doctor.',
    'Regards Chat Doctor',
    'For more details, write to Chat Doctor at any time.',
    'Use the Chat Doctor spray, two puffs at night.',
    'The image you uploaded (attachment removed to protect patient identity) is not clear.',
    'The pain in your Chat Doctor is due to the muscle spasm.',
    'Thanks for using Chat Doctor.',
)

NAMES7 = (
    "Ravi", "Priya", "Anjali", "Mohammed", "Sarah", "John", "Kavita", "Suresh", "Fatima", "Deepak", "Meera",
    "Arjun", "Linda", "Tom", "Neha", "Imran", "Pooja", "Rahul", "Grace", "Vikram", "Aisha", "Sanjay",
)
DRS7 = (
    "Ramesh Kulkarni", "Sunita Verma", "Ahmed Khan", "J. Mathew", "Anil Kumar Gupta", "Shalini Rao",
    "P. Venkatesh", "Nidhi Agarwal", "Rajeev Menon", "Farhan Qureshi", "Mary Thomas", "S. K. Bose",
    "Kiran Deshpande", "Ashok Reddy", "Lakshmi Narayanan", "Harpreet Singh", "Eleni Papadopoulos", "Omar Haddad",
)
SITES7 = (
    "HealthCareMagic", "Health Care Magic", "HCM", "iCliniq", "icliniq.com", "www.healthcaremagic.com",
    "healthcaremagic.com", "ICliniq",
)
CITIES7 = (
    "Pune", "Mumbai", "Chennai", "Hyderabad", "Kolkata", "New Delhi", "Bangalore", "Lucknow", "Jaipur", "Kochi",
    "Ahmedabad", "Karachi", "Dubai", "Manila", "Nagpur", "Indore",
)
DEGREES7 = (
    "MBBS, MD(Med)", "MBBS, DNB (Medicine)", "MS (Ortho)", "MBBS,DGO", "BDS, MDS", "MD (Psychiatry)",
    "MBBS, MRCP (UK)", "MD, DM (Cardiology)", "MBBS, DCH", "MBBS, MS (ENT)", "MD (Derm)", "MBBS",
)
SPECS7 = (
    "general physician", "cardiologist", "internal medicine specialist", "gynecologist", "pediatrician",
    "dermatologist", "orthopedic surgeon", "psychiatrist", "ENT surgeon", "dentist", "urologist",
    "gastroenterologist", "Consultant Physician", "neurologist", "family physician",
)
PATIENTS7 = (
    ("High BP reading", "I am {age} years old {sex}, my BP was 150/95 at the pharmacy. Should I start tablets?"),
    ("Sugar high", "My fasting sugar came 132. I am {age}. Am I diabetic? what to do"),
    ("Chest pain on and off", "Having chest pain since 2 days, sometimes burning after food. Age {age}."),
    ("Loose motions and fever", "My {rel} has loose motions and fever since 3 days, what medicine to give?"),
    ("Low hemoglobin", "My Hb is 8.9, I feel tired all the time. I am {age} {sex}."),
    ("Thyroid report", "TSH 9.2, T3 T4 normal. Please explain my report. I am {age}."),
    ("Itchy rash in groin", "I have itching rash in groin area for 1 month, used many creams no relief."),
    ("Pimples on face", "I am {age} and getting pimples on my face and back, please suggest treatment."),
    ("Child fever", "My {rel} is 2 years old and has fever 101 since morning. what dose of syrup?"),
    ("Missed period", "My period is late by 10 days, test negative. I am {age}. Is it pregnancy?"),
    ("Burning urine", "Burning while passing urine and going again and again. {sex}, {age} yrs."),
    ("Kidney stone 5 mm", "Ultrasound shows 5 mm stone in left kidney. Severe pain sometimes. Need surgery?"),
    ("Back pain after lifting", "I lifted a heavy box and now lower back pain since 3 days. Age {age}."),
    ("Knee pain", "My {rel} is 62 and has knee pain while climbing stairs. X-ray done."),
    ("Headache one side", "I get headache on one side with vomiting 2-3 times a month. I am {age} {sex}."),
    ("Dizziness turning in bed", "Whenever I turn in bed the room spins for few seconds. What is this?"),
    ("Anxiety and palpitations", "I feel my heart racing and fear of dying, all tests normal. Please help."),
    ("Cough 3 weeks", "Cough since three weeks, mild fever in evening. I am {age}, smoker."),
    ("Ear pain after swimming", "Ear pain and some discharge after swimming last week."),
    ("Red eyes", "Both eyes red and sticky in morning since 2 days."),
    ("Tooth pain", "Severe tooth pain in lower back tooth with swelling of jaw."),
    ("Low sperm count", "Semen analysis shows low count. We are trying for baby since 2 years."),
    ("Dog bite", "My {rel} was bitten by street dog on the leg today, small wound. What to do?"),
    ("Foot fracture", "X-ray after twisting my ankle says fifth metatarsal fracture. How long to heal?"),
)
AGES7 = ("19", "24", "28", "31", "35", "42", "47", "53", "58", "66")
SEXES7 = ("male", "female", "M", "F")
RELS7 = ("son", "daughter", "mother", "father", "wife", "husband", "baby")
JOINS7 = (" ", " ", " ", " ", "\n", "\n\n", "")


def _slug7(name):
    return "-".join(part.strip(".").lower() for part in name.split())


def _fill7(template, rng, who):
    """Fill one template; `who` keeps one doctor, site and patient name for the whole row."""
    dr, site, name = who
    fields = {
        "name": name, "dr": dr, "DR": dr.upper(), "drslug": _slug7(dr), "site": site, "SITE": site.upper(),
        "city": rng.choice(CITIES7), "deg": rng.choice(DEGREES7), "spec": rng.choice(SPECS7),
        "yrs": str(rng.randint(4, 30)),
    }
    return template.format(**fields)


def _count7(rng, weights):
    return rng.choices(range(len(weights)), weights=weights)[0]


def _pieces7(rng, who):
    """The row's pieces in order as (text, kind, glued): kind is 'body' or 'plant'."""
    opens = [(t, "plant") for t in rng.sample(OPEN7, _count7(rng, (35, 35, 20, 10)))]
    body = [(t, "body") for t in rng.sample(BODY7, rng.randint(2, 5))]
    closes = [(t, "plant") for t in rng.sample(CLOSE7, _count7(rng, (35, 30, 22, 13)))]
    pieces = opens + body + closes
    if rng.random() < 0.2:
        pieces.insert(rng.randint(0, len(pieces)), (rng.choice(DAMAGE7), "damage"))
    out = []
    for text, kind in pieces:
        glued = text.endswith(GLUE7)
        if kind == "plant":
            text = _fill7(text.removesuffix(GLUE7), rng, who)
        out.append((text, kind, glued))
    return out


def _join7(rng, pieces):
    doctor = ""
    for i, (text, _kind, _glued) in enumerate(pieces):
        if i:
            prev, glued = pieces[i - 1][0], pieces[i - 1][2]
            joins = [j for j in JOINS7 if j or prev.endswith(".")]
            doctor += "" if glued else rng.choice(joins)
        doctor += text
    return doctor


def _patient7(rng):
    description, text = rng.choice(PATIENTS7)
    fields = {"age": rng.choice(AGES7), "sex": rng.choice(SEXES7), "rel": rng.choice(RELS7)}
    return description, text.format(**fields)


def make_row7(rng):
    """One row: a patient question and a doctor answer with its medical sentences and planted pieces."""
    who = (rng.choice(DRS7), rng.choice(SITES7), rng.choice(NAMES7))
    description, patient = _patient7(rng)
    pieces = _pieces7(rng, who)
    doctor = _join7(rng, pieces)
    return {
        "Description": description,
        "Patient": patient,
        "Doctor": doctor,
        "body": [text for text, kind, _ in pieces if kind == "body"],
        "plants": [text for text, kind, _ in pieces if kind != "body"],
    }


def make_blind7(n=ROWS7, seed=SEED7):
    rng = random.Random(seed)
    return [make_row7(rng) for _ in range(n)]


def main():
    rows = make_blind7()
    OUT7.parent.mkdir(parents=True, exist_ok=True)
    with OUT7.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT7}")


if __name__ == "__main__":
    main()
