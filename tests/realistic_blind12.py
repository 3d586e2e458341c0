"""Blind held-out set 12 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, in the style of specialist
answers on online doctor Q&A sites (gynaecology, dermatology, psychiatry, paediatrics, orthopaedics,
cardiology, ENT, dentistry, sexology). It was written blind: without opening the cleaner's data, its
tests, the other realistic sets or any dataset text. Rows mix 0-3 openers, 2-5 medical sentences and
0-3 closers (greetings, thanks, self-introductions, follow-up invitations, signatures with degrees and
clinics, consult adverts), with scraping damage (run-together words, lost line breaks, links) and
"Chat Doctor" placeholder damage in about a fifth of rows. Stdlib only; `main()` writes the jsonl.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED12 = 1212
OUT12 = Path(__file__).parent / "data" / "realistic_blind12.jsonl"

NAMES12 = ["Priya", "Rahul", "Ayesha", "Mr. Khan", "Sunita", "John", "Maria", "Deepak", "Fatima", "Ravi",
           "Neha", "Mrs. Sharma", "Ahmed", "Kavya", "Sam", "Lakshmi", "Imran", "Pooja", "Mark", "Anjali"]
DRS12 = ["Dr. Meenakshi Rao", "Dr. S. K. Gupta", "Dr Anil Kumar", "Dr. Rekha Pillai", "Dr. Farhan Siddiqui",
         "Dr.Vikram Joshi", "Dr. Nandini Bose", "Dr Harish Menon", "Dr. Sarah Thomas", "Dr. P. Venkatesh",
         "Dr. Ritu Malhotra", "Dr Kiran Desai", "DR. ASHOK NAIR", "Dr. Shalini Verma", "Dr. Arjun Reddy"]
SITES12 = ["HealthcareMagic", "iCliniq", "HCM", "Health Care Magic", "icliniq.com", "healthcaremagic.com"]
CITIES12 = ["Pune", "Chennai", "Kolkata", "Hyderabad", "Lucknow", "Jaipur", "Kochi", "Bangalore", "Nagpur",
            "Ahmedabad", "Indore", "Mumbai", "New Delhi", "Coimbatore", "Karachi"]
DEGS12 = ["MBBS, MD (Psychiatry)", "MBBS, DGO", "MBBS MS(Ortho)", "BDS, MDS", "MBBS, DDVL", "MBBS,MD(Paed)",
          "MS (ENT)", "MBBS, DM (Cardiology)", "MBBS, MD, DNB", "MBBS DPM", "BDS", "MBBS, MS(OBG), FICOG"]
SPECS12 = ["gynaecologist", "dermatologist", "psychiatrist", "paediatrician", "orthopaedic surgeon",
           "cardiologist", "ENT surgeon", "dental surgeon", "sexologist", "child specialist"]

_GYNAECOLOGY12 = [
    "A delay of one week in periods after stopping the pill is common and is not a cause for worry.",
    "Do a urine pregnancy test with the first morning sample if your period is more than 7 days late.",
    "Your ultrasound shows a simple ovarian cyst of 3 cm, which usually resolves on its own in two to three cycles.",
    "Repeat the scan after your next period to see whether the cyst has become smaller.",
    "Spotting in the first trimester can be due to implantation, but a scan is needed to confirm a viable pregnancy.",
    "Take folic acid 5 mg daily for the first twelve weeks of pregnancy.",
    "Irregular cycles with weight gain and acne suggest PCOS, so get a pelvic ultrasound and"
        " serum LH, FSH and testosterone done.",
    "Weight loss of even 5 to 10 percent often brings the cycles back to normal in PCOS.",
    "White curdy discharge with itching is usually a yeast infection and responds to"
        " clotrimazole vaginal pessary for 6 nights.",
    "If you have heavy bleeding soaking a pad every hour, or severe pain with dizziness, go"
        " to the emergency department at once.",
    "The emergency pill works best within 72 hours and can delay your next period by a few days.",
    "Your haemoglobin of 8.9 g/dl shows anaemia, so start ferrous sulphate 200 mg twice daily after meals.",
    "A Pap smear every three years is enough if your previous reports were normal.",
    "There is no need to worry, a small fibroid of this size does not need surgery.",
]
_DERMATOLOGY12 = [
    "These lesions look like ringworm, a fungal infection of the skin.",
    "Apply luliconazole 1 percent cream twice daily on the patches and one inch beyond them for at least four weeks.",
    "Do not use steroid creams like betamethasone on fungal infections as they make them spread.",
    "Wash your clothes and towels in hot water and dry them in the sun.",
    "For acne, apply adapalene 0.1 percent gel at night on the whole face, not just on the pimples.",
    "Use a gentle non-comedogenic face wash twice a day and avoid squeezing the pimples.",
    "Oral doxycycline 100 mg once daily for six weeks may be added if there are many inflamed pimples.",
    "Hair fall of up to 100 strands a day is normal, especially two to three months after a fever.",
    "Get your serum ferritin, vitamin D, B12 and thyroid profile done to look for a cause of the hair fall.",
    "Minoxidil 5 percent solution applied to the scalp once daily helps in male pattern baldness.",
    "Urticaria usually settles with levocetirizine 5 mg at bedtime for two weeks.",
    "If the swelling involves your lips or tongue or you have difficulty breathing, take care"
        " to reach the nearest emergency room immediately.",
    "Use a broad spectrum sunscreen of SPF 30 or more every three hours when outdoors.",
    "A mole that changes in size, colour or shape, or bleeds, should be examined and may need a biopsy.",
    "Keep the skin moisturised with a plain emollient twice daily, especially after a bath.",
]
_PSYCHIATRY12 = [
    "What you describe sounds like an anxiety disorder with panic attacks.",
    "Panic attacks are frightening but they are not dangerous and they pass within 20 to 30 minutes.",
    "Escitalopram 10 mg once daily is a good first choice, and its full effect comes after four to six weeks.",
    "Do not stop the medicine suddenly, as that can bring withdrawal symptoms.",
    "Cognitive behaviour therapy with a trained psychologist helps as much as medicines for many people.",
    "Sleep at a fixed time, avoid screens for an hour before bed and keep caffeine to the morning.",
    "Low mood for more than two weeks with loss of interest and poor sleep points towards depression.",
    "If you ever have thoughts of harming yourself, please contact a crisis helpline or go to"
        " the nearest emergency department immediately.",
    "Clonazepam should be used only for short periods because it can cause dependence.",
    "Regular exercise for 30 minutes a day improves mood and reduces anxiety.",
    "Talk openly with someone you trust, as sharing your worries is itself a help.",
    "Repeated checking and washing that takes hours a day suggests obsessive compulsive disorder, which is treatable.",
    "Your hope of getting better is realistic, since most people with depression recover with treatment.",
    "Alcohol worsens both anxiety and sleep, so it is best avoided completely.",
]
_PAEDIATRICS12 = [
    "Fever in children is best treated with paracetamol 15 mg/kg every six hours as needed.",
    "Do not give aspirin to children below 16 years.",
    "Sponge the child with lukewarm water, not cold water, when the fever is high.",
    "Give plenty of fluids and ORS after every loose stool to prevent dehydration.",
    "Zinc 20 mg once daily for 14 days reduces the duration of diarrhoea.",
    "If the child is lethargic, is not passing urine for 8 hours or has a fit, take him to the hospital at once.",
    "A weight gain of 150 to 200 g per week is normal for a baby in the first three months.",
    "Exclusive breastfeeding is recommended for the first six months.",
    "Mild jaundice appearing on the third day in a newborn is usually physiological and clears within two weeks.",
    "Get a serum bilirubin done if the yellow colour spreads to the palms and soles.",
    "Most coughs and colds in toddlers are viral and do not need antibiotics.",
    "Saline nasal drops before feeds help a blocked nose in infants.",
    "The vaccination schedule can be continued even if the baby has a mild cold.",
    "Teething can cause drooling and irritability but it does not cause high fever.",
    "Dear parents often worry about a small appetite, but a child who is active and growing well is eating enough.",
]
_ORTHOPAEDICS12 = [
    "Your x-ray shows early degenerative changes in the knee, which is osteoarthritis.",
    "Quadriceps strengthening exercises are the most important part of treatment for knee pain.",
    "Lose weight, avoid squatting and sitting cross-legged, and use a western toilet.",
    "Back pain with pain radiating down the leg suggests a disc prolapse pressing on a nerve.",
    "An MRI of the lumbar spine will show the level and the size of the disc bulge.",
    "Take aceclofenac 100 mg twice daily after food for five days, with a pantoprazole tablet before breakfast.",
    "If you develop weakness in the legs or loss of control over urine or stools, go to the"
        " emergency room immediately.",
    "Apply ice packs for 15 minutes three times a day for the first 48 hours after the sprain.",
    "A plaster cast for six weeks is usually enough for an undisplaced fracture of the wrist.",
    "Frozen shoulder is common in diabetics and improves slowly with regular stretching exercises.",
    "Keep your blood sugar under control, as it helps the shoulder recover faster.",
    "Physiotherapy for two to three weeks usually relieves neck pain from poor posture.",
    "Keep the computer screen at eye level and take a short break every hour.",
    "Calcium 500 mg with vitamin D3 daily helps if your bone density is low.",
]
_CARDIOLOGY12 = [
    "Your ECG is within normal limits and does not show any sign of a heart attack.",
    "Chest pain that comes on walking and settles with rest needs a treadmill test or a coronary angiogram.",
    "If you have chest pain lasting more than 15 minutes with sweating or breathlessness,"
        " call an ambulance and chew an aspirin 325 mg.",
    "Your blood pressure of 150/95 is high, so start amlodipine 5 mg once daily.",
    "Check your blood pressure at home twice a day for a week and keep a record.",
    "Reduce salt to less than 5 g a day and avoid pickles, papads and processed food.",
    "Your LDL cholesterol is 168 mg/dl, so atorvastatin 20 mg at night is advised.",
    "Palpitations with a normal ECG and echo are usually harmless extra beats.",
    "A 24 hour Holter monitor will record the rhythm during your palpitations.",
    "Walk briskly for 30 to 40 minutes at least five days a week.",
    "Stop smoking completely, since it is the strongest risk factor you can change.",
    "A mild mitral valve prolapse with trivial regurgitation needs only a yearly echo.",
    "Continue the aspirin and clopidogrel for one year after the stent without a break.",
    "Swelling of both feet with breathlessness on lying down needs an echocardiogram to check the heart function.",
]
_ENT12 = [
    "The ear drum shows fluid behind it, which is a middle ear infection.",
    "Take amoxicillin with clavulanic acid 625 mg three times a day for five days.",
    "Do not put oil or cotton buds in the ear.",
    "Keep water out of the ear while bathing by using a cotton ball coated with petroleum jelly.",
    "Wax can be softened with sodium bicarbonate ear drops for five days and then removed by syringing.",
    "Recurrent tonsillitis more than six times a year is an indication for tonsillectomy.",
    "Warm salt water gargles four times a day soothe the throat.",
    "A deviated nasal septum with blockage on one side may need septoplasty if sprays do not help.",
    "Use fluticasone nasal spray two puffs in each nostril once daily for allergic rhinitis.",
    "Steam inhalation twice a day helps loosen the mucus in sinusitis.",
    "Sudden hearing loss in one ear is an emergency and needs an ENT opinion and audiometry within 48 hours.",
    "Hoarseness lasting more than three weeks, especially in a smoker, needs a laryngoscopy.",
    "Ringing in the ears is often due to noise exposure and can be helped by avoiding loud sounds.",
]
_DENTISTRY12 = [
    "The pain on biting and sensitivity to hot suggest the tooth decay has reached the pulp.",
    "Root canal treatment followed by a crown is the best way to save the tooth.",
    "Take amoxicillin 500 mg three times a day and ibuprofen 400 mg after meals for the swelling.",
    "Rinse with warm salt water after meals to keep the area clean.",
    "Brush twice a day with a soft brush and fluoride toothpaste, and floss once daily.",
    "Bleeding gums are usually due to plaque and tartar, so get a professional scaling done.",
    "A partially erupted wisdom tooth that keeps getting infected is better removed.",
    "Do not spit, smoke or drink through a straw for 24 hours after an extraction.",
    "Use a desensitising toothpaste and apply it on the sensitive teeth for a minute before spitting.",
    "Swelling spreading to the eye or neck with fever needs urgent care in a hospital.",
    "Ulcers in the mouth heal in 7 to 10 days and a numbing gel can be applied before meals.",
]
_SEXOLOGY12 = [
    "Night emissions are normal in young men and do not cause weakness.",
    "Masturbation is a normal activity and does not harm your health or fertility.",
    "Premature ejaculation often improves with the stop-start technique practised over a few weeks.",
    "Dapoxetine 30 mg taken one to three hours before intercourse can help delay ejaculation.",
    "Erectile difficulty with normal morning erections usually points to performance anxiety.",
    "Get your fasting blood sugar, lipid profile and serum testosterone checked to rule out a physical cause.",
    "Tadalafil 10 mg may be taken as needed, but never along with nitrate tablets for the heart.",
    "Use condoms every time to protect against sexually transmitted infections.",
    "A semen analysis after 3 to 5 days of abstinence is the first test for male infertility.",
    "Small white bumps on the rim of the penis are pearly papules, which are normal and not an infection.",
]
_LIFESTYLE12 = [
    "Drink at least two to three litres of water a day.",
    "Eat more fruits, vegetables and whole grains.",
    "Avoid junk food.",
    "Get enough sleep.",
    "Take rest for a few days.",
    "Avoid oily and spicy food for a week.",
    "Do not self-medicate.",
    "These symptoms are not serious.",
    "Welcome changes like quitting tobacco lower your risk considerably within a year.",
    "Take care to finish the full course of antibiotics even if you feel better.",
    "Regards to diet, small frequent meals are better than three heavy meals.",
    "Thanks to the vaccine, severe disease from this infection is now rare in children.",
    "This query of yours about the dose is important: do not exceed 4 g of paracetamol in a day.",
]
SPECIALTIES12 = [_GYNAECOLOGY12, _DERMATOLOGY12, _PSYCHIATRY12, _PAEDIATRICS12, _ORTHOPAEDICS12, _CARDIOLOGY12,
                 _ENT12, _DENTISTRY12, _SEXOLOGY12]
BODY12 = [s for group in SPECIALTIES12 + [_LIFESTYLE12] for s in group]

OPEN12 = [
    "Hi.", "Hello.", "Hello~", "Hi~", "Hi {name},", "Hello {name}!", "Dear {name},", "HELLO DEAR,", "Hi dear~",
    "Hello and welcome to {site}.", "Welcome to {site}!", "Thanks for posting your query on {site}.",
    "Thank you for using {site}.~", "Thanks for writing to {site}.", "Hello, thank you for choosing {site}.",
    "Greetings from {site}.", "Hi, welcome to {site}. I am {dr}, {spec}.", "Hello, I am {dr}.",
    "I am {dr}, a {spec} with 12 years of experience.", "I am {dr} ({deg}), practising in {city}.",
    "This is {dr}, {spec}, answering your query.", "Dr. here.", "Hi, {dr} here.~",
    "Thanks for the query.", "Thank you for your query.~", "Thanks for your question.", "Thanx for the query.",
    "thnx for ur query.", "Thank you for trusting {site} with your health.", "Thank you for the history.",
    "I have gone through your query in detail.", "I have gone through your question and understand your concern.",
    "I went through your post and the reports attached.", "I read your query carefully.~",
    "I have read your history and reports.", "Have gone thru ur query.", "I have studied your case.",
    "I can understand your concern.", "I understand your anxiety.", "I understand how worrying this must be for you.",
    "Sorry to hear about your problem.", "Sorry to know about your suffering.",
    "I am sorry you are going through this.",
    "As a {spec}, I can understand your worry.", "Don't worry, I will help you.", "Do not panic.",
    "Namaste.", "Namaskar {name} ji.", "Assalam o alaikum.", "Good morning.", "Good evening {name}.",
    "Dear Sir,", "Dear Madam,", "Respected Sir,", "Dear friend,", "Hello there.", "Hey {name},",
    "Hi there, thanks for reaching out.", "Welcome to {site}, I am a {spec} and will answer your question.",
    "Hello,Welcome to {site}.~", "HI,THANKS FOR THE QUERY.~", "Hello dear, thanks for the question.~",
    "Hello, I am a {spec} and I have read your question carefully.", "Thanks for contacting {dr} on {site}.",
    "Hi! How are you?", "Hope you are doing well.", "Hope this finds you well.",
    "Welcome back to {site}.", "Nice to hear from you again.", "Thanks for the follow up.",
    "Thanks for the additional information.", "Thank you for the reports.", "Your concern is genuine.",
    "It is good that you asked.", "Very good question.", "Hello, this is a common question in my practice.",
    "I am {dr}, consultant {spec} at {city}, and I have 15+ yrs experience.",
    "Hi, {dr} ({deg}) from {city} answering.~", "Dear {name}, thanks for writing in.",
    "Hello Mam.", "Hi Sir,", "Hello, thanks for choosing me as your {spec}.",
    "Thank you for posting this in the {spec} section.", "Greetings!", "Hello, Chat Doctor welcomes you.",
]

CLOSE12 = [
    "Hope this helps.", "Hope this helps you.", "Hope I have answered your query.", "Hope this information helps.",
    "I hope this answers your question.", "Hope it helps, take care.", "Hope you get well soon.",
    "Wish you good health.", "Wishing you a speedy recovery.", "Get well soon.", "Take care.", "tc",
    "Take care and stay safe.", "All the best.", "Best wishes.", "Best of luck.", "Good luck.",
    "God bless you.", "God bless.", "Wish you a happy married life.", "Happy Diwali to you and your family.",
    "Eid Mubarak.", "Regards.", "Regards,", "Rgds", "Warm regards.", "With regards,", "Thanks.", "Thanks & regards.",
    "Thank you.", "Thanks for using {site}.", "Thank you for choosing {site}.", "Thanks for the query.",
    "Feel free to ask if you have more doubts.", "Feel free to contact me for further queries.",
    "Let me know if you have any other questions.", "You can ask me a follow up question.",
    "Revert back with the reports.", "Revert with your reports for further guidance.",
    "Please get back to me with your test results.", "Write back if you need more help.",
    "For further queries, consult a {spec} online --> {link}", "You can consult me directly at {link}",
    "For a private consultation, book me at {link}", "Ask me a direct question on {site} for a detailed discussion.",
    "For more info, you can contact me through a paid consultation on {site}.",
    "I am available for a premium consult if needed.", "Please rate my answer if you found it useful.",
    "Kindly rate my answer and give a review.", "Please click on 'Helpful' if this answer was helpful.",
    "Do accept my answer if satisfied.", "If satisfied, please close the query.",
    "{dr}", "{dr}.", "{dr}, {deg}", "{dr} {deg}", "{dr}, {spec}, {city}", "{dr} {deg}{spec}, {city}",
    "Regards, {dr}", "Regards,{dr}", "Regards {dr} {deg}", "Warm regards, {dr}, {city}.",
    "{dr}, Consultant {spec}, {city} Clinic", "{dr} ({deg}) {city}", "Thanks, {dr}",
    "{dr} (online {spec})", "- {dr}", "Yours sincerely, {dr}", "Yours truly,{dr}", "Best regards, {dr} {deg}",
    "Consultant {spec}, {city}.", "{city} Skin and Hair Clinic.", "{dr}, Smile Dental Care, {city}",
    "{dr}, Heart Care Centre, {city}", "{dr}, Mind Wellness Clinic, {city}", "visit {link}",
    "{link}", "Follow me on {site}.", "Hoping for your speedy recovery.", "Stay blessed.",
    "Any more doubts, feel free to ping.", "I will be happy to help you further.", "Have a nice day.",
    "Thank you and take care.~", "TAKE CARE.", "REGARDS,", "Pls rate me.",
    "Hope this helps.Take care.Regards{dr}", "Wishing you good health.{dr}{deg}", "GoodLuck.",
    "Send me a clear photo of the area in a direct query on {site}.",
    "Visit my clinic at {city} for a check up.", "For counselling sessions online, contact me at {link}",
    "Dr.{dr} - Ask a {spec} 24x7 at {site}",
]

LINKS12 = ["http://www.healthcaremagic.com/doctors/dr-x/12345", "https://www.icliniq.com/ask-a-doctor-online",
           "www.drclinic.in", "http://bit.ly/3xDoc", "https://icliniq.com/p/ask-a-doctor-online/dermatologist",
           "www.healthcaremagic.com/doctors/67890"]

DAMAGE12 = [
    "Apply the cream twice a Chat Doctor for two weeks.",
    "Take the tablet after Chat Doctor and not on an empty stomach.",
    "I am Chat Doctor, a {spec}, and will help you.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity).",
    "You can consult Chat Doctor for further management.",
    "Please follow up with Chat Doctor after two weeks.",
    "The Chat Doctor will examine you and decide.",
    "For more details write to Chat Doctor.com.",
    "Get your Chat Doctor done at the earliest.",
    "Regards Chat Doctor.",
    "Use the drops Chat Doctor in each ear.",
    "Chat Doctor.",
]

PATIENT12 = [
    "I am 24 years old and my periods are late by 10 days. What should I do?",
    "I have itchy round patches on my thighs for a month. Please help.",
    "I get sudden fear and palpitations, I feel I will die. Is it heart problem?",
    "My 2 year old son has fever of 102 since yesterday and loose motions.",
    "I have knee pain while climbing stairs, age 55.",
    "I get chest pain on walking fast, I am a smoker, age 48.",
    "My ear is paining and there is discharge since 3 days.",
    "I have severe tooth pain at night, cannot sleep.",
    "I am 22, I discharge very early during sex. Is there any cure?",
    "Hair fall is very much since last 3 months, please suggest.",
    "My BP was 150/95 at a checkup. Do I need tablets?",
    "Lower back pain going to the left leg for two weeks.",
]
DESC12 = ["Q. What is the cause and treatment?", "Is this serious?", "Please suggest treatment.",
          "Need urgent advice.", "What could be the reason?", "Should I be worried?"]

JOINS12 = [" ", " ", " ", "\n", "\n\n", ""]


def _fill12(rng: random.Random, template: str) -> str:
    """Fill placeholders in a boilerplate template; a trailing ~ means glue to the next piece."""
    return template.format(name=rng.choice(NAMES12), dr=rng.choice(DRS12), site=rng.choice(SITES12),
                           city=rng.choice(CITIES12), deg=rng.choice(DEGS12), spec=rng.choice(SPECS12),
                           link=rng.choice(LINKS12))


def _join12(rng: random.Random, pieces: list[str]) -> str:
    """Join pieces; glued ones ("~") get no space, others a space, newline or nothing after a stop."""
    text = ""
    for i, piece in enumerate(pieces):
        glue = piece.endswith("~")
        piece = piece[:-1] if glue else piece
        sep = "" if glue or i == len(pieces) - 1 else rng.choice(JOINS12)
        text += piece + sep
    return text


def _pick_body12(rng: random.Random) -> list[str]:
    """2-5 sentences from one specialty, now and then with a plain lifestyle line (answers stay on topic)."""
    n = rng.randint(2, 5)
    extra = rng.sample(_LIFESTYLE12, 1) if rng.random() < 0.35 else []
    body = rng.sample(rng.choice(SPECIALTIES12), n - len(extra))
    for line in extra:
        body.insert(rng.randint(0, len(body)), line)
    return body


def make_row12(rng: random.Random) -> dict:
    """One answer: 0-3 openers, 2-5 body sentences, 0-3 closers, a damaged piece in ~20 % of rows."""
    opens = [_fill12(rng, t) for t in rng.sample(OPEN12, rng.choice([0, 0, 1, 1, 2, 3]))]
    body = _pick_body12(rng)
    closes = [_fill12(rng, t) for t in rng.sample(CLOSE12, rng.choice([0, 0, 1, 2, 2, 3]))]
    middle = list(body)
    damaged = []
    if rng.random() < 0.2:
        damaged = [_fill12(rng, rng.choice(DAMAGE12))]
        middle.insert(rng.randint(0, len(middle)), damaged[0])
    pieces = opens + middle + closes
    doctor = _join12(rng, pieces)
    plants = [p.rstrip("~") for p in opens + damaged + closes]
    return {"Description": rng.choice(DESC12), "Patient": rng.choice(PATIENT12), "Doctor": doctor,
            "body": body, "plants": plants}


def make_blind12(n: int = 200, seed: int = SEED12) -> list[dict]:
    """n rows, reproducible from the seed."""
    rng = random.Random(seed)
    return [make_row12(rng) for _ in range(n)]


def main() -> None:
    """Write the set to OUT12 as jsonl."""
    OUT12.parent.mkdir(parents=True, exist_ok=True)
    with OUT12.open("w", encoding="utf-8") as f:
        for row in make_blind12():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
