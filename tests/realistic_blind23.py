"""Blind held-out set 23 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this set, blind: without opening the cleaning
code's data files, its tests, any other realistic set, or any dataset text. It imitates the HealthCareMagic part
of the ai-medical-chatbot data as remembered from how that site worked around 2010-2020: most answers open and
close with a handful of stock forms ("Hi, thanks for the query", "Hope this helps, take care") in many small
variants (spacing, case, punctuation, typos, names, degrees in the signature), and a long tail of rarer forms
from individual doctors. Pools carry weights so that common forms are common and rare forms rare (case and
spelling variants are pool entries of their own); a light "typing noise" step then varies spacing and final
stops the way hurried doctors did. A template ending in "~" is glued to the next piece with no space. The advice
is a run of neighbouring sentences on one topic; one greeting at most opens, one signature at most closes.
About a fifth of rows carry a damaged piece ("Chat Doctor" standing
where a name, site or an ordinary word stood, or the attachment-removed note).

Each row: {"Description", "Patient", "Doctor", "body", "plants"}; "body" lists the medical sentences verbatim
as they stand in "Doctor", "plants" the boilerplate and damaged pieces verbatim. Stdlib only.
Run `python tests/realistic_blind23.py` to rewrite tests/data/realistic_blind23.jsonl.
"""

import json
import random
from pathlib import Path

SEED23 = 2323
ROWS23 = 200
OUT23 = Path(__file__).parent / "data" / "realistic_blind23.jsonl"

BODY23 = [
    "Your symptoms suggest acid reflux, which is common after heavy or late meals.",
    "Take pantoprazole 40 mg once daily half an hour before breakfast for two weeks.",
    "Avoid spicy, oily food, tea and coffee on an empty stomach.",
    "Do not lie down for at least two hours after dinner and raise the head end of the bed.",
    "The pain you describe in the right lower abdomen needs an ultrasound to rule out appendicitis.",
    "If the pain becomes severe, or you get fever and vomiting, go to the emergency department at once.",
    "A complete blood count, ESR and CRP will show whether there is an infection.",
    "Your haemoglobin of 9.2 g/dl shows moderate anaemia, most likely from iron deficiency.",
    "Take ferrous sulphate 200 mg twice daily after food along with vitamin C for three months.",
    "Iron tablets can turn the stool black; this is harmless.",
    "Recheck the haemoglobin after six weeks to see the response.",
    "A TSH of 8.5 with normal T4 is subclinical hypothyroidism.",
    "Start levothyroxine 25 mcg daily on an empty stomach and repeat TSH after six weeks.",
    "Do not take calcium or iron within four hours of the thyroid tablet.",
    "Your fasting sugar of 168 mg/dl and HbA1c of 7.9 % confirm type 2 diabetes.",
    "Metformin 500 mg twice daily with meals is the usual first medicine.",
    "Walk briskly for 30 to 45 minutes at least five days a week.",
    "Cut down on rice, sweets, fruit juices and white bread.",
    "Check your feet every day for cuts or blisters because diabetes reduces sensation.",
    "A blood pressure of 150/96 on repeated readings needs treatment.",
    "Amlodipine 5 mg once daily is a reasonable start, with a low salt diet.",
    "Keep a home record of your blood pressure morning and evening for two weeks.",
    "Chest pain that spreads to the left arm or jaw with sweating needs an ECG immediately; call an ambulance.",
    "Do not drive yourself to the hospital if you have chest pain.",
    "Your ECG shows only sinus tachycardia, which is often due to anxiety or fever.",
    "An echocardiogram will show how well the heart valves and muscle are working.",
    "Palpitations with fainting should be evaluated with a 24 hour Holter monitor.",
    "The cough for three weeks with evening fever needs a chest X-ray and sputum test for tuberculosis.",
    "Steam inhalation two to three times a day will loosen the mucus.",
    "Levocetirizine 5 mg at night will reduce the sneezing and runny nose.",
    "Use a saline nasal spray before the steroid spray.",
    "Fluticasone nasal spray, two puffs in each nostril once daily, should be used for at least a month.",
    "If you are breathless at rest or your lips turn blue, go to the nearest emergency room.",
    "Your asthma is not controlled; a combination inhaler of budesonide and formoterol twice daily is better.",
    "Rinse your mouth after each use of the steroid inhaler to prevent thrush.",
    "A spirometry test will confirm whether this is asthma or COPD.",
    "Stopping smoking is the single most helpful thing you can do for your lungs.",
    "The rash with silvery scales on elbows and knees looks like psoriasis.",
    "Apply clobetasol cream thinly twice a day for two weeks, then only on weekends.",
    "Keep the skin moisturised with plain liquid paraffin or petroleum jelly after a bath.",
    "This appears to be a fungal infection of the groin (tinea cruris).",
    "Apply luliconazole cream twice daily for four weeks, even after the itching stops.",
    "Keep the area dry and wear loose cotton underwear.",
    "Do not use steroid combination creams sold over the counter; they make fungal infections worse.",
    "Acne of this grade responds well to adapalene gel at night and benzoyl peroxide wash in the morning.",
    "Doxycycline 100 mg once daily for six weeks can be added for the inflamed pimples.",
    "Avoid squeezing the pimples, since this leaves scars.",
    "Hair fall after typhoid is telogen effluvium and usually recovers in three to six months.",
    "Check serum ferritin, vitamin D and thyroid levels for the hair loss.",
    "Minoxidil 5 % solution, 1 ml twice daily on the scalp, helps male pattern hair loss.",
    "The white discharge without itch or smell is normal and needs no treatment.",
    "Curdy white discharge with itching is usually candida; a clotrimazole vaginal tablet for six nights will help.",
    "A missed period with a negative urine test should be rechecked after one week.",
    "A serum beta hCG test is more sensitive than a urine pregnancy test.",
    "Take folic acid 5 mg daily from now until twelve weeks of pregnancy.",
    "Bleeding with cramps in early pregnancy needs an ultrasound to check the pregnancy is inside the uterus.",
    "Heavy bleeding soaking a pad every hour, or fainting, needs emergency care.",
    "Irregular periods with weight gain and facial hair suggest polycystic ovaries.",
    "An ultrasound of the pelvis on day 2 or 3 of the cycle along with LH, FSH and prolactin will guide treatment.",
    "Losing even 5 % of body weight often makes periods regular in PCOS.",
    "The emergency pill works best within 72 hours and does not cause abortion.",
    "Your next period may come a few days early or late after the pill.",
    "Burning urination with frequency points to a urinary tract infection.",
    "Send a urine culture before starting antibiotics.",
    "Nitrofurantoin 100 mg twice daily for five days is usually enough for a simple bladder infection.",
    "Drink at least three litres of water a day unless your doctor has restricted fluids.",
    "A 6 mm kidney stone often passes on its own with plenty of fluids and tamsulosin 0.4 mg at night.",
    "Fever with chills and flank pain means the infection may have reached the kidney; see a doctor today.",
    "A PSA test and ultrasound of the prostate are needed for the poor urine flow at night.",
    "Premature ejaculation is common and often improves with the stop-start technique.",
    "Erection problems in diabetics are often due to nerve and vessel damage; tadalafil 5 mg daily may help.",
    "Do not take sildenafil if you use nitrate tablets for chest pain.",
    "Low back pain without leg weakness usually settles in four to six weeks.",
    "Stay active and avoid bed rest; gentle walking helps the back recover faster.",
    "Hot fomentation for 15 minutes twice a day will relax the muscle spasm.",
    "Aceclofenac 100 mg twice daily after food for five days will reduce the pain.",
    "Numbness in both legs, loss of bladder control or weakness needs an urgent MRI.",
    "Pain on the outer elbow on gripping is tennis elbow.",
    "A forearm strap and stretching exercises help most people within a few weeks.",
    "Knee pain on climbing stairs at your age is likely early osteoarthritis.",
    "Quadriceps strengthening exercises are the most useful treatment for knee arthritis.",
    "Take calcium 500 mg with vitamin D3 daily if your levels are low.",
    "Vitamin D3 60,000 IU once a week for eight weeks corrects deficiency.",
    "A uric acid of 8.9 mg/dl with a swollen big toe suggests gout.",
    "Avoid red meat, seafood and beer during a gout attack.",
    "Your headache pattern fits migraine.",
    "Keep a headache diary and avoid skipping meals or sleep.",
    "Naproxen 500 mg at the start of the headache works better than waiting.",
    "If migraines come more than four times a month, a preventive such as propranolol 20 mg twice daily is advised.",
    "The sudden worst headache of your life, or headache with neck stiffness, needs emergency care.",
    "Sudden weakness of one side, drooping face or slurred speech may be a stroke; call an ambulance.",
    "Giddiness on turning in bed is usually benign positional vertigo.",
    "The Epley manoeuvre, done by a physiotherapist or ENT doctor, often cures it in one sitting.",
    "Betahistine 16 mg three times daily may reduce the spinning.",
    "A fit lasting more than five minutes needs emergency care.",
    "Do not stop the anti-epileptic medicine suddenly, since this can bring on seizures.",
    "Tingling in the hands at night suggests carpal tunnel syndrome.",
    "A wrist splint at night and a nerve conduction study are the next steps.",
    "Low vitamin B12 can cause tingling in the feet; check the level.",
    "Your symptoms of low mood, poor sleep and loss of interest for two months suggest depression.",
    "Escitalopram 10 mg daily takes about four weeks to start working.",
    "Do not stop the antidepressant on your own; taper it with your doctor.",
    "If you have thoughts of harming yourself, go to the nearest emergency department or call a crisis line now.",
    "Talking therapy (CBT) works as well as medicines for mild anxiety.",
    "Go to bed and wake up at the same time every day, and keep screens out of the bedroom.",
    "Avoid caffeine after 4 pm if you have trouble sleeping.",
    "Slow breathing, four seconds in and six seconds out, can calm a panic attack.",
    "Jaundice with a bilirubin of 4.5 needs liver function tests and an ultrasound of the abdomen.",
    "Hepatitis A settles on its own in most people within four to six weeks.",
    "Avoid alcohol completely and do not take paracetamol beyond 2 g a day while the liver is healing.",
    "Fatty liver improves with weight loss, regular exercise and no alcohol.",
    "Loose motions with blood or high fever need a stool test and a doctor's review.",
    "Drink ORS after every loose stool to prevent dehydration.",
    "Not passing urine for eight hours, drowsiness or sunken eyes in a child needs hospital care.",
    "Constipation improves with 25 to 30 g of fibre daily and more water.",
    "Isabgol two teaspoons at night in a glass of water is safe for long use.",
    "Piles that bleed can be treated with a high fibre diet, sitz baths and a local cream.",
    "Blood mixed with stool after the age of 50 needs a colonoscopy.",
    "The lump you describe in the breast needs an ultrasound and mammogram.",
    "Most breast lumps in young women are benign fibroadenomas.",
    "A painless neck node under 1 cm that has been there for weeks is usually reactive.",
    "A node that keeps growing, is hard or fixed should be biopsied.",
    "Your child's fever of 101 F can be treated with paracetamol 15 mg/kg every six hours.",
    "Sponging with lukewarm water helps bring the temperature down.",
    "A child who is not feeding, is very drowsy or has a fit with fever must be seen in emergency.",
    "Teething does not cause high fever or diarrhoea; look for another cause.",
    "Exclusive breastfeeding is enough for the baby for the first six months.",
    "Your baby's weight gain of 150 g per week is normal.",
    "Red eye with watery discharge is usually viral conjunctivitis and settles in a week.",
    "Use moxifloxacin eye drops four times a day if the discharge is thick and yellow.",
    "Sudden loss of vision or a painful red eye with halos needs an eye doctor the same day.",
    "Ear pain after a cold is often a middle ear infection; amoxicillin for five days is the usual treatment.",
    "Do not put oil or ear buds into the ear.",
    "A sore throat with white patches and fever may be tonsillitis; a throat swab helps decide on antibiotics.",
    "Warm salt water gargles three times a day soothe the throat.",
    "Mouth ulcers that last longer than three weeks should be checked by a doctor.",
    "The tooth pain on biting cold and hot points to a deep cavity; a dentist will advise root canal or filling.",
    "Brush twice a day with a soft brush and fluoride paste.",
    "Dog bite wounds should be washed with soap and running water for 15 minutes.",
    "Start the anti-rabies vaccine schedule on days 0, 3, 7 and 14 without delay.",
    "A tetanus booster is needed if your last dose was more than five years ago.",
    "Your cholesterol of 260 and LDL of 180 need a statin such as atorvastatin 10 mg at night.",
    "Eat more vegetables, oats and nuts, and less fried and packaged food.",
    "Your creatinine of 1.6 needs a repeat along with urine protein and an ultrasound of the kidneys.",
    "Avoid painkillers such as ibuprofen and diclofenac when the kidney function is reduced.",
    "Your semen report shows a low count; repeat it after three days of abstinence.",
    "Thanks to the vaccine, your child is protected against measles for life after two doses.",
    "I hope the swelling settles once the infection is treated, but a scan is needed if it persists.",
    "Care of the wound is simple: keep it clean and dry and change the dressing daily.",
    "You are welcome to continue your walks as long as there is no chest pain during exercise.",
    "With regards to the dose, 500 mg three times daily for five days is correct for an adult.",
    "Dear as it may seem, the MRI is the right test for a suspected disc prolapse.",
    "Help from a dietician can make the diabetic diet much easier to follow.",
    "Your query about alcohol and metronidazole is important: avoid alcohol until two days after the last dose.",
    "Sleep for seven to eight hours every night.",
    "Eat small meals at regular times and drink enough water through the day.",
    "Try to spend some time outdoors in the sun every morning.",
    "Keep your weight in check and stay active.",
]

# (template, weight): the first few are the stock forms most doctors used; the tail is individual doctors.
OPEN23 = [
    ("Hi, Thanks for your query.", 40), ("Hi,Thanks for your query.", 14), ("Hi, Thanks for query.", 30),
    ("Hello, Thanks for your query.", 22), ("Hi. Thanks for query.", 12), ("Hi, thanks for query", 8),
    ("Thanks for your query.", 14), ("Thanks for the query.", 9), ("Hello,Thanks for query.", 8),
    ("Hi,~", 10), ("Hello~", 10), ("Hi~", 6), ("Hello,", 18), ("Hi,", 14), ("Hi there,", 5),
    ("Hello and welcome to {site}.", 14), ("Hi and welcome to {site}.", 10), ("Welcome to {site}.", 8),
    ("Thank you for posting your query on {site}.", 10), ("Thanks for using {site}.", 9),
    ("Thank you for using {site}.", 7), ("Thanks for choosing {site}.", 5),
    ("Thanks for writing to {site}.", 4), ("Thanks for your query on {site}.", 6),
    ("Thank you for your question.", 6), ("Thank you for the query.", 7), ("Thank you for query.", 5),
    ("Dear {name},", 10), ("Dear {name}~", 4), ("Hi {name},", 7), ("Hello {name},", 6), ("Dear friend,", 6),
    ("Dear Sir,", 5), ("Dear Madam,", 4), ("Dear Sir/Madam,", 3), ("Hello dear,", 6), ("Hi dear,", 5),
    ("Hello Dear~", 3), ("Good morning,", 3), ("Good evening.", 2), ("Greetings from {site}.", 4),
    ("Greetings!", 3), ("Namaste,", 2), ("Hi, I am Dr. {dr}.", 4),
    ("I am Dr. {dr}, {spec} with {years} years of experience.", 4),
    ("Hello, I am Dr {dr} and I will answer your query.", 3),
    ("I have gone through your query.", 12), ("I have gone through your query and understand your concern.", 9),
    ("I have read your query carefully.", 5), ("I went through your question in detail.", 3),
    ("I have gone thru ur query.", 2), ("I have gone through the reports you attached.", 4),
    ("I have carefully gone through your history.", 3), ("I understand your concern.", 10),
    ("I can understand your concern.", 8), ("I can understand your worry.", 4),
    ("I understand your anxiety about this.", 3), ("I can imagine how worried you must be.", 2),
    ("Sorry to hear about your problem.", 5), ("Sorry to know about your health issue.", 3),
    ("Don't worry.", 6), ("Do not worry, this is treatable.", 3), ("No need to worry.", 3),
    ("Thanks for the detailed history.", 4), ("Thanks for writing in with the details.", 2),
    ("Thank you for trusting us with your health concern.", 2),
    ("I appreciate your concern for your {rel}.", 3), ("I understand your concern for your {rel}.", 4),
    ("Welcome to {site}, I will help you.", 2), ("HI, THANKS FOR QUERY.", 3),
    ("HELLO AND WELCOME TO {SITE}.", 2), ("hi, thanks for the query.", 3), ("hello, thanks for writing.", 2),
    ("Thanx for the query.", 2), ("Thnks for ur query.", 1), ("Hi,Thanks for ur query.", 2),
    ("Hello ! Thank you for posting here.", 2), ("Hi. Welcome to {site}.", 3),
    ("Respected {name},", 1), ("Hello Mr. {name},", 2), ("Hello Ms. {name},", 2), ("Hi Mrs {name},", 1),
    ("Hope you are doing well.", 2), ("Hope this finds you well.", 1),
    ("Thank you for the question and the photos.", 1), ("As salaam alaikum.", 1),
    ("Good day to you.", 1), ("Hi, Dr. {dr} here.", 2), ("This is Dr. {dr} answering your query.", 2),
    ("Thanks for reaching out to {site}.", 2), ("Hi, welcome to the forum.", 2),
    ("Thank you for asking on {site}, I am Dr. {dr}.", 1),
]

CLOSE23 = [
    ("Hope this helps.", 30), ("Hope this helps you.", 12), ("Hope I have answered your query.", 18),
    ("Hope I have answered your query. Let me know if I can assist you further.", 16),
    ("Take care.", 28), ("Take care", 8), ("Wish you good health.", 16), ("Wishing you good health.", 10),
    ("Regards,", 14), ("Regards.", 6), ("Regards, Dr. {dr}", 18), ("Regards Dr {dr}", 10),
    ("Dr. {dr}", 10), ("Dr. {dr}, {deg}", 8), ("Dr. {dr} {deg}{title}, {city}", 5),
    ("Thanks.", 10), ("Thanks", 5), ("Thank you.", 6), ("Best regards,", 4), ("Best wishes.", 4),
    ("Get well soon.", 8), ("Wish you a speedy recovery.", 7), ("Wishing you a speedy recovery.", 4),
    ("Hope this information helps you.", 6), ("Hope this answers your question.", 6),
    ("Hope this answers your query.", 5), ("I hope this helps.", 4), ("Hope I was helpful.", 3),
    ("Feel free to ask if you have more questions.", 6), ("Feel free to ask any further doubts.", 3),
    ("Let me know if you have any other query.", 4), ("Please feel free to revert back with the reports.", 4),
    ("You can send me the reports for a second look.", 2), ("Any further queries are welcome.", 3),
    ("If you have any further queries, I will be happy to help.", 4),
    ("Please rate the answer if you found it helpful.", 3), ("Kindly rate my answer.", 2),
    ("Please click on the thumbs up if this was useful.", 1), ("Don't forget to rate this answer.", 1),
    ("For further queries you can ask me directly on {site}.", 3),
    ("You can consult me privately at {link} for a detailed discussion.", 2),
    ("For a paid consultation with me, book through {site}.", 1),
    ("You can follow up with me at {link}", 2), ("Ask a doctor online at {link}", 1),
    ("Thanks for using {site}.", 5), ("Thanks for using {site}. Wish you good health.", 4),
    ("Thank you for choosing {site}.", 3), ("Welcome to {site} again.", 1),
    ("Take care and regards.", 3), ("Take care, Dr. {dr}", 4), ("tc", 1), ("rgds", 1), ("Rgds, Dr {dr}", 1),
    ("Good luck.", 4), ("All the best.", 4), ("God bless.", 3), ("God bless you.", 2), ("Stay blessed.", 1),
    ("Stay healthy.", 2), ("Stay safe.", 1), ("Happy Diwali.", 1), ("Happy new year.", 1),
    ("Best of luck for your pregnancy.", 1), ("Hope your {rel} gets well soon.", 2),
    ("Hope you feel better soon.", 3), ("Wishing your {rel} a quick recovery.", 1),
    ("HOPE THIS HELPS. TAKE CARE.", 2), ("THANKS AND REGARDS.", 1), ("hope this helps", 2),
    ("Hope tis helps.", 1), ("Wish u good health.", 1), ("Tk care.", 1),
    ("Hope I have cleared your doubts.", 2), ("I hope I have solved your query.", 2),
    ("Thank you, and please write back after a week.", 1), ("Please do not hesitate to contact me again.", 2),
    ("Always there to help you.", 1), ("With best wishes, Dr. {dr}", 2),
    ("Dr. {dr}, {spec}", 3), ("Dr {dr} ({deg})", 2), ("{dr}, {deg}", 2), ("DR. {DR}", 1),
    ("Consultant {spec}, {city}", 1), ("{title}, {city}", 1), ("Regards,Dr.{dr}", 2),
    ("Thanks & Regards, Dr. {dr}, {deg}", 3), ("Thanks and regards.", 4),
    ("Warm regards.", 1), ("Sincerely, Dr. {dr}", 1), ("Yours truly, Dr {dr}", 1),
    ("Hope this helps. Take care.", 8), ("Hope this helps. Regards.", 4),
    ("Hope I have answered your query. Take care.", 4),
]

DAMAGE23 = [
    "(attachment removed to protect patient identity)", "(Attachment removed to protect patient identity)",
    "Apply the cream twice a Chat Doctor for ten days.", "Take the tablet after Chat Doctor and dinner.",
    "I am Chat Doctor. I have seen your reports.", "Thanks for writing to Chat Doctor.",
    "Consult a Chat Doctor physician near you for an examination.",
    "Your Chat Doctor levels are slightly raised, nothing serious.",
    "Use the syrup three times a Chat Doctor after food.", "Regards Chat Doctor.",
    "Hi, Chat Doctor here, I read your history.", "Drink plenty of Chat Doctor and rest.",
    "The Chat Doctor showed mild inflammation only.", "You may ask Chat Doctor again for follow up.",
    "Ask Chat Doctor.", "Get a Chat Doctor done as soon as possible.",
]

SITES23 = ["HCM", "Healthcare Magic", "HealthcareMagic", "healthcaremagic.com", "Health Care Magic",
           "HealthCareMagic forum", "'HCM'", "Healthcaremagic.com"]
LINKS23 = ["http://www.healthcaremagic.com/doctors/dr-{slug}/6612", "www.healthcaremagic.com/doctors/{slug}",
           "bit.ly/dr{slug}", "http://doctor.healthcaremagic.com/Funnel?page=askDoctorDirectly&docId=66"]
NAMES23 = ["Priya", "Rahul", "Sunita", "Mike", "Jennifer", "Ahmed", "Kavya", "Tom", "Anjali", "Sara", "Ravi"]
DRS23 = ["Rajesh Kumar", "Anita Sharma", "S. Iyer", "Prasad Rao", "Mohammed Ashraf", "K. V. Reddy",
         "Sumit Bhatia", "Meera Nair", "John Mathews", "Arun Gupta", "Shehnaz", "Vinod Patil", "Geetha R"]
DEGS23 = ["MBBS, MD", "MBBS,MD(Med)", "MBBS MS(Ortho)", "MD, DNB", "MBBS, DGO", "MD (Paed)", "M.B.B.S., M.D.",
          "MBBS, DVD", "MDS", "MBBS, MRCP", "MBBS, DPM", "MD Derm"]
TITLES23 = ["Consultant Physician", "Gynaecologist", "Dermatologist", "Orthopaedic Surgeon", "Paediatrician",
            "Psychiatrist", "General Physician", "ENT Specialist"]
SPECS23 = ["a general physician", "an internist", "a dermatologist", "a gynecologist", "a pediatrician",
           "a psychiatrist", "an orthopedic surgeon", "a cardiologist"]
CITIES23 = ["Pune", "Chennai", "Bangalore", "Hyderabad", "New Delhi", "Kolkata", "Mumbai", "Lucknow", "Kochi"]
RELS23 = ["mother", "father", "son", "daughter", "wife", "husband", "baby"]

PATIENT23 = [
    ("Burning in chest after food", "I have burning in my chest after every meal for a month. What should I take?"),
    ("Low hemoglobin", "My Hb is 9.2, I feel tired all the time. Please advise."),
    ("TSH high", "My TSH report came 8.5. Do I need medicine for life?"),
    ("Sugar report", "Fasting sugar 168 and HbA1c 7.9. I am 45 years old male."),
    ("BP high", "My BP is around 150/96 for some days, with mild headache."),
    ("Cough 3 weeks", "I have cough for 3 weeks and mild fever in evenings. I am 30."),
    ("Itchy rash in groin", "Red itchy rash in groin area spreading for 2 months, used many creams."),
    ("Pimples on face", "I am 19 and have many pimples on face and back. Kindly help."),
    ("Hair fall", "Heavy hair fall after I had typhoid last year."),
    ("Missed period", "My period is late 10 days and urine test is negative. Am I pregnant?"),
    ("Irregular periods", "Periods come every 2-3 months and I am gaining weight."),
    ("Burning urine", "Burning while passing urine and going again and again since 2 days."),
    ("Back pain", "Lower back pain since lifting a heavy box last week."),
    ("Headache", "Throbbing headache on one side with vomiting twice a month."),
    ("Dizziness", "I feel the room spinning when I turn in bed."),
    ("Feeling low", "Not feeling like doing anything for two months, can't sleep."),
    ("Jaundice", "My bilirubin is 4.5 and eyes are yellow. What to eat?"),
    ("Child fever", "My 3 year old son has fever 101 since yesterday."),
    ("Red eye", "My eye is red and watery since 2 days."),
    ("Dog bite", "A street dog bit my leg this morning, small wound. What to do?"),
    ("Knee pain", "My mother is 58 and has pain in knees climbing stairs."),
    ("Cholesterol", "Cholesterol 260, LDL 180, no other problem. Do I need tablet?"),
]


def _pick(rng, pool):
    """A weighted choice from (template, weight) pairs."""
    return rng.choices([t for t, _ in pool], weights=[w for _, w in pool])[0]


def _noise(rng, text):
    """Light typing noise: a doubled space, a missing space after a comma, a lost final stop."""
    roll = rng.random()
    if roll < 0.06:
        return text.replace(", ", ",", 1)
    if roll < 0.10 and " " in text:
        return text.replace(" ", "  ", 1)
    if roll < 0.14 and text.endswith(".") and not text.endswith(".."):
        return text[:-1]
    return text


def _fill(rng, template):
    """Render one template; returns (text, glued)."""
    glued = template.endswith("~")
    dr = rng.choice(DRS23)
    text = template.rstrip("~").format(
        name=rng.choice(NAMES23), dr=dr, DR=dr.upper(), site=rng.choice(SITES23),
        SITE=rng.choice(SITES23).upper(), city=rng.choice(CITIES23), deg=rng.choice(DEGS23),
        title=rng.choice(TITLES23), spec=rng.choice(SPECS23), years=rng.randint(5, 25), rel=rng.choice(RELS23),
        link=rng.choice(LINKS23).format(slug=dr.lower().replace(" ", "-").replace(".", "")))
    return (text if glued else _noise(rng, text)), glued


def _count(rng, weights):
    return rng.choices(range(len(weights)), weights=weights)[0]


GREET23 = ("Hi", "Hello", "HI", "HELLO", "hi", "hello", "Dear", "Good", "Greetings", "Namaste", "Respected",
           "As salaam", "Welcome")
SIGN23 = ("Dr", "DR", "{dr}", "Regards", "Rgds", "rgds", "Consultant", "{title}", "Sincerely", "Yours", "With best",
          "Thanks & Regards", "Best regards", "Warm regards", "Take care, Dr")


def _picks(rng, pool, counts, first):
    """Distinct weighted picks, ordered as doctors wrote them: one greeting first, one signature last."""
    chosen = []
    for _ in range(_count(rng, counts)):
        template = _pick(rng, pool)
        if template not in chosen and not (template.startswith(first) and any(c.startswith(first) for c in chosen)):
            chosen.append(template)
    return sorted(chosen, key=lambda t: not t.startswith(first))


def _pieces(rng):
    """The ordered pieces of one answer, (text, is_body, glued): a topic's run of advice between the edges."""
    opens = [_fill(rng, t) for t in _picks(rng, OPEN23, [30, 40, 22, 8], GREET23)]
    closes = [_fill(rng, t) for t in reversed(_picks(rng, CLOSE23, [40, 35, 18, 7], SIGN23))]
    size = rng.randint(2, 5)
    start = rng.randint(0, len(BODY23) - size)
    body = [(s, True, False) for s in BODY23[start:start + size]]
    pieces = [(t, False, g) for t, g in opens] + body + [(t, False, g) for t, g in closes]
    if rng.random() < 0.2:
        spot = rng.randint(0, len(pieces))
        pieces.insert(spot, (rng.choice(DAMAGE23), False, False))
    return pieces


def _join(rng, pieces):
    """Join with spaces, sometimes newlines, sometimes nothing after a full stop; glued pieces take nothing."""
    out = pieces[0][0]
    for (prev, _, glued), (text, _, _) in zip(pieces, pieces[1:]):
        roll = rng.random()
        if glued:
            sep = ""
        elif roll < 0.10 and prev.endswith("."):
            sep = ""
        elif roll < 0.20:
            sep = "\n"
        elif roll < 0.23:
            sep = "\n\n"
        else:
            sep = " "
        out += sep + text
    return out


def _words(text):
    return {w.strip(".,?!").lower() for w in text.split() if len(w) > 3}


def _patient(rng, advice):
    """The question closest in words to the advice (a random one where none shares a word)."""
    scored = [(len(_words(t + " " + q) & _words(advice)), rng.random(), t, q) for t, q in PATIENT23]
    _, _, title, question = max(scored)
    return title, question


def make_row23(rng):
    """One row: Description, Patient, Doctor, body (medical sentences), plants (boilerplate and damage)."""
    pieces = _pieces(rng)
    title, question = _patient(rng, " ".join(t for t, is_body, _ in pieces if is_body))
    doctor = _join(rng, pieces)
    body = [t for t, is_body, _ in pieces if is_body]
    plants = [t for t, is_body, _ in pieces if not is_body]
    return {"Description": title, "Patient": question, "Doctor": doctor, "body": body, "plants": plants}


def make_blind23(n=ROWS23, seed=SEED23):
    rng = random.Random(seed)
    return [make_row23(rng) for _ in range(n)]


def main():
    OUT23.parent.mkdir(parents=True, exist_ok=True)
    with OUT23.open("w", encoding="utf-8") as f:
        for row in make_blind23():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
