"""Blind held-out set 24 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind. The author did not open the
cleaning code's rules, its data files, its tests or any other realistic/blind set, and never ran the cleaner on
these rows; no dataset text was copied. The rows imitate doctors' answers from the HealthCareMagic / iCliniq
family: 0-3 openers, 2-5 medical sentences, 0-3 closers, a damaged piece (the "Chat Doctor" placeholder where a
word stood, the attachment note) in about a fifth of rows, joined by spaces, newlines or nothing at all.

This set leans adversarial: openers and closers in many forms (each used about once), glued joins and lost line
breaks, names and signature blocks in every case and layout, medical sentences that open like courtesy, and some
rows with no boilerplate at all. "body" lists the medical sentences verbatim as they stand in "Doctor"; "plants"
lists the boilerplate and damaged pieces verbatim. A template ending in "~" is glued to the next piece.

Run `python tests/realistic_blind24.py` to rewrite tests/data/realistic_blind24.jsonl.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED24 = 2424
ROWS24 = 200
OUT24 = Path(__file__).resolve().parent / "data" / "realistic_blind24.jsonl"

BODY24 = (
    "Thanks to the normal ECG, a heart attack is unlikely, but the chest pain still needs a treadmill test.",
    "Hope of full recovery is good if the fracture is kept in a cast for six weeks.",
    "Welcome any improvement in appetite as a sign that the hepatitis is settling, and repeat the liver tests in "
    "four weeks.",
    "Dear as it may be, an MRI of the lumbar spine is the test that shows a disc prolapse.",
    "Take care to finish the full seven day course of amoxicillin even if the fever goes earlier.",
    "Feel free to take paracetamol 500 mg up to four times a day for the pain, but not more than 4 g in a day.",
    "Regards to diet, avoid fried and spicy food until the gastritis heals.",
    "Wishing to conceive soon is no reason to skip folic acid 5 mg daily, which should start now.",
    "Metformin 500 mg twice daily after meals is the usual starting dose for your sugar level.",
    "Pune and other humid cities see a lot of fungal groin infections in the monsoon, so keep the area dry.",
    "Do you have any burning while passing urine or fever with chills?",
    "Is the pain worse after meals or when you lie down at night?",
    "Your TSH of 8.2 suggests hypothyroidism and thyroxine 50 mcg on an empty stomach is advised.",
    "A haemoglobin of 9.1 g/dL means moderate anaemia, so an iron and B12 workup is needed.",
    "Start omeprazole 20 mg half an hour before breakfast for four weeks.",
    "The X-ray shows a hairline fracture of the fifth metatarsal, which usually heals with a walking boot.",
    "Go to the emergency room at once if the chest pain spreads to the left arm or jaw or you start sweating.",
    "Sudden weakness of one side of the face or body needs an ambulance, as it may be a stroke.",
    "Drink at least three litres of water a day to help the kidney stone pass.",
    "A stone under 5 mm usually passes on its own with tamsulosin 0.4 mg at night.",
    "Cetirizine 10 mg at bedtime will control the itching of the hives.",
    "Avoid the soap and detergent you started last week, as this looks like contact dermatitis.",
    "Apply mometasone cream thinly once daily on the rash for no more than two weeks.",
    "The white patches in the mouth look like oral thrush and clotrimazole troches will clear them.",
    "Your blood pressure of 150/95 on three readings needs treatment, and amlodipine 5 mg is a good start.",
    "Cut down salt to less than a teaspoon a day and walk briskly for thirty minutes.",
    "Sleep at a fixed time and keep the phone out of the bedroom.",
    "Eat dinner at least two hours before lying down.",
    "Raise the head end of the bed by about six inches to reduce the acid reflux.",
    "Lose a few kilos slowly; even five percent of body weight improves fatty liver.",
    "Please do not stop the antiepileptic drug on your own, as seizures can come back.",
    "Levetiracetam 500 mg twice daily is safe to continue during pregnancy with monitoring.",
    "A fasting lipid profile, HbA1c and kidney function test should be done every six months.",
    "Your LDL of 190 mg/dL needs atorvastatin 20 mg at night along with diet changes.",
    "The ultrasound shows a simple ovarian cyst of 3 cm, which usually disappears within two or three cycles.",
    "Repeat the pelvic ultrasound after your next period to see whether the cyst has gone.",
    "Irregular periods with acne and weight gain point towards PCOS.",
    "Spotting after a missed period needs a urine pregnancy test and an early scan.",
    "Heavy bleeding soaking a pad every hour needs emergency care.",
    "The baby's fever of 101 F can be treated with paracetamol syrup 15 mg/kg every six hours.",
    "If the child becomes drowsy, refuses feeds or has a fit, take him to the hospital immediately.",
    "Oral rehydration solution after each loose stool prevents dehydration in children.",
    "Zinc 20 mg daily for fourteen days shortens the diarrhoea in a child over six months.",
    "Keep the child away from school until the chickenpox blisters have crusted over.",
    "Calamine lotion soothes the itch of chickenpox, and nails should be kept short.",
    "The sore throat with white spots and no cough suggests tonsillitis, and penicillin V is the choice.",
    "Warm salt water gargles three times a day help the throat.",
    "Steam inhalation twice a day will loosen the blocked nose.",
    "A CT scan of the paranasal sinuses is needed only if the symptoms last more than twelve weeks.",
    "Fluticasone nasal spray two puffs in each nostril daily controls allergic rhinitis.",
    "Ear pain with discharge needs ear drops with ciprofloxacin, and keep water out of the ear.",
    "Do not put oil or cotton buds into the ear.",
    "The floaters you describe are common, but a sudden shower of them with flashes needs an eye exam the same "
    "day.",
    "Use carboxymethylcellulose eye drops four times a day for the dry eyes.",
    "Red eye with pain and blurred vision is not conjunctivitis and needs an ophthalmologist today.",
    "Brush twice daily with a fluoride paste and floss once a day.",
    "The swelling near the wisdom tooth is pericoronitis, and metronidazole 400 mg three times a day helps.",
    "An OPG X-ray will show whether the wisdom tooth is impacted.",
    "Root canal treatment can save the tooth if the pulp is infected.",
    "Knee pain on climbing stairs in your age group is usually early osteoarthritis.",
    "Quadriceps strengthening exercises done daily reduce knee pain more than any tablet.",
    "Hot fomentation for fifteen minutes twice a day relaxes the neck muscles.",
    "Use a thin pillow and avoid looking down at the phone for long periods.",
    "Numbness of both hands at night is typical of carpal tunnel syndrome, and a wrist splint helps.",
    "A nerve conduction study will confirm the diagnosis.",
    "Vitamin D of 11 ng/mL is deficient; take cholecalciferol 60,000 IU once a week for eight weeks.",
    "Back pain with loss of bladder control is an emergency and needs an MRI today.",
    "Sitting for long hours worsens the back pain, so get up and stretch every forty minutes.",
    "The mole that has changed shape and bled should be removed and sent for biopsy.",
    "A lump in the breast at your age is most often a fibroadenoma, but a mammogram and ultrasound are needed.",
    "Any painless lump in the testis must be checked with an ultrasound soon.",
    "Blood in the stool with a change of bowel habit over fifty needs a colonoscopy.",
    "Fissure pain after passing stool improves with sitz baths and a stool softener.",
    "Eat more fibre: fruits, vegetables, oats and whole grains.",
    "Lactulose 15 ml at bedtime will keep the stools soft.",
    "The sperm count of 12 million/ml is slightly low, and repeating the test after three months is advised.",
    "Avoid hot baths, tight underwear and keeping the laptop on the lap.",
    "Erectile difficulty at your age is often due to anxiety, and sildenafil 50 mg may be used under supervision.",
    "Your fasting sugar of 180 mg/dL confirms diabetes, so do an HbA1c as well.",
    "Check the feet daily for cuts and wear soft footwear, since diabetes reduces feeling in the feet.",
    "If the sugar drops below 70, take three teaspoons of sugar in water and recheck in fifteen minutes.",
    "Insulin glargine 10 units at bedtime can be started and adjusted by 2 units every three days.",
    "The feeling of a racing heart with a normal ECG may be anxiety, but a Holter monitor will settle the question.",
    "Breathlessness on lying flat and swollen feet suggest heart failure, and an echocardiogram is needed.",
    "Furosemide 40 mg in the morning will reduce the swelling of the legs.",
    "Weigh yourself daily and report a gain of more than two kilos in three days.",
    "Stop smoking completely; it is the single biggest help for your lungs.",
    "A spirometry test will show whether this is asthma or COPD.",
    "Use the salbutamol inhaler with a spacer, two puffs when wheezy.",
    "If the inhaler is needed more than twice a week, a steroid inhaler like budesonide should be added.",
    "Cough for more than three weeks with weight loss needs a chest X-ray and sputum test for tuberculosis.",
    "The anti-TB drugs must be taken daily for six months without a break.",
    "Rifampicin turns the urine orange, which is harmless.",
    "Headache on waking with vomiting needs a CT scan of the brain.",
    "Migraine attacks respond well to naproxen 500 mg taken at the very start of the pain.",
    "Keep a headache diary and avoid skipping meals.",
    "Propranolol 20 mg twice daily can be used to prevent frequent migraines.",
    "Giddiness on turning in bed is typical of BPPV and the Epley manoeuvre usually cures it.",
    "Betahistine 16 mg three times a day can be taken for the vertigo for a week.",
    "Low mood for more than two weeks with poor sleep is depression, and it is treatable.",
    "Sertraline 50 mg in the morning takes about four weeks to show its full effect.",
    "If you have thoughts of ending your life, please call a crisis line or go to the nearest emergency department "
    "now.",
    "Talking therapy with a psychologist works as well as medicine for mild anxiety.",
    "Cut down caffeine after noon and avoid alcohol as a sleep aid.",
    "Alcohol must be stopped completely, as the liver enzymes are three times normal.",
    "Hepatitis B vaccine three doses at 0, 1 and 6 months protects the family members.",
    "The yellow eyes with dark urine need liver function tests and an ultrasound of the abdomen.",
    "Pain in the right lower abdomen with fever may be appendicitis; please get examined in casualty today.",
    "Vomiting blood or passing black stools needs emergency care.",
    "Ondansetron 4 mg can be taken before meals for the nausea.",
    "A urine culture should be sent before starting nitrofurantoin 100 mg twice daily for five days.",
    "Cranberry juice does not cure a urine infection, but plenty of water helps.",
    "The creatinine of 2.1 shows reduced kidney function, so avoid painkillers like diclofenac.",
    "The rash with fever and joint pains after travel may be dengue; check the platelet count daily.",
    "Do not take aspirin or ibuprofen if dengue is suspected.",
    "Malaria is likely with the fever every alternate day, and a rapid test will confirm it.",
    "Typhoid is treated with azithromycin 500 mg once daily for seven days.",
    "Scabies spreads in families, so all members should apply permethrin 5% cream on the same night.",
    "Wash the bed sheets in hot water and dry them in the sun.",
    "Dandruff improves with ketoconazole 2% shampoo twice a week.",
    "Hair fall three months after a fever is telogen effluvium, and it grows back.",
    "Minoxidil 5% solution applied twice daily slows male pattern baldness.",
    "Use a sunscreen of SPF 30 or more every morning for the melasma.",
    "Benzoyl peroxide 2.5% gel at night helps the acne, but it may dry the skin at first.",
    "Isotretinoin needs monthly blood tests and strict contraception.",
    "Clean the wound with saline and apply mupirocin ointment twice daily.",
    "A tetanus injection is needed if the last dose was more than five years ago.",
    "A dog bite needs the rabies vaccine, and the wound should be washed with soap and running water for fifteen "
    "minutes.",
    "Ice the ankle for twenty minutes every few hours and keep it raised.",
    "Crepe bandage support and rest for two weeks usually heal a grade one sprain.",
    "Physiotherapy for six weeks will restore the shoulder movement.",
    "The frozen shoulder will improve slowly over months with daily pendulum exercises.",
    "Uric acid of 9 with a swollen big toe is gout, and colchicine 0.5 mg twice daily settles the attack.",
    "Avoid red meat, beer and sugary drinks to keep the uric acid down.",
    "Welcome the baby's weight gain of 25 g a day as a sign that breastfeeding is going well.",
    "Exclusive breastfeeding for six months is best for the baby.",
    "The newborn's yellow colour on the third day is usually physiological, but a bilirubin test is needed.",
    "Regular antenatal check ups and an anomaly scan at 20 weeks are important.",
    "Morning sickness usually settles by 14 weeks; eat small frequent meals and dry biscuits.",
    "Doxylamine with pyridoxine at bedtime is safe for nausea in pregnancy.",
    "Hot flushes after menopause can be eased by wearing cotton and avoiding spicy food.",
    "A Pap smear every three years is advised from the age of 21.",
    "The HPV vaccine protects against cervical cancer and can be given up to 26 years.",
    "Take care to keep the insulin pen in the fridge and not in the freezer.",
    "Dear parents often worry about thumb sucking, but it rarely harms the teeth before the age of four.",
    "Hope is not a treatment for a deep vein thrombosis; the swollen calf needs a Doppler scan today.",
    "Feel free to walk and climb stairs after the first week, but avoid lifting weights for six weeks after the "
    "surgery.",
    "Thanks to the vaccine, measles is rare now, but this child's rash and red eyes need to be reported.",
    "Mumbai clinics see many leptospirosis cases after the floods, so mention the wading in water to your doctor.",
    "Pantoprazole 40 mg before breakfast can be taken along with domperidone 10 mg for two weeks.",
    "Are you taking any other medicines, such as blood thinners or herbal products?",
    "How many hours of sleep do you get on most nights?",
    "Did the swelling appear after an insect bite or a new food?",
    "Query of diabetes is raised by the sugar in your urine, so a fasting blood sugar is needed.",
    "Help from a dietician will make the weight loss easier to keep up.",
    "Care of the stoma is easy to learn, and the stoma nurse will show you how.",
    "Kerala and other coastal areas report more scrub typhus, which doxycycline 100 mg twice daily treats.",
    "Walk for half an hour every evening.",
    "Eat three fresh fruits a day.",
    "Keep a bottle of water at your desk and sip through the day.",
    "Wear loose cotton clothes in the summer.",
)

OPEN24 = (
    "Hello~",
    "Hi {name},~",
    "HI.",
    "Hello and welcome to {site}.",
    "Hi, thanks for using {site}.~",
    "Dear {name},",
    "Dear Sir/Madam,",
    "DEAR FRIEND,",
    "Hello dear,~",
    "Hellow,",
    "Hai.",
    "Good morning {name}.",
    "Good evening, welcome to {site}.",
    "Namaste.",
    "Greetings from {site}!",
    "Welcome to {site}, I am {dr} and I will answer your query.",
    "I am {dr}, a consultant physician with 14 years of experience.",
    "I am {dr}, {deg}, a gynaecologist practising in {city}.",
    "This is {dr} from {city}.",
    "My name is {dr} and I have read your question carefully.",
    "Thanks for your query.",
    "Thank you for the query.~",
    "Thanks for writing to us.",
    "Thank you for posting your question on {site}.",
    "THANK YOU FOR ASKING {site_up}.",
    "Thanks for choosing {site} for your health query.",
    "Thanx for ur query.",
    "Thank u for the question.",
    "Many thanks for trusting us with your problem.",
    "Thank you {name} for the detailed history.",
    "I have gone through your query.",
    "I have gone through your query and understand your concern.~",
    "i have gone thru ur question in detail.",
    "I HAVE READ YOUR QUERY AND THE REPORTS.",
    "I have carefully gone through your history and the attached reports.",
    "I read your question and the details you have given.",
    "I went through the images you uploaded.",
    "Having gone through your question, I can understand your worry.",
    "I can understand your concern.",
    "I understand how worried you must be.",
    "I am sorry to hear about your problem.",
    "Sorry to know about your health issue.",
    "It must be very distressing for you.",
    "Don't worry, I am here to help you.",
    "Dont worry at all.",
    "Relax, nothing serious.",
    "Please don't panic.",
    "I will try to help you in the best possible way.",
    "I shall answer your question.~",
    "Let me help you with this.",
    "Welcome to {site}.",
    "Welcome to {site}.I am {dr}.~",
    "Welcome.~",
    "welcome to the forum",
    "Hi, {dr} here.",
    "Hello, I'm {dr} ({deg}).",
    "Hi there!",
    "Hey,",
    "Hello {name}, hope you are doing well.",
    "Hope you are fine.",
    "Hope this message finds you in good health.",
    "Hope I can help you today.",
    "Greetings of the day.",
    "Warm greetings.",
    "Hello Thanks for the query,~",
    "HelloThanks for the question.~",
    "Hi,Thanks for writing in.~",
    "Respected Sir,",
    "Dear patient,",
    "Dear Mrs. {name},",
    "Dear Mr {name},",
    "Hello friend,",
    "Hello from {city}!",
    "Hi, I am a pediatrician and I would like to answer your question.",
    "As a dermatologist with over ten years of practice, I would like to guide you.",
    "Thanks for contacting {site}, India's trusted doctor network.",
    "Welcome back to {site}, {name}.",
    "Thank you for the follow up question.",
    "Thank you for coming back with the reports.",
    "Thanks for the update.",
    "Good to hear from you again.",
    "I appreciate your concern for your mother.",
    "I appreciate that you have given such a clear history.",
    "Your query has been assigned to me.",
    "Thanks for the A2A.",
    "Merry Christmas, and thanks for writing.",
    "Eid Mubarak and thank you for your question.",
    "Jai Hind.",
    "Hello from Team {site}.",
    "Hi! I'm {dr}, an ENT surgeon with 9 yrs experience, and I'll be glad to help.",
    "Greetings {name}!!",
    "Hello, Mr./Ms. {name}.",
    "I am an orthopaedic surgeon at a {city} hospital and have read your query.",
    "Thank you very much for your patience and for sharing the reports.",
    "Hello,I have studied your case.~",
    "Hi and welcome to {site} - your online health partner.",
    "Sorry for the delay in replying.",
    "Dear {name_up},Thanks for writing.~",
    "Good afternoon!",
    "Hello dr here",
    "Thank you for your question, which I will answer point by point.",
)

CLOSE24 = (
    "Hope this helps.",
    "Hope I have answered your query.",
    "hope this helps u",
    "HOPE THIS HELPS YOU.",
    "Hope this information is useful to you.",
    "Hope I could clear your doubts.",
    "Hope you get well soon.",
    "Wish you good health.",
    "Wishing you a speedy recovery.",
    "Wish u a good health",
    "Wishing you and your baby all the best.",
    "Get well soon!",
    "All the best.",
    "Best of luck.",
    "Take care.",
    "Take care and stay safe.",
    "tc",
    "TC.",
    "Regards,",
    "Regards.",
    "rgds",
    "Best regards,",
    "Warm regards,",
    "Kind regards, {dr}",
    "Regards, {dr}, {deg}",
    "Thanks and regards, {dr}.",
    "Thanks & Regards",
    "Yours truly,",
    "Yours sincerely,",
    "Sincerely, {dr}",
    "{dr}",
    "{dr_up}",
    "{dr}, {deg}",
    "{dr} {deg}Consultant Physician, {city}",
    "{dr}.{deg}.~",
    "{dr}, Consultant Dermatologist, {city}.",
    "- {dr}",
    "-- {dr}, {city}",
    "Dr. {surname}",
    "{deg}",
    "Consultant Pediatrician",
    "General & Laparoscopic Surgeon, {city}",
    "Feel free to ask more questions.",
    "Feel free to contact me again.",
    "Feel free to write back if you have any more doubts.",
    "Please feel free to revert with the reports.",
    "You can ask me again if you have any doubts.",
    "For further queries you can ask me directly at {site}/ask-{surname_low}.",
    "You can consult me directly through the private query option on {site}.",
    "For a detailed consultation, book a paid call with me on {site}.",
    "For more information consult a psychiatrist online at {site}.",
    "Follow up with the reports after two weeks on this platform.",
    "Let me know if you need anything else.",
    "Do let me know how it goes.",
    "Write back to me with your reports.",
    "Revert back with the reports.",
    "Awaiting your reply.",
    "Looking forward to hearing from you.",
    "Please rate this answer if it was helpful.",
    "Kindly rate my answer and leave a review.",
    "If you liked my answer, please click on 'Thank the doctor'.",
    "Do not forget to rate this answer 5 stars.",
    "Please accept my answer if you are satisfied.",
    "Thank you.",
    "Thanks.",
    "THANKS",
    "Thanks for using {site}.",
    "Thank you for choosing {site}.",
    "Thanks for contacting us.",
    "Thanks again for your trust.",
    "You are welcome to ask again.",
    "Welcome to follow up.",
    "Good day!",
    "Have a nice day.",
    "Have a blessed day.",
    "God bless you.",
    "May God bless you with good health.",
    "Stay blessed.",
    "Happy Diwali.",
    "Happy new year in advance!",
    "Stay home, stay safe.",
    "Cheers!",
    "Bye.",
    "Don't worry, you will be fine.",
    "Nothing to worry about.",
    "Keep smiling.",
    "Hope you find this helpful, and do update me.",
    "Any more doubts, msg me.",
    "Regards,\n{dr}\n{deg}\n{city}",
    "With best wishes,\n{dr}",
    "{dr}\nConsultant Cardiologist\n{site}",
    "I remain at your service for any further help.",
    "Ask me anytime, I am available 24x7 on {site}.",
    "Book a video consultation with me for a detailed evaluation.",
    "Thank you for the opportunity to help you.",
    "Warm wishes for a happy and healthy life.",
    "God bless.Take care.~",
    "regards dr {surname_low}",
    "Happy to help.",
    "Eid Mubarak!",
)

DAMAGE24 = (
    "Apply the cream two times a Chat Doctor for ten days.",
    "Take the tablet once a Chat Doctor after food.",
    "I am Chat Doctor and I have seen your reports.",
    "You can visit Chat Doctor for the follow up.",
    "Please consult a Chat Doctor nearby for examination.",
    "Hi, Chat Doctor.",
    "Thanks for using Chat Doctor.",
    "Regards Chat Doctor.",
    "I would suggest you to get a Chat Doctor and a scan done.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity).",
    "Check the sugar levels every Chat Doctor in the morning.",
    "Wish you a Chat Doctor.",
)

NAMES24 = ("Priya", "Rahul", "anita", "MOHAMMED", "Sunita", "John", "Fatima", "ravi", "Meena", "Kevin", "Ayesha",
           "Suresh", "Lakshmi", "Tom", "Deepa", "Arjun")
SURNAMES24 = ("Sharma", "Iyer", "Khan", "Patel", "Reddy", "Menon", "Banerjee", "Gupta", "Fernandes", "Nair",
              "Joshi", "Rao", "Singh", "Mathew", "Kulkarni", "Das")
DR_FORMS24 = ("Dr. {first} {last}", "Dr {first} {last}", "DR. {FIRST} {LAST}", "dr.{first_low} {last_low}",
              "Dr.{first}{last}", "Doctor {first}", "Dr {initial}. {last}", "{first} {last}, MD",
              "Dr. {last} ({first})", "Dr {FIRST}")
SITES24 = ("HealthCareMagic", "healthcaremagic.com", "HCM", "iCliniq", "icliniq.com", "Chat Doctor", "ChatDoctor",
           "www.healthcaremagic.com", "'HealthcareMagic'", "\"iCliniq\"", "HealthCare Magic")
CITIES24 = ("Pune", "Mumbai", "CHENNAI", "Kolkata", "Bangalore", "Hyderabad", "Delhi", "kochi", "Lucknow",
            "Ahmedabad", "Nagpur", "Jaipur")
DEGREES24 = ("MBBS", "MBBS, MD(Med)", "M.B.B.S., D.N.B.", "MBBS MS (Ortho)", "MD, DM (Cardiology)",
             "MBBS, DDVL", "B.D.S., M.D.S.", "MBBS,DCH,MD(Paed)", "MD (Psychiatry)", "MRCP (UK)", "FRCS")
PATIENT24 = (
    "I have had a burning pain in my stomach for two weeks, worse at night. What should I do?",
    "my son is 3 yrs old and has fever since yesterday 101 F. pls advise",
    "Hello doctor, I am 45 and my knees hurt when I climb stairs. Is it arthritis?",
    "I am 28 weeks pregnant and feel nauseous all day. Is that normal?",
    "I got bitten by a street dog on my leg this morning. Do I need injections?",
    "Hi, my reports show TSH 8.2. Do I need medicine?",
    "I have a red itchy rash on my arms after using a new detergent.",
    "Sir my father has chest pain on walking and sweats a lot. He is 62 and diabetic.",
    "I have hair fall since I had typhoid three months back.",
    "Since last month I feel low, cannot sleep and lost interest in everything.",
    "My wife has irregular periods and acne and is gaining weight. We want a baby.",
    "I have a cough for four weeks and lost some weight. Should I worry?",
    "There is pain and swelling near my last tooth and I cannot open my mouth fully.",
    "I feel dizzy when I turn in bed. It lasts a few seconds.",
    "my sugar fasting is 180. what to do? i am 50 yrs male",
    "Blood in stool since a week, and I am 55. Is it piles?",
)
DESC24 = (
    "Q. What is the cause of this pain?", "Suggest treatment for fever in a child", "Is this serious?",
    "What does this report mean?", "Q. Kindly suggest a remedy.", "Suggest remedy for rash",
    "Could this be a heart problem?", "What medicine should I take?", "Q. Is it safe in pregnancy?",
    "Please help with my test results",
)


def _fields24(rng: random.Random) -> dict:
    first, last = rng.choice(NAMES24).capitalize(), rng.choice(SURNAMES24)
    dr = rng.choice(DR_FORMS24).format(first=first, last=last, FIRST=first.upper(), LAST=last.upper(),
                                       first_low=first.lower(), last_low=last.lower(), initial=first[0])
    site = rng.choice(SITES24)
    name = rng.choice(NAMES24)
    return {"name": name, "name_up": name.upper(), "dr": dr, "dr_up": dr.upper(), "surname": last,
            "surname_low": last.lower(), "deg": rng.choice(DEGREES24), "site": site, "site_up": site.upper(),
            "city": rng.choice(CITIES24)}


def _fill24(template: str, fields: dict) -> tuple[str, bool]:
    """A filled template and whether it is glued to the next piece (a trailing "~")."""
    glued = template.endswith("~")
    return template.rstrip("~").format_map(fields), glued


def _draw24(rng: random.Random, decks: dict, pool: tuple, k: int) -> list:
    """k distinct templates from a shuffled deck of the pool, so that every form is used about as often."""
    deck = decks.setdefault(pool, [])
    if len(deck) < k:
        deck.extend(rng.sample(pool, len(pool)))
    drawn = deck[:k]
    if len(set(drawn)) < k:
        return rng.sample(pool, k)
    del deck[:k]
    return drawn


def _pieces24(rng: random.Random, fields: dict, decks: dict) -> tuple[list, list, list]:
    """(text, glued, is_body) pieces of one answer, the body list and the plants list."""
    clean = rng.random() < 0.12
    n_open = 0 if clean else rng.choice((0, 1, 1, 1, 2, 2, 3))
    n_close = 0 if clean else rng.choice((0, 1, 1, 2, 2, 3))
    if not clean and n_open == n_close == 0:
        n_close = 1
    body = rng.sample(BODY24, rng.randint(2, 5))
    opens = [_fill24(t, fields) for t in _draw24(rng, decks, OPEN24, n_open)]
    closes = [_fill24(t, fields) for t in _draw24(rng, decks, CLOSE24, n_close)]
    middle = [(s, False) for s in body]
    if not clean and rng.random() < 0.22:
        middle.insert(rng.randint(0, len(middle)), (rng.choice(DAMAGE24), False))
    pieces = opens + middle + closes
    plants = [text for text, _ in pieces if text not in body]
    return pieces, body, plants


def _join24(rng: random.Random, pieces: list) -> str:
    """Spaces mostly, sometimes a newline or two, sometimes nothing after a full stop, nothing after a "~"."""
    out = pieces[0][0]
    for (prev, glued), (text, _) in zip(pieces, pieces[1:]):
        roll = rng.random()
        if glued or (roll < 0.15 and prev[-1:] in ".!?,"):
            sep = ""
        elif roll < 0.24:
            sep = rng.choice(("\n", "\n\n", " \n"))
        else:
            sep = " "
        out += sep + text
    return out


def make_row24(rng: random.Random, decks: dict | None = None) -> dict:
    """One answer; decks (shared across rows by make_blind24) spread the openers and closers evenly."""
    fields = _fields24(rng)
    pieces, body, plants = _pieces24(rng, fields, {} if decks is None else decks)
    return {"Description": rng.choice(DESC24), "Patient": rng.choice(PATIENT24),
            "Doctor": _join24(rng, pieces), "body": body, "plants": plants}


def make_blind24(n: int = ROWS24, seed: int = SEED24) -> list[dict]:
    rng = random.Random(seed)
    decks: dict = {}
    return [make_row24(rng, decks) for _ in range(n)]


def main() -> None:
    OUT24.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(row, ensure_ascii=False) for row in make_blind24()]
    OUT24.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows to {OUT24}")


if __name__ == "__main__":
    main()
