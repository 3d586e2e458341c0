"""Blind held-out set 20 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, without opening the cleaner, its
lexicons, its tests, the other realistic sets or any dataset text (written blind). The set imitates online
doctors from many countries (US, UK, Ireland, Nigeria, Kenya, Egypt, Philippines, Pakistan, India, Malaysia)
answering on several invented Q&A sites. Each site has its own house style of greeting, sign-off, rating
request, app or paid-plan advert and disclaimer (HOUSE20); a row picks one site and draws most of its edge
pieces from that site, the rest from the shared pools. Some pieces carry emoji and exclamation marks, some rows
are short answers where the boilerplate is most of the text, and some rows have no boilerplate at all.

A row is 0-3 openers, 2-5 medical sentences (BODY20), 0-3 closers and, in about a fifth of the rows, one damaged
piece (DAMAGE20: the "Chat Doctor" placeholder where a word stood, the attachment-removed note). Pieces are
joined by a space, a newline, a blank line or nothing after a full stop; a template ending in "~" is glued to
the next piece. "body" lists the medical sentences verbatim as they appear in "Doctor"; "plants" lists the
boilerplate and damaged pieces verbatim. Run `python tests/realistic_blind20.py` to rewrite OUT20.
"""

import json
import random
from pathlib import Path

OUT20 = Path(__file__).resolve().parent / "data" / "realistic_blind20.jsonl"
SEED20 = 20_2026
ROWS20 = 200

BODY20 = [
    "Your ECG shows a normal sinus rhythm with no signs of ischaemia.",
    "A resting heart rate of 110 needs a thyroid profile and a haemoglobin check.",
    "Start amlodipine 5 mg once daily and recheck your blood pressure after two weeks.",
    "Keep a home blood pressure diary, measured morning and evening, for ten days.",
    "Chest pain that spreads to the left arm or jaw needs an ambulance, not a wait at home.",
    "An echocardiogram will tell us whether the murmur is innocent or due to a valve problem.",
    "Metformin 500 mg twice daily with meals is a reasonable first step for your sugar level.",
    "Your HbA1c of 8.4 % means the diabetes has not been controlled over the last three months.",
    "Check your fasting sugar and a two hour post meal sugar once a week and note them down.",
    "If the sugar drops below 70, take three glucose tablets or half a glass of juice at once.",
    "A TSH of 9.2 with a low free T4 confirms hypothyroidism.",
    "Levothyroxine 50 mcg should be taken on an empty stomach, thirty minutes before breakfast.",
    "Repeat the thyroid test six weeks after any change in the dose.",
    "The ultrasound shows a simple cyst of 2 cm in the right ovary, which usually resolves on its own.",
    "Repeat the pelvic scan after your next period to see whether the cyst has gone.",
    "Spotting after a missed pill is common and does not mean the pill has failed.",
    "Take a urine pregnancy test with the first morning sample, ten days after the missed period.",
    "Folic acid 400 mcg daily is advised for three months before trying to conceive.",
    "Heavy bleeding that soaks a pad every hour needs to be seen in the emergency department today.",
    "Iron sucrose injections can be given if tablets upset your stomach.",
    "Your haemoglobin of 8.9 g/dL points to anaemia, most likely from iron deficiency.",
    "Take ferrous sulphate 200 mg once a day with orange juice, not with tea or milk.",
    "A stool test for occult blood is needed because of the anaemia at your age.",
    "The rash looks like ringworm, a fungal infection of the skin.",
    "Apply clotrimazole 1 % cream twice a day and continue for two weeks after the rash clears.",
    "Avoid steroid creams on this rash, as they make fungal infections spread.",
    "Wash the towels and bed sheets in hot water and do not share them.",
    "Acne of this grade responds well to adapalene gel at night and a benzoyl peroxide wash in the morning.",
    "Use a non-comedogenic moisturiser and a sunscreen of SPF 30 or more.",
    "Oral isotretinoin is an option only after blood tests and under a dermatologist's care.",
    "Hair fall three months after a fever is usually telogen effluvium and recovers on its own.",
    "Get your ferritin, vitamin D and thyroid levels checked for the hair fall.",
    "Scalp itching with white flakes is dandruff; a ketoconazole 2 % shampoo twice a week will help.",
    "Your cough for three weeks needs a chest X-ray and a sputum test for tuberculosis.",
    "Salbutamol inhaler, two puffs when needed, will relieve the wheeze.",
    "Use the inhaler with a spacer so that more of the medicine reaches your lungs.",
    "Rinse your mouth after the steroid inhaler to prevent oral thrush.",
    "Breathlessness at rest or blue lips is an emergency; call for an ambulance.",
    "Steam inhalation and warm saline gargles will ease the sore throat.",
    "Antibiotics are not needed for a viral cold; it settles in seven to ten days.",
    "Take paracetamol 500 mg to 1 g every six hours for fever, not more than 4 g in a day.",
    "Drink enough fluids to keep your urine pale yellow.",
    "Amoxicillin 500 mg three times a day for five days is suitable for this ear infection.",
    "Do not put oil or cotton buds in the ear while it is discharging.",
    "A hearing test and a look at the eardrum by an ENT surgeon are the next steps.",
    "Blocked nose for months with loss of smell may be due to nasal polyps.",
    "A steroid nasal spray such as fluticasone, two sprays in each nostril daily, is worth a trial.",
    "Burning on passing urine with frequency suggests a urinary infection.",
    "Send a urine culture before starting nitrofurantoin 100 mg twice a day for five days.",
    "Fever with pain in the loin and vomiting needs admission for intravenous antibiotics.",
    "A 6 mm kidney stone has a good chance of passing with fluids and tamsulosin 0.4 mg at night.",
    "Drink three litres of water a day and cut down on salt to prevent new stones.",
    "Your PSA of 2.1 is within the normal range for your age.",
    "An enlarged prostate causes the weak stream and night-time passing of urine.",
    "Acid reflux is likely; take pantoprazole 40 mg before breakfast for four weeks.",
    "Avoid late dinners and raise the head end of your bed by six inches.",
    "Black tarry stools or vomiting blood need emergency care at once.",
    "An upper endoscopy is advised because of the weight loss and difficulty swallowing.",
    "Loose stools after antibiotics often settle with probiotics and oral rehydration salts.",
    "Take ORS after every loose stool and watch for reduced urine, which is a sign of dehydration.",
    "Bloating and cramps relieved by passing stool fit irritable bowel syndrome.",
    "A high-fibre diet with isabgol husk at night will soften the stools.",
    "Piles that bleed bright red on the paper can be treated with sitz baths and a fibre supplement.",
    "Your liver enzymes are mildly raised, which fits fatty liver.",
    "Losing 7 % of your weight will improve the fatty liver more than any tablet.",
    "Hepatitis B surface antigen and hepatitis C antibody tests should be done.",
    "Severe pain in the right upper abdomen after fatty meals suggests gallstones.",
    "Pain that starts around the navel and moves to the right lower abdomen may be appendicitis;"
    " go to the emergency room.",
    "A migraine attack often responds to naproxen 500 mg taken early with an anti-nausea tablet.",
    "Keep a headache diary to find the triggers, such as missed meals or poor sleep.",
    "Sudden severe headache, the worst of your life, needs a CT scan the same day.",
    "Weakness of one side of the face or arm, or slurred speech, means stroke until proven otherwise;"
    " call emergency services.",
    "Tingling in the feet can come from low vitamin B12, so check the level.",
    "Methylcobalamin 1500 mcg daily for three months will correct a low B12.",
    "A nerve conduction study will confirm carpal tunnel syndrome.",
    "Wear a wrist splint at night for six weeks.",
    "Dizziness on turning in bed is typical of benign positional vertigo.",
    "The Epley manoeuvre, done by a physiotherapist, often cures this vertigo in one or two sessions.",
    "Low back pain without leg weakness usually settles within six weeks with movement.",
    "Stay active and avoid bed rest, as it slows recovery from back pain.",
    "Loss of bladder control or numbness in the saddle area with back pain is an emergency.",
    "An MRI of the lumbar spine is needed if the leg pain lasts beyond six weeks.",
    "Knee pain on climbing stairs in your fifties is most often osteoarthritis.",
    "Quadriceps strengthening exercises for twenty minutes a day protect the knee.",
    "Apply an ice pack wrapped in a cloth for fifteen minutes three times a day.",
    "A plain X-ray of the ankle is needed if you cannot bear weight on it.",
    "Your uric acid of 9.1 and the swollen big toe fit an attack of gout.",
    "Colchicine 0.5 mg twice a day during the attack and plenty of water will help.",
    "Vitamin D of 12 ng/mL is deficient; take 60,000 IU once a week for eight weeks.",
    "Calcium with vitamin D at bedtime is advised after the bone density result.",
    "Low mood for more than two weeks with loss of interest needs assessment for depression.",
    "Sertraline 50 mg in the morning may take four to six weeks to show full benefit.",
    "Do not stop the antidepressant suddenly; the dose is tapered under supervision.",
    "If you have thoughts of ending your life, go to the nearest emergency department or call a crisis line now.",
    "Panic attacks improve with slow breathing and cognitive behavioural therapy.",
    "Keep a fixed wake-up time and avoid screens for an hour before bed.",
    "Avoid tea, coffee and cola after four in the afternoon.",
    "Walk briskly for thirty minutes on at least five days a week.",
    "Eat more vegetables, pulses and fruit, and less fried and sugary food.",
    "Quitting smoking is the single best thing you can do for your lungs.",
    "Nicotine patches or gum double your chances of quitting.",
    "Limit alcohol to no more than two drinks a day, with some alcohol-free days.",
    "In a child, paracetamol is dosed at 15 mg per kg every six hours.",
    "A child who is drowsy, not drinking or has a rash that does not fade under a glass needs urgent care.",
    "Give oral rehydration solution in small sips every few minutes.",
    "Teething can cause drooling and irritability but not a high fever.",
    "Your child's growth is on the 50th centile, which is normal.",
    "Conjunctivitis with sticky discharge can be treated with chloramphenicol eye drops four times a day.",
    "Sudden loss of vision or a painful red eye with blurred vision needs an eye emergency visit.",
    "Use lubricating eye drops for the dryness, and take breaks from the screen.",
    "A tooth abscess needs drainage by a dentist; antibiotics alone are not enough.",
    "Rinse with warm salt water after meals until you see the dentist.",
    "Swelling of the face or throat after a new medicine means anaphylaxis; use adrenaline and call for help.",
    "Cetirizine 10 mg at night will control the itching of hives.",
    "The lump in your neck is most likely a reactive lymph node after the throat infection.",
    "A node that keeps growing past 2 cm or lasts over six weeks needs a biopsy.",
    "Your cholesterol is high; atorvastatin 10 mg at night is advised along with diet changes.",
    "Repeat the lipid profile and liver enzymes after three months on the statin.",
    "Calf pain and swelling after a long flight needs a Doppler scan to exclude a clot.",
    "Keep your legs raised when sitting, and wear compression stockings for the varicose veins.",
    "Welcome news is that the biopsy shows no cancer.",
    "There is every hope of full recovery if you complete the six months of treatment.",
    "Thanks to the vaccine, the illness is likely to be mild in your case.",
    "With regards to the mole, an irregular edge or change in colour needs a dermatologist's review.",
    "Dear as the test may seem, the MRI is the only way to see the disc clearly.",
    "Take care to finish the full course of antibiotics even after you feel better.",
    "Elevation of the leg will help the swelling go down.",
    "Your query about the dose is a fair one: 1 tablet of 5 mg is right for your weight.",
    "Wound care means keeping the stitches dry for 48 hours and then washing gently.",
    "Hope is not a reason to delay the scan; book it this week.",
    "Sleep on your left side in the last months of pregnancy.",
    "Sit down and rest if the palpitations start, and note how long they last.",
    "Keep a bottle of water with you and sip through the day.",
    "Chew your food slowly and stop eating before you feel full.",
]

DAMAGE20 = [
    "Apply the ointment twice a Chat Doctor for ten days.",
    "Please get a Chat Doctor done to rule out anaemia.",
    "I would advise you to consult a Chat Doctor for proper examination.",
    "Take the syrup after food three Chat Doctor a day.",
    "You can go for a Chat Doctor scan of the abdomen.",
    "Hi, I am Chat Doctor and I have read your question.",
    "Visit a Chat Doctor surgeon for the lump.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity).",
    "Your Chat Doctor report is normal.",
    "Avoid oily Chat Doctor and drink more water.",
    "The Chat Doctor test should be repeated in a week.",
    "Regards Chat Doctor.",
    "Wishing you good Chat Doctor.",
]

NAMES20 = ["Ade", "Grace", "Aisha", "Tom", "Siobhan", "Rahul", "Priya", "Mohamed", "Nour", "Maria", "Jun",
           "Fatima", "Wanjiku", "Ken", "Bilal", "Sara", "Liam", "Chioma", "Anjali", "Mei Ling"]
DOCTORS20 = ["Emily Carter", "Oliver Hughes", "Siobhan Byrne", "Chinedu Okafor", "Adebayo Ogunleye",
             "Wanjiru Kamau", "Otieno Ochieng", "Ahmed Fathy", "Mona El-Sayed", "Maria Santos", "Jose Reyes",
             "Ayesha Siddiqui", "Faisal Qureshi", "Rakesh Sharma", "Lakshmi Narayanan", "Nurul Huda Ismail",
             "Tan Wei Ming", "Kevin O'Neill", "Ngozi Eze", "Imran Malik"]
DEGREES20 = ["MBBS, MD", "MBBS, FCPS (Medicine)", "MBChB, MMed", "MBBCh, MSc", "MD, FACP", "MBBS, MRCP(UK)",
             "MB BCh BAO, MRCPI", "MBBS, FWACP", "MBBS, DNB (Paed)", "MD, DPBO", "MBBS, MRCS", "MBBS, MS(Ortho)"]
CITIES20 = ["Lagos", "Nairobi", "Cairo", "Manila", "Karachi", "Lahore", "Pune", "Chennai", "Kuala Lumpur",
            "Penang", "Dublin", "Cork", "Leeds", "Houston", "Abuja", "Mombasa", "Alexandria", "Cebu"]
SPECS20 = ["general physician", "cardiologist", "dermatologist", "paediatrician", "gynaecologist",
           "family physician", "ENT surgeon", "psychiatrist", "orthopaedic surgeon", "gastroenterologist"]

# Each invented site: its own openers and closers (greeting, sign-off, rating request, advert, disclaimer).
HOUSE20 = {
    "AskDocNow": {
        "open": [
            "Hello {name}, welcome to AskDocNow!", "Hi and welcome to AskDocNow.~", "Thanks for choosing AskDocNow.",
            "Hello, I am Dr. {dr}, a {spec} with {years} years of experience, and I will help you today.",
            "Greetings from AskDocNow!", "I have gone through your question carefully.",
            "Hello! 😊", "HI THERE~", "Thank you for posting on AskDocNow, {name}.",
            "I understand your worry and I am here to help.",
        ],
        "close": [
            "Please rate this answer 5 stars if it helped! ⭐⭐⭐⭐⭐",
            "Download the AskDocNow app for faster replies.",
            "Dr. {dr}, {deg}", "Regards,\nDr. {dr}\n{spec}, {city}", "Take care and stay healthy!",
            "Hope this helps. Feel free to ask a follow-up question anytime.",
            "This answer is for information only and is not a substitute for an in-person visit.",
            "Upgrade to AskDocNow Premium for unlimited chats with specialists.", "Good luck! 👍",
            "Wishing you a speedy recovery, {name}.",
        ],
    },
    "MediQuery": {
        "open": [
            "Dear {name},", "Dear Sir/Madam,", "Thank you for your query on MediQuery.",
            "Good day to you.", "Greetings of the day.~", "Thanks for the query.",
            "I have read your history and seen the reports you attached.",
            "Hello, this is Dr. {dr} from {city}.", "Respected {name}, thanks for writing in.",
            "I can understand your anxiety about this.",
        ],
        "close": [
            "Hope I have answered your query.", "Kindly rate my answer and close the discussion.",
            "With best wishes,\nDr. {dr}, {deg}\nConsultant {spec}, {city}", "Rgds, Dr. {dr}",
            "For a detailed consultation, book a paid video call with me on MediQuery.",
            "If you have more doubts, you can ask me directly through my MediQuery profile.",
            "Disclaimer: MediQuery answers are general advice and do not create a doctor-patient relationship.",
            "Thanks and regards.", "God bless you.", "tc",
        ],
    },
    "DocTalk Asia": {
        "open": [
            "Salam and hello {name}.", "Hi there, thanks for reaching out to DocTalk Asia!",
            "Assalamualaikum, thank you for your question.", "Mabuhay! Thanks for asking.",
            "Hi {name}~", "HELLO AND WELCOME TO DOCTALK ASIA.", "Good evening!",
            "I am Dr. {dr}, {deg}, practising in {city}.", "Thanks for trusting DocTalk Asia with your concern.",
            "Don't worry, I'll explain everything step by step.",
        ],
        "close": [
            "Stay safe and God bless! 🙏", "Get well soon!! 💐", "Dr.{dr} ({spec}), DocTalk Asia",
            "Like my answer? Tap the thumbs up and leave a review.",
            "Chat with a doctor 24/7 on the DocTalk Asia app, first consult free!",
            "Salamat po and take care.", "Terima kasih, get well soon.",
            "Note: this is not a prescription; please see your nearest clinic.",
            "Any more questions, just message me here.", "Cheers, Dr. {dr}",
        ],
    },
    "CareLine UK": {
        "open": [
            "Hello,", "Hi {name}, thanks for your message.", "Thanks for getting in touch with CareLine.",
            "Good morning, and thank you for the detailed history.", "Many thanks for your question.",
            "Hiya!~", "Sorry to hear you have been unwell.", "I'm Dr {dr}, a GP in {city}.",
            "That sounds really uncomfortable, I'm sorry you're going through this.", "Thanks for writing.",
        ],
        "close": [
            "All the best,\nDr {dr}", "Kind regards, Dr {dr}, {deg}", "Best wishes and I hope you feel better soon.",
            "If this was useful, please click 'Helpful' below.", "Hope that helps a bit!",
            "CareLine members get a same-day video appointment: join from the menu.",
            "This advice does not replace your own GP or NHS 111.", "Do write back if anything is unclear.",
            "Cheers,\n{dr}", "Take care x",
        ],
    },
    "NaijaHealth Answers": {
        "open": [
            "Hello {name}, thank you for using NaijaHealth Answers.", "Good afternoon, how are you doing?",
            "Compliments of the season!", "Thank you for your trust.", "Welcome back {name}!!",
            "I am Dr. {dr}, {deg}, and I will attend to you.", "Greetings!~", "Hello dear, sorry about this.",
            "Pls I have read your complaints.", "Thanks for the details provided.",
        ],
        "close": [
            "Do have a blessed day.", "Remain blessed. Dr. {dr}", "Please rate and recommend me to others.",
            "For a private chat, subscribe to NaijaHealth Gold at a small monthly fee.",
            "Kindly revert if you have any more questions.", "Stay safe, happy new year in advance! 🎉",
            "Dr. {dr} {deg} Consultant {spec}, {city}.", "Get well soon dear.",
            "Medical disclaimer: see a doctor in person for examination.", "Thanks!",
        ],
    },
    "AfyaChat": {
        "open": [
            "Jambo {name}!", "Habari, thanks for your question.", "Hello and thanks for consulting AfyaChat.",
            "Hi, I'm Dr. {dr} from {city}, happy to help.", "Pole sana for what you are going through.",
            "Karibu AfyaChat!~", "Good day {name}.", "Thank you for the clear description.",
            "HELLO DEAR,", "I have taken note of your symptoms.",
        ],
        "close": [
            "Asante and get well soon.", "Kwaheri, Dr. {dr}", "Rate this reply so other patients can find it.",
            "Need a prescription? Book a paid AfyaChat consult from the app.",
            "Follow me on AfyaChat for more health tips!", "Wishing you quick healing.",
            "Dr. {dr}, {deg}\n{city}", "Feel free to reach out again.",
            "This information is educational and not a diagnosis.", "Be blessed. 🙏",
        ],
    },
    "NileMed Online": {
        "open": [
            "Welcome to NileMed Online.", "Hello, thanks for asking NileMed.", "Hello, peace be upon you.",
            "Hi {name}, I read your case.", "Dear patient,", "I am Dr. {dr}, {spec}, {city}.~",
            "Thanks a lot for your question!", "Ramadan Kareem and thanks for asking.",
            "Hello! I can understand your concern.", "Thank you for your patience.",
        ],
        "close": [
            "Eid Mubarak in advance and get well soon!", "Best regards, Dr. {dr}",
            "Please do not forget to rate my answer.", "Upgrade to a NileMed paid plan to send your reports privately.",
            "I am available for further questions.", "Dr. {dr}\n{deg}\nNileMed Online",
            "Wish you good health and a happy Eid.",
            "This reply does not replace a clinical examination.", "Thanks for using NileMed.", "Get well soon 🌹",
        ],
    },
    "HealthCircle US": {
        "open": [
            "Hi there!", "Thanks for your question, it's a common one.", "Hey {name}, thanks for reaching out!",
            "Hello, I'm Dr. {dr}, a board-certified {spec} in {city}.", "Great question!",
            "Thanks so much for sharing the details.~", "I'm sorry you're dealing with this.", "Hi friend,",
            "Good evening, and thank you for using HealthCircle.", "I appreciate you asking.",
        ],
        "close": [
            "Hope this helps!", "Best, Dr. {dr}, {deg}", "If you found this useful, please upvote!",
            "Try HealthCircle Plus free for 7 days and talk to a doctor today.",
            "This is not medical advice; consult your own physician.", "Feel better soon!! 😊",
            "Let me know if you have any other questions.", "Sincerely,\n{dr}", "Take care!",
            "Happy holidays and stay well!",
        ],
    },
}

GENERIC_OPEN = [
    "Hello,~", "Hi,", "Hello dear,", "HELLO.", "Hi, thanks for query.", "Thanks for your question.",
    "Dear friend,", "Good morning.", "I have gone through your query and understood your concern.",
    "Thanks for posting your query.", "I read your question carefully.", "Welcome.~", "Hi {name},",
    "Hello {name}!", "Dr. {dr} here.", "This is Dr. {dr}, {deg}.", "Thanx for ur query.",
    "Hello, i have gone thru ur question.", "Welcome to {site}.", "Thanks for contacting {site}!",
    "Hi, I am Dr. {dr} and I will try to answer your question.", "I understand your concern.",
    "Dont worry.", "Relax, this is nothing serious to worry about.", "Thank you for the query, {name}.",
    "Hi! Dr. {dr} ({spec}, {years} yrs exp.) answering.~", "Welcome on {site}!!! I am glad to help you.",
    "Hello and Happy Diwali! 🪔", "Hi 👋", "Hi,Thanks for writing to {site}.~",
]
GENERIC_CLOSE = [
    "Regards.", "Thanks.", "Best regards,", "Take care.", "Hope this helps.", "Get well soon.",
    "Wish you good health.", "Hope I have answered your question.", "Feel free to ask more questions.",
    "Any further queries are welcome.", "Thanks and regards, Dr. {dr}", "Dr. {dr}", "Dr. {dr}, {city}",
    "Rgds", "tc and gud luk", "Please rate my answer.", "Thank you for choosing {site}.",
    "Wishing you all the best!", "Thank you.", "Have a nice day!", "Regards, Dr. {dr}, {deg}, {city}",
    "Let me know if you need any help.", "Hope you get well soon.", "Ask me anytime on {site}.",
    "Good luck!", "For a private consult visit www.{site}.example/ask-dr-{city} or tap the link in my profile.",
    "Dr. {dr} MBBS,MD(Med)Consultant Physician,{city}", "Thanks for asking, do rate 5 stars pls!!",
    "Follow up with me after the reports >> {site} Chat", "Wishing you and your family a blessed Christmas! 🎄",
    "Take care 🙂",
]

OPEN20 = GENERIC_OPEN + [t for h in HOUSE20.values() for t in h["open"]]
CLOSE20 = GENERIC_CLOSE + [t for h in HOUSE20.values() for t in h["close"]]
SITES20 = list(HOUSE20)

PATIENTS20 = [
    "I have had a cough for three weeks and some fever at night. Should I worry?",
    "My BP readings are around 150/95 for a month. What should I do?",
    "There is an itchy round rash on my thigh which is spreading.",
    "My sugar test came 210 fasting. I am 45 years old.",
    "My 2 year old has loose motions since yesterday and is not eating well.",
    "I get a headache on one side with vomiting almost every week.",
    "My periods are heavy and I feel very tired and breathless on stairs.",
    "I have burning urine and pain in my lower tummy since two days.",
    "Lower back pain for a month after lifting a heavy box at work.",
    "My thyroid report shows TSH 9. Do I need tablets for life?",
    "I feel low, can't sleep and have lost interest in everything for a few weeks.",
    "My knee hurts when I climb stairs and it is swollen in the evenings.",
    "Hair falling a lot after I had dengue two months back.",
    "Acid comes up into my throat at night and there is a burning feeling in my chest.",
    "I have dizziness when I turn in bed in the morning.",
    "There is a lump in my neck since my throat infection, it is painless.",
    "Pimples on my face and back for one year, nothing is working.",
    "My toe became red, hot and very painful overnight.",
    "Pain in my left calf after a twelve hour flight, the leg looks a bit swollen.",
    "Tingling and numbness in both feet, worse at night.",
]
TITLES20 = ["Cough and fever", "High blood pressure", "Skin rash", "High sugar", "Child with diarrhoea",
            "Headache", "Heavy periods", "Urine burning", "Back pain", "Thyroid report", "Low mood",
            "Knee pain", "Hair fall", "Acidity", "Dizziness", "Neck lump", "Acne", "Painful toe", "Calf pain",
            "Tingling feet"]


def _fill(template, rng, site):
    """A template with its placeholders filled and whether it glues onto the next piece ("~")."""
    values = {"name": rng.choice(NAMES20), "dr": rng.choice(DOCTORS20), "site": site,
              "city": rng.choice(CITIES20), "deg": rng.choice(DEGREES20), "spec": rng.choice(SPECS20),
              "years": rng.choice([5, 8, 12, 15, 20, 25])}
    text = template.format(**values)
    return (text[:-1], True) if text.endswith("~") else (text, False)


def _edges(rng, site, key, generic, least=0):
    """0-3 openers or closers (at least `least`), most from the site's house style."""
    count = max(least, rng.choices([0, 1, 2, 3], weights=[2, 4, 3, 2])[0])
    house = HOUSE20[site][key]
    picks = [rng.choice(house) if rng.random() < 0.65 else rng.choice(generic) for _ in range(count)]
    return [_fill(t, rng, site) for t in dict.fromkeys(picks)]


def _join(pieces, rng):
    """Pieces joined by a space, newline, blank line or nothing after a full stop; glued ones by nothing."""
    out = ""
    for i, (text, _) in enumerate(pieces):
        if i:
            prev = pieces[i - 1]
            if prev[1]:
                sep = ""
            elif prev[0].endswith(".") and rng.random() < 0.08:
                sep = ""
            else:
                sep = rng.choices([" ", "\n", "\n\n"], weights=[6, 3, 1])[0]
            out += sep
        out += text
    return out


def make_row20(rng):
    """One row: edges from one site's house style around 2-5 medical sentences, maybe a damaged piece."""
    site = rng.choice(SITES20)
    plain = rng.random() < 0.13
    short = rng.random() < 0.2
    body = rng.sample(BODY20, 2 if short else rng.randint(2, 5))
    least = 2 if short else 0  # short answers: the boilerplate is most of the text
    opens = [] if plain else _edges(rng, site, "open", GENERIC_OPEN, least)
    closes = [] if plain else _edges(rng, site, "close", GENERIC_CLOSE, least)
    middle = [(s, False) for s in body]
    damage = []
    if not plain and rng.random() < 0.22:
        damage = [rng.choice(DAMAGE20)]
        where = {"Hi, I": 0, "Regards": len(middle), "Wishing": len(middle)}
        spot = next((i for k, i in where.items() if damage[0].startswith(k)), rng.randint(0, len(middle)))
        middle.insert(spot, (damage[0], False))
    if not plain and not (opens or closes or damage):
        closes = [_fill(rng.choice(HOUSE20[site]["close"]), rng, site)]
    if closes and closes[-1][1]:
        closes[-1] = (closes[-1][0], False)
    pieces = opens + middle + closes
    k = rng.randrange(len(PATIENTS20))
    return {"Description": TITLES20[k], "Patient": PATIENTS20[k], "Doctor": _join(pieces, rng),
            "body": body, "plants": [t for t, _ in opens] + damage + [t for t, _ in closes]}


def make_blind20(n=ROWS20, seed=SEED20):
    rng = random.Random(seed)
    return [make_row20(rng) for _ in range(n)]


def main():
    OUT20.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in make_blind20()]
    OUT20.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
