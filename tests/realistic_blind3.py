"""A third blind held-out set for the answer cleaning (issue 24), written fresh by someone who had not seen the
cleaning rules, their tests or the earlier sets' phrasings.

Rows look like realistic_set.make_row's: the doctor's answer with planted boilerplate (openers, closers, a
damaged sentence) around 2 to 5 medical sentences that must survive cleaning verbatim. The pools imitate how many
different doctors on Q&A sites open and close answers: formal and chatty, terse, Indian, Nigerian, US and UK
English, typos, capitals, text-speak. Every string here is original; none is copied from a dataset.
Score a cleaner with realistic_set.score. `python tests/realistic_blind3.py` writes the 200-row file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# Medical sentences; several open like courtesy ("Thanks to", "Hope", "Take care", "Best", "Please", ...) and
# must survive.
BODY3 = [
    "Thanks to the steroid course, the swelling in your airway should settle within three to four days.",
    "Hope for full recovery is high when a Bell's palsy is treated within the first 72 hours.",
    "Take care to finish the whole antibiotic course even if the ear pain stops on day two.",
    "Take care when standing up quickly, as amlodipine can make you dizzy for the first week.",
    "Best results come when the cream is applied twice daily for at least four weeks.",
    "Best to avoid ibuprofen completely since you already have a stomach ulcer.",
    "Welcome relief from the itching usually begins within a day of starting cetirizine 10 mg at night.",
    "Dear as it may be, an MRI of the knee is the right test to look for a meniscus tear.",
    "Please get a urine routine and culture done before starting any antibiotic.",
    "Please go to the nearest emergency department now if the chest pain spreads to your jaw or left arm.",
    "Sorry to say, the X-ray does show a hairline fracture of the fifth metatarsal, so the foot needs a boot.",
    "Good news is that your thyroid profile is completely within the normal range.",
    "Good news: the ultrasound shows no gallstones and a normal liver.",
    "Wishing the lump away will not help; it needs a fine needle aspiration to know what it is.",
    "Kindly get a fasting lipid profile and HbA1c done after a 10-hour overnight fast.",
    "Kindly stop the iron tablets two days before the stool test.",
    "Feel free to take paracetamol 500 mg up to four times a day for the fever, but not more than 4 g a day.",
    "Let me know the exact dose of levothyroxine you are on, because the TSH of 9.8 suggests it is too low.",
    "Let the wound stay dry for 48 hours before you wet it in the shower.",
    "Dr. Hamilton's depression scale is only a screening tool, so a psychiatrist should assess you in person.",
    "An orthopaedic surgeon should examine the shoulder, as a rotator cuff tear is possible.",
    "Your gynaecologist may advise a Pap smear and HPV test, which are due every three to five years.",
    "A pulmonologist can do a spirometry test to confirm asthma.",
    "Show the mole to a dermatologist within two weeks since it has changed colour and bled.",
    "Tab. Pantoprazole 40 mg half an hour before breakfast for 14 days should ease the burning.",
    "Cap. Omeprazole 20 mg once daily can be used instead if pantoprazole upsets you.",
    "Tab. Azithromycin 500 mg once a day for three days is a reasonable choice for this throat infection.",
    "Syp. Ondansetron 2 mg can be given to the child for vomiting, up to twice a day.",
    "Inj. TT 0.5 mL into the upper arm is advised as the wound came from a rusty nail.",
    "Avoid alcohol.",
    "Drink plenty of fluids.",
    "Get an ECG done today.",
    "Keep weight off the sprained ankle for two days.",
    "No driving for now.",
    "Is there any fever along with the cough?",
    "How old is the child and what is his weight?",
    "Are you taking any blood thinner like aspirin or clopidogrel?",
    "Did the pain start after lifting something heavy?",
    "Do you have a history of asthma or allergies in the family?",
    "Your haemoglobin of 8.9 g/dL shows moderate anaemia, most likely from iron deficiency.",
    "The raised ALT of 96 points to mild fatty liver, which usually improves with weight loss.",
    "A serum creatinine of 1.1 mg/dL means your kidneys are working normally.",
    "Your vitamin D level of 11 ng/mL is low, so take cholecalciferol 60,000 IU once a week for eight weeks.",
    "The ECG report shows sinus tachycardia, which is a fast but regular heart rhythm.",
    "An HbA1c of 7.9 % means your sugar has not been well controlled over the last three months.",
    "The CT scan shows a 5 mm stone in the left ureter, which often passes on its own.",
    "Tamsulosin 0.4 mg at bedtime can help the stone pass more quickly.",
    "The semen analysis shows a low sperm count, and it should be repeated after three months.",
    "These symptoms fit a migraine without aura rather than a brain tumour.",
    "A burning feeling in both feet is common in long-standing diabetes and is called peripheral neuropathy.",
    "Pregabalin 75 mg at night may reduce the burning in the feet.",
    "Call an ambulance straight away if the weakness of the arm or the slurred speech returns.",
    "Sudden severe headache, the worst of your life, needs a CT scan in an emergency room tonight.",
    "Take the child to hospital at once if he becomes drowsy, stops drinking or has a fit.",
    "Vomiting blood or passing black tarry stools is an emergency; go to casualty immediately.",
    "If the baby's temperature is 38 C or higher and she is under three months old, she must be seen today.",
    "Severe pain in the lower right abdomen with fever can be appendicitis and needs a surgeon now.",
    "Shortness of breath with one swollen calf can be a clot in the lungs, so go to the ER.",
    "A pregnancy test is needed first, as your period is ten days late.",
    "Spotting in early pregnancy is common, but an ultrasound should confirm the pregnancy is in the uterus.",
    "Folic acid 5 mg daily should be continued until the twelfth week of pregnancy.",
    "Metformin 500 mg twice a day with meals is the usual starting dose.",
    "Do not stop the metoprolol suddenly, because the heart rate can rebound.",
    "Salt intake should be kept under 5 g a day to help the blood pressure.",
    "Check your blood pressure at home twice a day for a week and note the readings.",
    "Walking for 30 minutes five days a week will help both the sugar and the weight.",
    "Warm saline gargles three or four times a day will soothe the throat.",
    "Steam inhalation twice a day can loosen the blocked nose.",
    "Use a saline nasal spray before the steroid spray so the medicine reaches the lining.",
    "Fluticasone nasal spray, two puffs in each nostril once daily, controls allergic rhinitis well.",
    "Montelukast 10 mg at night can be added if the sneezing continues.",
    "Apply clotrimazole 1 % cream on the rash twice daily and keep the groin dry.",
    "Wear loose cotton underwear and change it after sweating.",
    "The white patches on the tongue look like oral thrush.",
    "Clean the baby's mouth with nystatin drops four times a day for a week.",
    "The rash with blisters along one side of the chest is typical of shingles.",
    "Valacyclovir 1 g three times a day for seven days works best if started within three days of the rash.",
    "Cold compresses for 15 minutes at a time will reduce the swelling.",
    "Keep the leg raised on two pillows when you sit or lie down.",
    "An ultrasound Doppler of the leg veins will rule out a deep vein thrombosis.",
    "This looks like a tension-type headache linked to stress and poor sleep.",
    "Sleep and wake at the same time daily and avoid screens for an hour before bed.",
    "Sertraline 50 mg once daily can take four to six weeks to show its full effect.",
    "Never stop an antidepressant on your own; it should be tapered with your doctor.",
    "If you have thoughts of harming yourself, call a crisis helpline or go to an emergency room now.",
    "A sudden loss of vision in one eye is an emergency and needs an eye hospital today.",
    "The red eye with sticky discharge is most likely bacterial conjunctivitis.",
    "Moxifloxacin eye drops, one drop four times a day for five days, should clear it.",
    "Wash your hands after touching the eyes and do not share towels.",
    "Ear drops must not be used if there is any chance the eardrum is perforated.",
    "Wax softening drops for five days followed by syringing by a nurse will clear the ear.",
    "The lump in the breast needs a mammogram and an ultrasound, whatever your age.",
    "Most breast lumps in women under 30 turn out to be fibroadenomas, which are harmless.",
    "A PSA test and a rectal examination are the first steps for these urinary symptoms.",
    "Drinking less fluid after 7 pm will cut down the night-time trips to the toilet.",
    "Cranberry juice has not been shown to treat an established urine infection.",
    "Nitrofurantoin 100 mg, one capsule every 12 hours for 5 days, suits an uncomplicated cystitis.",
    "The pain in the heel on the first steps in the morning is typical of plantar fasciitis.",
    "Stretch the calf and roll the sole over a frozen water bottle for ten minutes each evening.",
    "Knee pain on climbing stairs at your age is usually early osteoarthritis.",
    "Physiotherapy to strengthen the thigh muscles is the most useful treatment for the knee.",
    "Backache with numbness in the groin or loss of bladder control needs an urgent MRI of the spine.",
    "Diclofenac gel applied three times a day is safer for the stomach than the tablets.",
    "Oral rehydration solution should be given in small sips after every loose stool.",
    "Give zinc syrup 20 mg once a day for a fortnight along with the ORS.",
    "Avoid fruit juices and soft drinks while the diarrhoea lasts.",
    "Stool for ova and cyst will show whether worms are the cause.",
    "Albendazole 400 mg as a single dose, repeated after two weeks, treats most worm infections.",
    "The cough after starting ramipril may be a side effect of the drug itself.",
    "Switching ramipril to telmisartan 40 mg usually stops this dry cough within a few weeks.",
    "Smoking is the biggest risk for your lungs, and stopping now still adds years of life.",
    "Nicotine patches of 21 mg a day for six weeks, then tapered, double the chance of quitting.",
    "A chest X-ray and sputum for AFB are needed since the cough has lasted more than three weeks.",
    "Weight loss, night sweats and a cough for a month must be checked for tuberculosis.",
    "Your child's growth is on the 40th centile, which is normal.",
    "Toddlers often eat little at one meal and more at the next, and that is fine.",
    "The MMR vaccine does not cause autism; this has been studied in millions of children.",
    "The second dose of the hepatitis B vaccine is due one month after the first.",
    "Hair fall three months after a high fever is usually temporary and regrows by itself.",
    "Minoxidil 5 % solution, 1 mL on the scalp twice daily, helps male pattern hair loss.",
    "Acne on the jawline in women can be linked to PCOS, so an ultrasound of the ovaries is advisable.",
    "Benzoyl peroxide 2.5 % gel at night, started on alternate days, will dry the pimples.",
    "Sunscreen of SPF 30 or more should be used every morning with this cream.",
]

OPEN3 = [
    "Hi {name}, nice to meet you here.", "Hello hello {name}!!", "Hey there, thanks for dropping by.",
    "Top of the morning to you.", "A very good evening to you, {name}.", "Dear {name} ji,",
    "To whom it may concern, greetings.", "Respected patient,", "Hallo my friend,", "Helo dear patient, how r u.",
    "HELLO THERE AND THANKS,", "Hii dear, gud day~", "Hiya!", "Greetings to you and family from team {site}!",
    "Warmest greetings of the day to you.", "Compliments of the season.", "Namaskar and welcome.", "Good day to you.",
    "A hearty welcome to {site}.", "You are most welcome on {site}, {name}.",
    "Thank you for choosing {site} for your health question.", "Thanks for posting on {site}.", "Thanx for ur query.",
    "Thankyou for writing in.", "THANK YOU FOR YOUR QUESTION.", "Many thanks for trusting us with your concern.",
    "Thank you for giving such a clear history of events.", "I appreciate you sharing the reports.",
    "Well done for reaching out early.", "I have gone through your question carefully.",
    "I went thru ur query and the attached pics.", "I have reviewed the lab reports you uploaded.",
    "Read your message twice to be sure.", "I have carefully noted all your symptoms.",
    "I can see from your history what you are going through.", "I can sense the anxiety in your words.",
    "Sorry to hear about your {rel}'s illness.", "So sorry you are going through this.",
    "Ah, that sounds really uncomfortable!", "Dont panic, I am here to help.",
    "Relax, you have come to the right place.", "I understand your concern completely and will try to help.",
    "I am Dr. {doc}, a {spec} with {yrs} years of practice.", "This is Dr. {doc} from {city} answering your query.",
    "Dr. {doc} on the line here.", "I am a {spec} practising in {city}.", "My name is Dr. {doc}, MBBS, MD.",
    "As a {spec} for over {yrs} years, I see this quite often.", "I am Dr {doc} ({spec}), happy to help you.",
    "Hi, I'm Dr. {doc}.", "Thank you, {name}, for the question.~", "Hello and welcome~", "Good afternoon to u~",
    "Hi there. Thanks for asking ~", "Season's greetings!", "My dear young friend,", "Hello my dearest,",
    "hi, thnks for askng.", "Hello Mr. {name}, nice to hear from you.", "Hello Mrs. {name}, thanks for the query.",
    "Dear Madam, greetings.", "Very warm greetings all the way from {city}.", "Hope you are doing well today.",
    "Hope you are feeling a little better now.", "I trust you are well.", "How are you?",
]

CLOSE3 = [
    "Hope this info helps you out.", "I hope I've covered everything you asked.", "I hope this clears your doubt.",
    "Hope that was useful to you!", "Hoping for your quick recovery.",
    "Wishing you and yours the very best of health.", "Wishing you a smooth and speedy recovery!",
    "Praying you get well real soon.", "GET WELL SOON BRO!!", "Wishing your {rel} a fast recovery.",
    "God bless you and your household.", "May God heal you.", "Remain blessed always.", "Look after yourself, ok?",
    "Tc n bbye.", "Take care, stay safe and keep smiling.", "Warm regards and good luck.",
    "Kindest regards from the team.", "Best wishes for a quick recovery, {name}.", "Best regards, Dr. {doc}",
    "Warm regards,\nDr. {doc}", "Thanks & regds.", "With best wishes.", "Cheerio and good health!",
    "Have a blessed and peaceful day.", "Do have a lovely day.", "Any further queries, feel free to ask.",
    "Feel free to write back in this thread with more doubts.", "You can ask me a follow-up question anytime.",
    "Revert back with the reports.", "Just drop me a line if you need anything else.",
    "Ping me if anything is unclear.", "Message me again after the tests.",
    "I will be happy to assist you again anytime.", "For more help, consult a {spec} online --> {link}",
    "Consult an {spec2} online --> {link}", "Ask me directly at {link}",
    "Book a private consultation with me on {site}.", "For a detailed video consult, click here: {link}",
    "Chat with me privately for just Rs {fee}.", "Get a second opinion from our panel at {link}",
    "For personalised diet plan, consult me privately.", "Please rate this answer out of five.",
    "Kindly rate my answer if you found it useful.", "If satisfied, please accept my answer.",
    "Please hit the 'helpful' button if this helped you.", "Do give 5 stars if helpful.",
    "Don't forget to close the query.", "Dr. {doc}", "Dr. {doc}, Sr. {spec}",
    "Dr. {doc}\nMBBS, DNB ({spec}), FICP\nConsultant, {city} Medical Centre", "Dr {doc} MD",
    "-- Dr. {doc}, panel doctor at {site}", "Dr. {doc}, MBBS, FRCP, {city}.",
    "Yours sincerely in health,\nDr. {doc}, MBBS", "Consultant {spec}, {city} General Hospital",
    "Thanks a lot, Dr. {doc} signing off.", "Thank you so very much for your patience.", "THANKS A TON FOR ASKING.",
    "Thnx.", "Tx and rgds.", "Thank you for using {site}, your health partner.",
    "Thanks for contacting {site} today.", "All the very best with your recovery.", "I wish you all the best.",
    "Bye for now.", "Stay healthy, stay happy and stay blessed.",
]

DAMAGE3 = [
    "(attachment removed so as to protect the identity of the patient)",
    "(Attachment removed by moderator for privacy)",
    "(image attachment removed to protect identity)",
    "(report attachment removed - patient privacy)",
    "Take the syrup twice daily after Chat Doctor.",
    "The pain is likely due to Chat Doctor and should settle with rest.",
    "Your blood Chat Doctor level is slightly high.",
    "Apply the ointment on the Chat Doctor twice a day.",
    "A Chat Doctor scan of the abdomen is advised.",
]

NAMES3 = ["Ramesh", "Ifeoma", "Jessica", "Sandeep", "Chioma", "Aarti", "Liam", "Bukola", "Nisha", "Owen",
          "Farhan", "Lakshmi"]
DOCTORS3 = ["Anand Joshi", "Ngozi Eze", "Sarah Whitfield", "Rajiv Nair", "Emeka Obi", "Preeti Saxena",
            "Michael Grant", "Kavitha Rao", "Tariq Hussain"]
CITIES3 = ["Mangalore", "Enugu", "Leeds", "Coimbatore", "Port Harcourt", "Dehradun", "Houston", "Madurai"]
SITES3 = ["MedAnswerBay", "AskDocPoint", "ClinixTalk", "HealthQ Live", "DocConnect247", "CareCompass Online"]
SPECS3 = ["General Physician", "Internal Medicine specialist", "paediatrician", "Dermatologist",
          "Obstetrician", "Orthopaedician", "Neurologist", "Psychiatrist"]
SPECS3_VOWEL = ["ENT surgeon", "Endocrinologist", "Ophthalmologist", "Urologist"]
LINKS3 = ["https://www.medanswerbay.com/ask/dr-{slug}", "http://bit.ly/{code}", "www.askdocpoint.in/{slug}",
          "clinixtalk.com/consult?id={code}"]
RELS3 = ["son", "daughter", "father", "mother", "husband", "wife", "baby", "grandmother"]
PATIENT3 = [
    "I am {age} years old and for {d} days I have {complaint}. Is it serious?",
    "My {rel} ({age}) has {complaint} since {d} days. Which medicine to give?",
    "Sir, {complaint} from last {d} days, age {age}. Please advise.",
    "Doctor, {age}F here with {complaint} for {d} days. What tests do I need?",
    "hi i m {age} male, {complaint} 4 {d} days, pls help",
]
COMPLAINTS3 = ["a dry cough", "burning in my chest", "pain in my knee", "itchy rash on the arms", "loose motions",
               "headache every evening", "a lump in my neck", "swollen feet", "red eyes", "back pain"]

OPEN_COUNTS = (0, 1, 2, 3)
COUNT_WEIGHTS = (34, 36, 20, 10)  # P(no opener and no closer) = 0.34**2, so about 88 % of rows carry some
JOINS = [" "] * 13 + ["\n", "\n", "\n\n", ""]  # "" only after a full stop: a scraped edge that lost its space
DAMAGE_SHARE = 0.2
SEED = 3243
ROWS = 200
FILE = Path(__file__).resolve().parent / "data" / "realistic_blind3.jsonl"


def fill3(template: str, rng: random.Random) -> str:
    """A template with its placeholders filled; links are filled first, as they carry placeholders too."""
    code = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(7))
    doc = rng.choice(DOCTORS3)
    slug = doc.lower().replace(" ", "-")
    link = rng.choice(LINKS3).format(code=code, slug=slug)
    return template.format(name=rng.choice(NAMES3), doc=doc, city=rng.choice(CITIES3), site=rng.choice(SITES3),
                           spec=rng.choice(SPECS3), spec2=rng.choice(SPECS3_VOWEL), yrs=rng.randint(4, 31),
                           rel=rng.choice(RELS3), link=link, fee=rng.choice([199, 299, 450, 500, 999]), code=code)


def join3(pieces: list[str], rng: random.Random) -> str:
    """Pieces joined mostly by a space, sometimes a line break, sometimes nothing after a full stop; a piece
    ending in "~" is glued to the next one with nothing between (the "~" itself is dropped)."""
    text = ""
    for i, piece in enumerate(pieces):
        if i:
            prev = pieces[i - 1]
            sep = rng.choice(JOINS)
            if prev.endswith("~"):
                sep = ""
            elif sep == "" and not prev.endswith("."):
                sep = " "
            text += sep
        text += piece[:-1] if piece.endswith("~") else piece
    return text


def row3(rng: random.Random) -> dict:
    """One answer: 0 to 3 openers, 2 to 5 medical sentences (a damaged one in about a fifth), 0 to 3 closers."""
    body = rng.sample(BODY3, rng.randint(2, 5))
    heads = [fill3(t, rng) for t in rng.sample(OPEN3, rng.choices(OPEN_COUNTS, COUNT_WEIGHTS)[0])]
    tails = [fill3(t, rng) for t in rng.sample(CLOSE3, rng.choices(OPEN_COUNTS, COUNT_WEIGHTS)[0])]
    middle = list(body)
    damage = []
    if rng.random() < DAMAGE_SHARE:
        damage = [rng.choice(DAMAGE3)]
        middle.insert(rng.randint(0, len(middle)), damage[0])
    patient = rng.choice(PATIENT3).format(age=rng.randint(16, 72), d=rng.randint(2, 30), rel=rng.choice(RELS3),
                                          complaint=rng.choice(COMPLAINTS3))
    return {"Description": "Q. " + patient.split(".")[0][:50].rstrip(" ,") + "?", "Patient": patient,
            "Doctor": join3(heads + middle + tails, rng), "body": body,
            "plants": [h.rstrip("~") for h in heads] + tails + damage}


def make_blind3(n: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    return [row3(rng) for _ in range(n)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    FILE.parent.mkdir(parents=True, exist_ok=True)
    FILE.write_text(dumps(make_blind3(ROWS)), encoding="utf-8")


if __name__ == "__main__":
    main()
