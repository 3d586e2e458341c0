"""Blind held-out set 16 for answer cleaning (medqa issue 24), with an iCliniq lean.

How it was made: every sentence below was written by hand for this file, without opening the dataset, the
cleaning code's data files, its tests or any other realistic set; the cleaner was never run on these rows. The
pools imitate how online doctors on question-and-answer sites write, with extra weight on the formal iCliniq
style: an opener that thanks or welcomes the patient, answers laid out under medical headings (a short
diagnosis, "Investigations", "Treatment", "Differential diagnosis") with numbered points, a closing referral
to a specialist online (with or without a link or an arrow), "revert back" invitations and signature blocks.
About one row in ten is a terse answer of one or two lines, and about one in ten carries no boilerplate.

Each row (`make_row16`) is a patient question plus a doctor's answer built from 0-3 openers, 2-5 medical
sentences of one specialty (1-2 in a terse answer), optionally one or two headed blocks whose heading lines
and numbered points are medical, 0-3 closers (a fifth of full answers gain a referral to a specialist online)
and, with chance one in five in rows that carry boilerplate, a damaged piece (the "Chat Doctor" placeholder
where a name, site or ordinary word stood, or the attachment-removed note). Pieces are joined by a space, a
newline, a blank line or, after a full stop, nothing; a template ending in "~" is glued to the next piece.
"body" lists the medical sentences and heading lines verbatim as they appear in "Doctor"; "plants" lists
every boilerplate or damaged piece verbatim. `main()` writes `tests/data/realistic_blind16.jsonl`.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED16 = 16_2026
ROWS16 = 200
OUT16 = Path(__file__).resolve().parent / "data" / "realistic_blind16.jsonl"

# Medical sentences by specialty: (topic, specialist slug, sentences).
TOPICS16 = {
    "cardio": ("cardiologist", [
        "Your ECG shows a normal sinus rhythm with no sign of a heart attack.",
        "The chest pain that comes on when you press the ribs is usually from the chest wall, not the heart.",
        "Please get a treadmill test done to rule out reduced blood supply to the heart muscle.",
        "Continue Tab. Amlodipine 5 mg once daily and check your blood pressure twice a week.",
        "A reading above 140/90 on three separate days means you have hypertension.",
        "Cut down salt to less than one teaspoon a day, including what is in pickles and papad.",
        "Palpitations after coffee are common and an extra beat now and then is harmless.",
        "A 2D echo will tell us how well the valves and the pumping chamber are working.",
        "If the chest pain spreads to the left arm or jaw with sweating, call an ambulance at once.",
        "Your LDL cholesterol of 168 mg/dL is high and a statin such as atorvastatin 10 mg at night is advisable.",
        "Walking briskly for 30 minutes five days a week lowers blood pressure by a few points.",
    ]),
    "derm": ("dermatologist", [
        "From the description this looks like a fungal infection of the groin, called tinea cruris.",
        "Apply Luliconazole 1 % cream twice daily over the patch and two centimetres around it for four weeks.",
        "Keep the area dry and wear loose cotton underwear.",
        "Do not apply steroid creams sold over the counter, as they make the fungus spread.",
        "Acne on the jawline in women is often linked to hormones, so a PCOS work-up is worthwhile.",
        "Use a gentle face wash twice a day and apply adapalene 0.1 % gel at night on the whole face.",
        "Sunscreen of SPF 30 or more should be reapplied every three hours when you are outdoors.",
        "The white patches may be vitiligo, and a Wood's lamp examination will confirm it.",
        "Take Tab. Levocetirizine 5 mg at bedtime for the itching for one week.",
        "Hair fall three months after a fever is usually telogen effluvium and recovers on its own.",
        "Moisturise the skin within three minutes of a bath to help the eczema heal.",
    ]),
    "gastro": ("gastroenterologist", [
        "The burning in the upper abdomen after meals points to acid reflux.",
        "Take Tab. Pantoprazole 40 mg half an hour before breakfast for two weeks.",
        "Avoid lying down for two hours after dinner and raise the head end of the bed.",
        "Spicy food, tea on an empty stomach and smoking all worsen gastritis.",
        "An ultrasound of the abdomen will show whether there are stones in the gall bladder.",
        "Your SGPT of 92 U/L with a fatty liver on scan needs weight loss and a repeat test in three months.",
        "Black tarry stools can mean bleeding in the stomach and need an emergency visit today.",
        "Add a bowl of fruit and two glasses of extra water daily to ease the constipation.",
        "Take Syrup Lactulose 15 mL at bedtime until the stools are soft.",
        "A stool test for occult blood and an H. pylori antigen test would be useful.",
        "If vomiting does not stop or you cannot keep fluids down, go to the nearest hospital for IV fluids.",
    ]),
    "neuro": ("neurologist", [
        "A band-like headache at the end of a long working day is typical of tension-type headache.",
        "One-sided throbbing headache with nausea and dislike of light suggests migraine.",
        "Take Tab. Naproxen 500 mg at the start of the attack, no more than twice a week.",
        "Keep a headache diary noting sleep, meals, screen time and the days of your periods.",
        "Sleep for seven to eight hours at fixed times, as both too little and too much sleep trigger migraine.",
        "Tingling in both feet in a diabetic is most often peripheral neuropathy.",
        "Get your vitamin B12 level checked, because a low level causes numbness and poor memory.",
        "Sudden weakness of one side, slurred speech or a drooping face needs emergency care within minutes.",
        "An MRI of the brain is not needed for a headache with a normal neurological examination.",
        "Propranolol 20 mg twice daily can be started to prevent frequent migraine attacks.",
    ]),
    "peds": ("pediatrician", [
        "Fever for two days with a runny nose in a toddler is most likely a viral infection.",
        "Give paracetamol syrup at 15 mg per kg of body weight every six hours if the fever is above 100 F.",
        "Sponge the child with lukewarm water, not cold water.",
        "Continue breastfeeding, and babies are welcome to feed more often than usual while they are unwell.",
        "Watch for fast breathing, refusal of feeds, drowsiness or a rash that does not fade on pressing.",
        "If the fever lasts more than three days, a complete blood count and urine test should be done.",
        "Loose stools in a child need ORS after every stool, about half a cup for a two-year-old.",
        "Zinc 20 mg daily for fourteen days shortens the diarrhoea and protects against the next episode.",
        "Thanks to the vaccine, chickenpox in a vaccinated child is usually mild.",
        "A child who has had a seizure with fever should be seen by a doctor the same day.",
        "Weight gain of 200 g a week is normal for a baby of this age.",
    ]),
    "gyn": ("gynecologist", [
        "A cycle of 24 to 38 days is within normal limits.",
        "Irregular periods with weight gain and facial hair suggest polycystic ovary syndrome.",
        "Get an ultrasound of the pelvis on day two or three of the cycle along with LH, FSH and prolactin.",
        "A urine pregnancy test taken a week after the missed period is reliable.",
        "Spotting for a day around the middle of the cycle is usually ovulation bleeding and harmless.",
        "Take Tab. Mefenamic acid 500 mg three times a day during the first two days of the period for cramps.",
        "Folic acid 5 mg daily should be started three months before you plan a pregnancy.",
        "White discharge with itching and a curdy look is usually a yeast infection.",
        "Insert one clotrimazole vaginal tablet at night for six nights.",
        "Heavy bleeding soaking a pad every hour needs an emergency visit.",
        "Losing even five percent of body weight often brings the periods back to a regular pattern.",
    ]),
    "ortho": ("orthopedician", [
        "Low back pain that does not travel down the leg is mostly muscular and settles in a few weeks.",
        "Apply a hot water bag for fifteen minutes three times a day.",
        "Take Tab. Aceclofenac 100 mg twice daily after food for five days.",
        "Avoid bending forward to lift weights and sleep on a firm mattress.",
        "Pain shooting down the leg below the knee with numbness suggests a slipped disc pressing on a nerve.",
        "An MRI of the lumbar spine is advised if the leg pain lasts beyond six weeks.",
        "Loss of control over urine or stools with back pain is an emergency and needs a hospital at once.",
        "Knee pain on climbing stairs at your age is usually early osteoarthritis.",
        "Quadriceps strengthening exercises done daily are the most useful treatment for knee pain.",
        "There is good hope of full recovery once the fracture unites, which takes about six weeks.",
        "Get your vitamin D level checked, as a deficiency causes aches all over the body.",
    ]),
    "ent": ("ENT specialist", [
        "A sore throat with fever and white spots on the tonsils may be a bacterial tonsillitis.",
        "Take Cap. Amoxicillin 500 mg three times a day for seven days and finish the full course.",
        "Gargle with warm salt water four times a day.",
        "Do not put oil or earbuds into the ear.",
        "Ear pain after a cold is usually a middle ear infection and needs an ear examination.",
        "Steam inhalation twice a day will help loosen the blocked nose.",
        "Use Fluticasone nasal spray, two puffs in each nostril once daily, for the allergic rhinitis.",
        "Hoarseness lasting more than three weeks needs a look at the vocal cords with a scope.",
        "Ringing in the ears after loud music often fades within a day or two.",
        "Sudden loss of hearing in one ear is an emergency and steroids work best in the first 72 hours.",
    ]),
    "uro": ("urologist", [
        "Burning while passing urine with frequent urge suggests a urinary tract infection.",
        "Get a urine routine and culture test done before starting antibiotics.",
        "Take Tab. Nitrofurantoin 100 mg twice a day for five days.",
        "Drink at least three litres of water a day unless your doctor has restricted fluids.",
        "A 6 mm kidney stone usually passes on its own within four weeks.",
        "Tamsulosin 0.4 mg at night relaxes the ureter and helps the stone pass.",
        "Fever with chills and pain in the flank means the infection has reached the kidney and needs admission.",
        "Weak stream and getting up at night to pass urine in men over fifty are signs of an enlarged prostate.",
        "A PSA blood test and an ultrasound with post-void residual volume will help decide treatment.",
        "Cut down lemon-free colas and very salty food, which encourage stones.",
    ]),
    "endo": ("endocrinologist", [
        "Your TSH of 8.4 with a normal T4 is subclinical hypothyroidism.",
        "Start Tab. Levothyroxine 25 mcg on an empty stomach every morning.",
        "Take the thyroid tablet with plain water and wait 30 minutes before tea or breakfast.",
        "Repeat the TSH after six weeks so that the dose can be adjusted.",
        "A fasting sugar of 132 mg/dL on two occasions confirms diabetes.",
        "An HbA1c below 7 % is the target for most adults with diabetes.",
        "Metformin 500 mg twice daily after meals is the usual first medicine.",
        "Check your feet every night for cuts or blisters, as diabetes dulls the feeling in them.",
        "Sweating, shaking and confusion on insulin mean low sugar, so take three spoons of sugar in water.",
        "Replace white rice with millets or brown rice for at least one meal a day.",
    ]),
    "psych": ("psychiatrist", [
        "Racing heart, fear of dying and breathlessness that pass in twenty minutes are typical of a panic attack.",
        "Slow breathing, in for four counts and out for six, calms a panic attack.",
        "Cognitive behavioural therapy with a psychologist works well for anxiety.",
        "Tab. Escitalopram 5 mg once daily can be started and increased after two weeks.",
        "Do not stop the medicine suddenly; it has to be tapered under supervision.",
        "Keep a fixed bedtime and avoid screens for an hour before sleep.",
        "Avoid alcohol as a sleep aid, since it breaks up sleep later in the night.",
        "Loss of interest, poor sleep and low mood for more than two weeks suggest depression.",
        "Speak to a dear friend or family member about how you feel, as it lightens the load.",
        "If you have thoughts of harming yourself, go to the nearest emergency department or call a helpline now.",
    ]),
    "resp": ("pulmonologist", [
        "A dry cough that lasts three weeks after a cold is usually post-viral and settles slowly.",
        "Wheezing at night and on exercise points to asthma.",
        "A spirometry test before and after an inhaler will confirm the diagnosis.",
        "Use the Budesonide-formoterol inhaler, one puff twice daily, with a spacer.",
        "Rinse your mouth after using the steroid inhaler to prevent thrush.",
        "Get a chest X-ray done if the cough brings up blood or you are losing weight.",
        "A cough for more than two weeks with evening fever needs a sputum test for tuberculosis.",
        "Stopping smoking is the single most useful step for your lungs.",
        "If your lips turn blue or you cannot speak in full sentences, go to the emergency room.",
        "Oxygen saturation below 94 % on the pulse oximeter needs a doctor to see you today.",
    ]),
}

# Medical or plain-advice sentences that fit any specialty; some use courtesy words in a medical sense.
GENERAL16 = [
    "The report says query appendicitis, which means the radiologist suspects it but is not sure.",
    "Intensive care is needed only if the oxygen level or blood pressure falls.",
    "With regards to the dose, 500 mg twice a day is enough for your weight.",
    "Drink plenty of water through the day.",
    "Walk for half an hour every morning.",
    "Eat dinner early and keep it light.",
    "Do not take any medicine without a prescription.",
    "Stress can make these symptoms worse, so try yoga or a short walk in the evening.",
    "These tablets can cause mild drowsiness, so do not drive after taking them.",
    "Go to the emergency department at once if you feel faint or the pain becomes severe.",
    "Bring all your old reports and the list of medicines when you see the doctor.",
    "A healthy diet with green vegetables, fruits and pulses will help.",
    "The small cyst seen on the report is harmless and needs no treatment.",
    "This is not cancer, and there is no need for a biopsy at this stage.",
    "You can carry on with your daily work.",
]

BODY16 = [s for _, sentences in TOPICS16.values() for s in sentences] + GENERAL16

# Differential diagnoses by topic, used as numbered points under a heading.
DDX16 = {
    "cardio": ["Costochondritis.", "Acid reflux.", "Stable angina."],
    "derm": ["Tinea corporis.", "Contact dermatitis.", "Psoriasis."],
    "gastro": ["Gastritis.", "Gall bladder stones.", "Peptic ulcer."],
    "neuro": ["Tension-type headache.", "Migraine without aura.", "Sinusitis."],
    "peds": ["Viral fever.", "Urinary tract infection.", "Ear infection."],
    "gyn": ["Polycystic ovary syndrome.", "Thyroid disorder.", "High prolactin."],
    "ortho": ["Lumbar muscle strain.", "Lumbar disc prolapse.", "Sacroiliac joint pain."],
    "ent": ["Acute tonsillitis.", "Viral pharyngitis.", "Peritonsillar abscess."],
    "uro": ["Cystitis.", "Ureteric stone.", "Pyelonephritis."],
    "endo": ["Subclinical hypothyroidism.", "Hashimoto thyroiditis.", "Iodine deficiency."],
    "psych": ["Panic disorder.", "Generalised anxiety disorder.", "Thyroid overactivity."],
    "resp": ["Cough variant asthma.", "Post-nasal drip.", "Acid reflux cough."],
}
HEADINGS16 = {
    "summary": ["Probable diagnosis:", "Provisional diagnosis:", "Most likely diagnosis -", "Impression:", "Summary:",
                "In brief:"],
    "ddx": ["Differential diagnosis:", "Differential diagnoses:", "DIFFERENTIAL DIAGNOSIS:", "Possibilities are:"],
    "tests": ["Investigations:", "Investigations to be done:", "INVESTIGATIONS:", "Suggested tests:"],
    "treat": ["Treatment:", "Treatment plan:", "TREATMENT:", "Management:", "Precautions:"],
}
NUMBERING16 = ["{i}. ", "{i}) ", "{i}.", "- "]

# Patient questions: (topic, description, patient text); {age} is filled per row.
PATIENT16 = [
    ("cardio", "Q. Is pain on the left side of my chest a heart problem?",
     "Hello doctor, I am {age} years old and get a pricking pain on the left side of the chest for a week. "
     "It hurts more when I press there. My ECG is attached. Please advise."),
    ("cardio", "My BP is 150/95, do I need medicine?",
     "Hi, my blood pressure was 150/95 at the pharmacy twice this month. I am {age}, a smoker, and my father "
     "had a stroke. Do I need tablets?"),
    ("derm", "Q. How to get rid of an itchy rash in the groin?",
     "Hi doctor, I have had an itchy red ring-shaped rash in the groin for a month. I used a cream from the "
     "chemist and it got better and then spread. I am {age} years old."),
    ("derm", "Acne on chin and jaw, what should I do?",
     "Hello. I am a {age} year old woman with painful pimples on my jaw that come before my periods. My periods "
     "are also late most months."),
    ("gastro", "Q. Why do I get a burning in my stomach after eating?",
     "Dear doctor, for two months I have a burning in the upper stomach after meals and sour belching at "
     "night. I drink four cups of tea a day. Age {age}."),
    ("gastro", "What does fatty liver grade 1 with raised SGPT mean?",
     "my ultrasound says grade 1 fatty liver and sgpt is 92. i am {age} male, weight 88 kg, no alcohol. is it "
     "dangerous"),
    ("neuro", "Q. I get headaches every evening. What could be the cause?",
     "Hello doctor, I am {age} and work on a computer all day. I get a tight headache around my forehead most "
     "evenings. It goes away with sleep."),
    ("neuro", "Tingling in feet, I am diabetic",
     "Sir, my mother is 62 and diabetic for ten years. She has tingling and burning in both feet at night. "
     "What tests should we do?"),
    ("peds", "Q. My son has fever for two days. Should I worry?",
     "Hi doctor, my son is two years old and has had fever up to 101 F with a runny nose since two days. He is "
     "playing and eating a little less. What medicine can I give?"),
    ("peds", "Baby has loose motions since yesterday",
     "My baby is 14 months old and has passed six watery stools since yesterday. No blood. She is drinking "
     "milk. Please help, I am worried."),
    ("gyn", "Q. My periods are irregular and I am gaining weight. Is it PCOS?",
     "Hello doctor, I am {age} years old. My periods come every 45 to 60 days and I have gained 8 kg in a "
     "year. I also have hair on my chin. Kindly guide me."),
    ("gyn", "White discharge with itching",
     "Hi, I am {age} and married. I have a thick white discharge with itching for five days. Is it an "
     "infection? What should I use?"),
    ("ortho", "Q. I have lower back pain after lifting a heavy bag. What should I do?",
     "Hello sir, I am {age} years old. I lifted a heavy suitcase three days ago and since then I have pain in "
     "the lower back. No pain in the legs."),
    ("ortho", "Knee pain while climbing stairs",
     "Respected doctor, my age is {age}. Both my knees hurt when I climb stairs and there is a cracking sound. "
     "Please suggest treatment."),
    ("ent", "Q. I have a sore throat with fever. Do I need antibiotics?",
     "Hi doctor, I am {age} years old and have a painful throat and fever of 102 F since yesterday. I can see "
     "white spots on my tonsils."),
    ("ent", "Blocked nose and sneezing every morning",
     "I am {age}, I sneeze 20 times every morning and my nose is blocked. It is worse in winter. Please "
     "help."),
    ("uro", "Q. I have burning urination. What should I do?",
     "Hello doctor, I am a {age} year old woman. I have burning while passing urine and I need to go every "
     "half hour since yesterday. No fever."),
    ("uro", "6 mm stone in left ureter",
     "Hi, my CT shows a 6 mm stone in the left ureter. I had severe pain last night. I am {age}. Will it pass "
     "or do I need surgery?"),
    ("endo", "Q. My TSH is 8.4. Do I need thyroid tablets?",
     "Hello doctor, I am {age} years old and feel tired all the time. My TSH came 8.4 and T4 is normal. "
     "Should I start medicine?"),
    ("endo", "Fasting sugar 132, am I diabetic?",
     "Dear sir, my fasting sugar was 132 and then 128 the next week. I am {age} years old and overweight. "
     "What should I do now?"),
    ("psych", "Q. Why does my heart race suddenly and I feel I will die?",
     "Hello doctor, I am {age}. Three times this month my heart started racing, I felt breathless and thought "
     "I would die. It passed in 15 minutes. ECG was normal."),
    ("psych", "Cannot sleep at night for a month",
     "Hi, I am {age} years old. For a month I cannot sleep before 3 am and I feel low and tired. I have lost "
     "interest in my work."),
    ("resp", "Q. I have had a dry cough for three weeks after a cold. Is it serious?",
     "Hello doctor, I am {age} years old. I had a cold three weeks ago and the dry cough has not gone. It is "
     "worse at night. No fever now."),
    ("resp", "Wheezing at night",
     "Doctor, my chest makes a whistling sound at night and when I run. I am {age}. My mother has asthma."),
]

NAMES16 = ["Priya", "Rahul", "Mr. Sharma", "Mrs. Khan", "Anita", "John", "Sarah", "Ravi", "Fatima", "Deepak",
           "Meenakshi", "Arjun", "Ms. Lopez", "Kavya", "Imran", "Tom", "Lakshmi", "Sunil", "Emma", "Ahmed"]
DOCTORS16 = ["Anil Kumar", "Meera Iyer", "Sanjay Gupta", "R. K. Verma", "Shalini Rao", "Mohammed Rafiq",
             "Pradeep Nair", "Kavitha Subramanian", "Vikram Singh", "Nisha Agarwal", "Suresh Babu", "Ajay Patil",
             "Farhan Qureshi", "Lata Menon", "Rajesh Chandra", "Pooja Desai", "Harish Reddy", "Deepa Joshi"]
DEGREES16 = ["MBBS, MD", "MBBS, MD (Medicine)", "MBBS, DNB (Ortho)", "MD(Med)", "MBBS, MS (ENT)", "MBBS, DCH",
             "MBBS, DGO, DNB", "MD (Dermatology)", "MBBS MD DM (Cardiology)", "MBBS, MRCP (UK)", "M.B.B.S., M.D."]
CITIES16 = ["Pune", "Chennai", "Hyderabad", "Kochi", "Lucknow", "Jaipur", "Bengaluru", "Kolkata", "Nagpur",
            "Indore", "Mumbai", "New Delhi", "Coimbatore", "Mysore"]
SITES16 = ["iCliniq", "icliniq.com", "HealthcareMagic", "Healthcare Magic", "HCM", "www.healthcaremagic.com",
           "icliniq", "ICliniq"]
SLUG16 = {"cardiologist": "cardiologist", "dermatologist": "dermatologist",
          "gastroenterologist": "gastroenterologist", "neurologist": "neurologist",
          "pediatrician": "pediatrician", "gynecologist": "obstetrician-and-gynaecologist",
          "orthopedician": "orthopaedician-and-traumatologist", "ENT specialist": "ent-otolaryngologist",
          "urologist": "urologist", "endocrinologist": "endocrinologist", "psychiatrist": "psychiatrist",
          "pulmonologist": "pulmonologist", "general physician": "general-practitioner"}

# Openers. A template ending in "~" is glued to the next piece with no space.
OPEN16 = [
    "Hi.", "Hello,", "Hello~", "Hi {name},", "Dear {name},", "Hi {name}~", "Thanks for your query.",
    "Thank you for the query.~", "Hi. Thank you for posting your query.", "Welcome to {site}.",
    "Welcome to {site}. I have gone through your query and understand your concern.",
    "Hello. I have gone through your query in detail.",
    "Hi, I have read your question and the attached reports carefully.", "I can understand your concern.",
    "I understand how worrying this must be for you.", "Thanks for choosing {site} for your health query.",
    "Hello and welcome to {site}.", "Greetings from {site}!", "HELLO AND WELCOME TO {SITE}.",
    "Good morning {name}.", "Good evening, and thank you for trusting us with your question.",
    "I am Dr. {doc}, {a_spec} with {years} years of experience, and I will answer your query.",
    "This is Dr {doc} ({deg}) answering your query.", "Hi, Dr. {doc} here.", "Namaste,", "Hi there!",
    "Hey {name},", "Respected {name},", "Hello dear,", "Hello dear~", "Dear friend,",
    "Thanks for writing in to us.", "Thank you for your question on {site}.", "Thanks for contacting {site}.",
    "Hi! Thanks for the detailed history.", "Thank you for sharing the reports.",
    "Thank you for the information provided.", "Thanks for the query. I appreciate your concern.",
    "It is good that you asked before taking any medicine.", "Don't worry, I am here to help you.",
    "I can feel your anxiety, and I will try to answer each of your questions.", "Thanks 4 ur query.",
    "Hi, thnx for the query.", "Hlo,", "Helo, welcome to {site}.", "Thank you for your querry.",
    "Hi, I have gone throught your query and I understand your concern.", "Hello, Welcome to {site}.~",
    "Thanks for asking on {site}.~", "Hello {name}, thanks for writing to {site}.",
    "Hello {name}. Welcome to {site}. I am Dr. {doc} and I have read your question.",
    "Welcome to {site}, {name}. I am glad you wrote to us.",
    "Thank you for posting your query at {site}. I have noted your symptoms.",
    "Thank you for consulting me on {site}.", "I thank you for trusting me with this question.",
    "Many thanks for your question.", "Thanks a lot for the query.", "Hi, thanks for reaching out.",
    "Thank you for reaching out to us at {site}.", "Hello. Thank you for your trust in {site}.",
    "Hello, thank you for the detailed history and reports.", "I read your message carefully.",
    "I understand your worry.", "Sorry to hear about your problem.", "Sorry to know about your health issue.",
    "I am sorry to hear that you are going through this.", "Hi, Welcome to the forum.",
    "Hello and thank you for using {site}.", "Hello, I am Dr. {doc}, {spec} from {city}.",
    "Hi, I am Dr. {doc}. I have read your question carefully and here is my opinion.",
    "I am Dr. {doc} and I have {years} years of experience in treating such cases.",
    "Greetings! I am Dr. {doc}, {deg}, consultant {spec}.",
    "Hi, welcome to {site}. I'm Dr. {doc} and I'll be happy to help you today.", "Dear Sir/Madam,",
    "Dear Sir,", "Dear Madam,", "Hello Mam,", "Hi mam,", "Dear patient,", "Greetings of the day!",
    "Good day to you.", "Hello! Hope you are doing well.", "Hi, hope you are feeling better now.",
    "Hope this finds you well.", "Happy Diwali, and thanks for your query.",
    "Eid Mubarak! Thank you for writing to us.", "Merry Christmas! Thanks for writing in.",
    "Jai Shri Krishna. Thanks for the question.", "HI, THANKS FOR YOUR QUERY.", "THANK YOU FOR YOUR QUESTION.",
    "Hi.Thanks for the query.", "Hello,~", "Thanks for your query, {name}.~",
    "Hi, thanks for the query on {site}, {name}.", "Thanks for using {site} services.",
    "Thank you for your patience in waiting for the answer.", "Thanks for the follow-up query.",
    "Welcome back, {name}.", "Hi again, and thanks for the update.", "Hello {name}!\nGreetings from Dr. {doc}.",
    "Hi,\nThanks for your query on {site}.", "Hi~", "Hi there~", "Dear Madam~", "Hello {name}~", "Namaste~",
    "Greetings~", 'Thank you for using "{site}".', "Welcome to '{site}', {name}.", "Hello sir, hope you are fine.",
    "Hi, kindly find my reply below.", "Dear {name}, I have gone through your question with all the details.",
]

# Closers: wishes, invitations, referrals, rating requests, adverts and signatures.
CLOSE16 = [
    "Hope this helps.", "Hope this helps you.", "I hope this answers your question.",
    "Hope I have answered your query. Let me know if I can assist you further.", "Hope I have cleared your doubts.",
    "Wish you good health.", "Wishing you a speedy recovery.", "Get well soon.", "Take care.", "Take care~", "tc",
    "Regards,", "Regards~", "Rgds", "Regards, Dr. {doc}", "Regards\nDr. {doc}, {deg}\n{city}",
    "Dr. {doc} {deg}Consultant {spec}, {city}", "Dr {doc}", "DR. {DOC}, {city}", "Thanks and regards,\nDr. {doc}",
    "With best wishes, Dr. {doc}.", "Best wishes.", "All the best.", "Good luck.", "God bless you.",
    "May God bless you with good health.", "Stay safe and healthy.", "Feel free to ask if you have more questions.",
    "Feel free to revert back with the reports.", "Revert back with the reports to {a_spec} online --> {link}",
    "For more information consult {a_spec} online --> {link}",
    "For further information consult {a_spec} online.--->{link}", "For more information consult {a_spec} online -->",
    "For more information consult {a_spec} online.", "Consult {a_spec} online for further follow up -> {link}",
    "For further queries consult {a_spec} online --> {link}", "For further doubts consult {a_spec} online.",
    "To know more consult {a_spec} online --> {link}",
    "Revert back after two weeks to {a_spec} online for further follow up --> {link}",
    "Revert back with the test results to discuss further.", "Kindly revert back after the tests.",
    "Please revert back if you have further doubts.", "Do revert back with the report.",
    "You can revert back to me with your reports for further guidance.",
    "Feel free to revert back for any clarification.", "Let me know if you need further help.",
    "Let me know if you have any more queries.", "If you have any other query, you can ask me directly at {site}.",
    "You can ask me a direct question on {site} by using my name, Dr. {doc}.",
    "For a detailed consultation, you can book a private consultation with me.",
    "For a one-to-one consultation with me, click on 'Ask a Doctor' and choose Dr. {doc}.",
    "I am available for a paid follow-up consultation if needed.", "Please rate this answer if you found it useful.",
    "Kindly rate the answer and close the discussion.", "If you are satisfied, please give five stars to the answer.",
    "Please click on 'Helpful' if the answer helped you.", "Please do not forget to rate my answer.",
    "Thanks for using {site}.", "Thank you for choosing {site}.",
    "Thanks for writing to {site}. Wishing you good health.",
    "Thank you.", "Thanks.", "Thanks again.", "Thank you and take care.", "Thank you for the query, and take care.",
    "I hope you feel better soon.", "Hope you get well soon.", "Wishing you and your family good health.",
    "Happy Diwali to you and your family.", "Wishing you a happy new year and good health.",
    "Ramadan Kareem, stay healthy.", "HOPE THIS HELPS. TAKE CARE.", "GET WELL SOON.", "Hope it helps.Take care.",
    "Hope this helps~", "Wish u good health.", "Hope dis helps.", "Regard's", "Best regads,\nDr. {doc}",
    "Yours sincerely,\nDr. {doc}\n{deg}", "Dr. {doc}, {deg}, Consultant {spec}, {city}.",
    "Dr. {doc}\n{deg}\nConsultant {spec}\n{city}", "- Dr. {doc}", "Dr. {doc} ({spec}), {site}",
    "Answered by Dr. {doc}, {site} panel doctor.", "Regards, Dr. {doc}, {deg}, {years} years of experience.",
    "For further queries, you may contact me at {site}.", "Visit {site} for more information on this.",
    "Follow up with me after a week with the reports.", "I will be happy to help you further.", "Happy to help.",
    "Glad to help you.", "It was my pleasure to answer your question.", "I hope my answer was of help to you.",
    "Feel free to discuss further.", "You can discuss with me anytime.", "Keep me posted.",
    "Goodbye and take care.", "Have a nice day.", "Have a great day ahead!", "Stay blessed.", "Take care, {name}.",
    "Bye.", "Cheers.", 'Thanks for choosing "{site}".', "Kindly do the needful and revert.",
    "I hope this helps. For further follow up consult {a_spec} online --> {link}",
    "Thanks and regards~", "Best wishes~", "Get well soon~",
    "For further follow up consult {a_spec} online.\n{link}",
    "To discuss with {a_spec} online, click here ---> {link}", "For more details consult {a_spec} online ->",
    "Consult {a_spec} online for a detailed opinion --> {link}", "Follow up with {a_spec} online --> {link}",
    "If you need further help, consult {a_spec} online.", "Revert back to {a_spec} online after the tests.",
    "For further clarification, consult {a_spec} online -->{link}",
]

# Damaged pieces: the placeholder where a name, site or ordinary word stood, and the attachment note. Those
# that stand for a greeting open the answer, those that stand for a sign-off close it.
DAMAGE_START16 = ["Hello Chat Doctor,", "Thanks for contacting Chat Doctor.", "Welcome to Chat Doctor, {name}.",
                  "I am Chat Doctor, a general physician."]
DAMAGE_MID16 = [
    "Apply the cream twice a Chat Doctor for two weeks.", "(attachment removed to protect patient identity)",
    "Take one tablet thrice a Chat Doctor after food.",
    "I have gone through your reports (attachment removed to protect patient identity).",
    "Your Chat Doctor is right to suggest an ultrasound.", "Consult a Chat Doctor in person for an examination.",
    "The pain should settle in a Chat Doctor days.", "Drink 2 to 3 liters of water per Chat Doctor.",
    "Your sugar level is Chat Doctor and needs to be checked again.",
]
DAMAGE_END16 = ["Hope this helps. Chat Doctor.", "For further queries consult Chat Doctor.com.",
                "Regards, Chat Doctor.", "Chat Doctor. Physician, {city}"]
DAMAGE16 = DAMAGE_START16 + DAMAGE_MID16 + DAMAGE_END16

TEST_WORDS16 = ("test", "scan", "MRI", "ultrasound", "X-ray", "level", "ECG", "echo", "culture", "count",
                "spirometry", "examination", "TSH", "HbA1c", "PSA")
TREAT_WORDS16 = ("Tab.", "Cap.", "Syrup", "mg", "Apply", "Take", "cream", "inhaler", "spray", "Use ", "Insert",
                 "Gargle")
GREETINGS16 = ("Hi", "Hello", "Dear", "Hey", "Respected", "Namaste", "Hlo", "Helo", "Good ", "Greetings", "HI")
SIGNOFFS16 = ("Dr", "DR", "- Dr", "Regard", "Rgds", "Best regads", "Yours", "Thanks and regards", "With best",
              "Answered by")
SHORT16 = 40  # terse answers take only openers and closers shorter than this many characters


def _context(rng: random.Random, spec: str) -> dict:
    """One doctor, patient name and site per row, so a signature matches its self-introduction."""
    doc, site = rng.choice(DOCTORS16), rng.choice(SITES16)
    return {"name": rng.choice(NAMES16), "doc": doc, "DOC": doc.upper(), "deg": rng.choice(DEGREES16),
            "city": rng.choice(CITIES16), "site": site, "SITE": site.upper(), "spec": spec,
            "a_spec": ("an " if spec[0] in "AEIOUaeiou" else "a ") + spec,
            "link": f"https://www.icliniq.com/ask-a-doctor-online/{SLUG16[spec]}", "years": rng.randint(5, 30)}


def _piece(template: str, ctx: dict) -> tuple[str, bool]:
    """The filled text and whether it is glued to the next piece."""
    glued = template.endswith("~")
    return template.rstrip("~").format(**ctx), glued


def _block(rng: random.Random, kind: str, topic: str, unused: list[str]) -> list[str]:
    """An iCliniq-style headed section: a heading line then numbered points (all medical)."""
    heading = rng.choice(HEADINGS16[kind])
    if kind == "summary":
        return [f"{heading} {DDX16[topic][0]}"]
    if kind == "ddx":
        items = DDX16[topic][: rng.randint(2, 3)]
    else:
        words = TEST_WORDS16 if kind == "tests" else TREAT_WORDS16
        items = [s for s in unused if any(w in s for w in words)]
        if not items:
            return []
        items = rng.sample(items, min(len(items), rng.randint(1, 3)))
    number = rng.choice(NUMBERING16)
    return [heading] + [number.format(i=i) + item for i, item in enumerate(items, 1)]


def _join(rng: random.Random, left: str, right: str, glued: bool, terse: bool) -> str:
    """Space, newline, blank line or (after a full stop, before a capital) nothing."""
    if glued:
        return ""
    if terse:
        return "\n"
    if "\n" in left or "\n" in right:
        return rng.choice(["\n", "\n", "\n\n"])
    joins = [" "] * 6 + ["\n"] * 3 + ["\n\n"]
    if left.endswith(".") and right[:1].isupper():
        joins += [""]
    return rng.choice(joins)


def _medical(rng: random.Random, topic: str, terse: bool) -> tuple[list[str], list[str]]:
    """Medical pieces (a headed block is one piece of several lines) and the body lines they hold."""
    _, sentences = TOPICS16[topic]
    if terse:
        picked = rng.sample(sentences, rng.randint(1, 2))
        return picked, list(picked)
    pool = sentences + rng.sample(GENERAL16, rng.choice([0, 1, 1]))
    pieces = rng.sample(pool, rng.randint(2, 5))
    body = list(pieces)
    if rng.random() < 0.4:
        kinds = rng.sample(list(HEADINGS16), rng.randint(1, 2))
        for kind in sorted(kinds, key=list(HEADINGS16).index):
            lines = _block(rng, kind, topic, [s for s in sentences if s not in body])
            if not lines:
                continue
            at = rng.randint(0, 1) if kind == "summary" else len(pieces) - rng.choice([0, 0, 1])
            pieces.insert(at, "\n".join(lines))
            body += lines
    return pieces, body


def _not_greeting(template: str) -> bool:
    """Salutations come before thanks and introductions."""
    return not template.startswith(GREETINGS16)


def _signature(template: str) -> bool:
    """Sign-offs and signature blocks come last."""
    return template.startswith(SIGNOFFS16)


def _edges(rng: random.Random, ctx: dict, terse: bool) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Distinct filled openers and closers; a terse answer takes at most one short one of each."""
    if terse:
        opens = [t for t in OPEN16 if len(t) < SHORT16]
        closes = [t for t in CLOSE16 if len(t) < SHORT16]
        n_open, n_close = rng.choice([0, 1, 1]), rng.choice([0, 0, 1])
    else:
        opens, closes = OPEN16, CLOSE16
        n_open, n_close = rng.choice([0, 1, 1, 1, 2, 2, 3]), rng.choice([0, 1, 1, 2, 2, 3])
    picked = rng.sample(opens, len(opens))
    greeting = [t for t in picked if not _not_greeting(t)][:1]
    others = [t for t in picked if _not_greeting(t) and "hank" not in t]
    others = [t for t in picked if _not_greeting(t) and "hank" in t][:1] + others
    chosen = (greeting + others)[:n_open] if rng.random() < 0.6 else others[:n_open]
    openers = [_piece(t, ctx) for t in sorted(chosen, key=_not_greeting)]
    chosen = rng.sample(closes, n_close)
    if not terse and rng.random() < 0.2:
        chosen.append(rng.choice([t for t in closes if " online" in t and t not in chosen]))
    closers = [_piece(t, ctx) for t in sorted(chosen, key=_signature)]
    return openers, closers


def make_row16(rng: random.Random) -> dict:
    """One question and answer with the medical lines in "body" and the planted pieces in "plants"."""
    topic, description, patient = rng.choice(PATIENT16)
    spec = TOPICS16[topic][0] if rng.random() < 0.85 else "general physician"
    ctx = _context(rng, spec)
    style = rng.random()
    terse, bare = style < 0.11, 0.11 <= style < 0.19
    pieces, body = _medical(rng, topic, terse)
    items = [(p, False) for p in pieces]
    plants: list[str] = []
    if not bare:
        openers, closers = _edges(rng, ctx, terse)
        items = openers + items + closers
        plants += [text for text, _ in openers + closers]
        if rng.random() < 0.2:
            template = rng.choice(DAMAGE16)
            at = 0 if template in DAMAGE_START16 else len(items) if template in DAMAGE_END16 else None
            damaged = _piece(template, ctx)
            items.insert(rng.randint(1, max(1, len(items) - 1)) if at is None else at, damaged)
            plants.append(damaged[0])
    doctor = items[0][0]
    for (left, glued), (right, _) in zip(items, items[1:]):
        doctor += _join(rng, left, right, glued, terse) + right
    age = rng.randint(19, 64)
    return {"Description": description.format(age=age), "Patient": patient.format(age=age), "Doctor": doctor,
            "body": sorted(body, key=doctor.index), "plants": sorted(plants, key=doctor.index)}


def make_blind16(n: int = ROWS16, seed: int = SEED16) -> list[dict]:
    rng = random.Random(seed)
    return [make_row16(rng) for _ in range(n)]


def dumps16(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> None:
    OUT16.parent.mkdir(parents=True, exist_ok=True)
    OUT16.write_text(dumps16(make_blind16()), encoding="utf-8")
    print(f"wrote {ROWS16} rows to {OUT16}")


if __name__ == "__main__":
    main()
