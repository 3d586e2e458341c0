"""Blind held-out set 21 for answer cleaning (medqa issue 24), leaning on the iCliniq part of the data.

How it was made: every sentence below was written by hand for this file, blind: without opening the cleaner,
its rules, its tests, the other realistic sets or any dataset text. The aim is the iCliniq distribution as it
looked around 2012 to 2020: most answers open and close with the few forms most of its doctors used, in many
small variants (spacing, punctuation, case, typos, names, site spelled several ways), and a long tail of rarer
forms from individual doctors. Frequencies follow that: OPEN21 and CLOSE21 are ordered by how common a form
was, and a form of rank r is drawn with weight 1/r, so the first COMMON21 (the head) make up about two thirds of
the edges and each tail form is rare.

A row has 0-3 openers, 2-5 medical sentences, 0-3 closers and, in about a fifth of rows, one damaged piece
("Chat Doctor" where a word or name stood, or the attachment note). A template ending in "~" is glued to the
next piece with no space. "body" lists the medical sentences verbatim as they stand in "Doctor"; "plants"
lists the boilerplate and damaged pieces verbatim.
"""
import json
import random
from pathlib import Path

SEED21 = 2121
OUT21 = Path(__file__).parent / "data" / "realistic_blind21.jsonl"
COMMON21 = 14  # the head of each edge pool: the forms most doctors used
CLEAN21 = 0.1  # share of rows with no opener or closer at all (a doctor who wrote only advice)

NAMES21 = ["Rahul", "Priya", "Mr. Khan", "Sunita", "John", "Maria", "Anil", "Fatima", "Deepak", "Kavya", "Mrs. Rao",
           "Ahmed", "Neha", "Lakshmi", "Tom", "Sara", "Vikram", "Aisha", "Ramesh", "Jenny"]
DRS21 = ["Dr. Sanjay Kumar", "Dr. Meena Iyer", "Dr. R. K. Gupta", "Dr Anjali Deshpande", "Dr. Sameer Kulkarni",
         "Dr. Vivek Nair", "dr. farhan ali", "Dr.Pooja Sharma", "Dr. K. Venkatesh", "Dr. Ritu Malhotra",
         "Dr. Suresh Babu", "Dr. Nandini Rao", "Dr. Arvind Patil", "Dr. Shalini Menon"]
SITES21 = ["iCliniq", "icliniq", "iCliniq.com", "www.icliniq.com", "ICLINIQ", "icliniq.com", "i cliniq", "iclinic"]
CITIES21 = ["Chennai", "Pune", "Bangalore", "Hyderabad", "Kochi", "Mumbai", "Delhi", "Coimbatore", "Jaipur", "Nagpur"]
SPECS21 = ["general medicine physician", "dermatologist", "cardiologist", "gynecologist", "pediatrician",
           "orthopedician", "psychiatrist", "ENT otolaryngologist", "gastroenterologist", "neurologist",
           "internal medicine physician", "urologist", "dentist", "sexologist"]
LINKS21 = ["https://www.icliniq.com/ask-a-doctor-online/{slug}", "https://icliniq.com/p/ask-a-doctor-online/{slug}",
           "www.icliniq.com/ask-a-doctor-online/{slug}"]

OPEN21 = [
    # the head: the handful of forms most doctors used
    "Hi.", "Hello.", "Hi,", "Hello,", "Hi. ~", "Hello~", "Hi, Welcome to {site}.",
    "Thanks for the query.", "I have gone through your query.", "Thank you for the query.",
    "I understand your concern.", "Hi. I have gone through your query.", "Hello. Welcome to {site}.",
    "Hi. Thanks for the query.",
    # the tail
    "Hi {name}.", "Hello {name},", "Hi,Thanks for the query.~", "Hello, I read your query and understand your concern.",
    "Thanks for posting your query on {site}.", "Hi. Thank you for consulting {site}.", "Hello. Thanks for query.",
    "I have gone through your query and the attached reports (attachment removed to protect patient identity).",
    "Hi, I have carefully gone through your query.", "Hi. I can understand your concern.",
    "Hello and welcome to {site}.", "Thank you for writing to {site}.", "Hi, thanks for using {site}.",
    "Hello. I just read your query.", "Hi. I have read your query and can understand your worry.",
    "I have gone through your details.", "Greetings from {site}.", "HELLO.", "HI.~", "hi", "hello,",
    "Hellow.", "Hi  .", "Hi, I went through your question.", "Thanks for posting your query.",
    "I am {dr}, {spec}, and I will help you with this.", "Welcome to {site}, I am {dr}.",
    "Hello. I am {dr}. I have read your question in detail.", "Dear {name}, thanks for consulting.",
    "Dear patient, thanks for writing in.", "Respected sir,", "Hello dear.", "Hello Mam,", "Hi sir,",
    "Good morning.", "Good evening, {name}.", "Hi. I have gone through the history and photos you sent.",
    "I have gone through your query with diligence and would like you to know that I am here to help you.",
    "I can understand your situation and I am here to help you.", "I am sorry to hear about your problem.",
    "Sorry to know about your mother's illness.", "Do not worry, I will help you.", "Dont worry.",
    "Relax, this is a common problem.", "Thank you for the detailed history.", "Thanks for the details.",
    "Thank you for your question on {site}.", "Hi. Thank you for sharing the reports.",
    "I have reviewed the attachment (attachment removed to protect patient identity).",
    "(attachment removed to protect patient identity)", "Hello. I have gone through the images.",
    "Namaste.", "Greetings.", "Hi there.", "Hi dear,", "Helo.", "Thankyou for the query.", "Thanx for the query.",
    "Hello! Thanks for writing to us.", "Hi. I have gone through your query and understood the concern.~",
    "Hello, Welcome to {site}. I am {dr} and I have read your question.",
    "I am a {spec} with 15 years of experience and I have read your query carefully.",
    "This is {dr} answering your query.", "Thank you for choosing {site} for your health concern.",
    "Hi. Welcome to {site}. I have gone through your query.~", "Hello, I can see that you are worried.",
    "Hi. I have gone through your query, thanks for sharing.", "Hi. Thanks for writing back.",
    "Hello again.", "Welcome back to {site}.", "Thank you for the follow up.",
]

CLOSE21 = [
    # the head
    "Regards.",
    "Thank you.",
    "Take care.",
    "Hope this helps.",
    "Thanks.",
    "Revert back with the reports to an {spec} online.",
    "For more information consult a {spec} online --> {link}", "Hope this helps you. Take care.",
    "For further information consult a {spec} online --> {link}", "Hope I have answered your query. Take care.",
    "Revert with more details to a {spec} online.", "Regards,", "Hope this helps. Regards.",
    "For further queries consult a {spec} online --> {link}",
    # the tail
    "Take care and regards.", "Thanks and regards.", "Thank you and take care.", "Regards, {dr}.",
    "{dr}, {spec}", "Regards {dr}", "Hope this answer helps. Feel free to ask any more questions.",
    "Follow up after the tests, I will be glad to help.", "You can revert back to me after a week.",
    "Revert back after 2 weeks.", "Please revert with the blood reports.", "Feel free to ask further queries.",
    "If you have any more doubts, please ask.", "Write to me again with the scan report.",
    "Kindly rate the answer if you found it useful.", "Please click on thank the doctor if it helped.",
    "Wish you a speedy recovery.", "Wishing you good health.", "Get well soon.", "God bless you.",
    "Best wishes for your baby.", "Happy Diwali and take care.", "All the best.", "Best of luck.",
    "I hope this helps you.", "Hope you find this answer helpful.", "Hope your query is answered.",
    "Hope I have cleared your doubt.", "hope this helps", "TAKE CARE.", "Tc.", "Rgds.", "Thanks, regards.",
    "Regards..", "Thanks & Regards, {dr}", "{dr} MBBS, MD (Medicine), Consultant Physician, {city}",
    "{dr}, MDS (Oral Medicine), {city}.", "{dr}, MBBS, DNB (Psychiatry)", "Regards,{dr}MBBS,MS(Ortho)",
    "For further doubts consult a {spec} online.", "Consult a {spec} online for more details --> {link}",
    "To know more consult a {spec} online --> {link}", "For more information consult an {spec} online.",
    "You can also consult me directly on {site} for a detailed discussion.",
    "You can send the reports to me through a private query.", "Contact me through a paid direct question.",
    "Please feel free to ask me directly at {site} for a detailed plan.", "I will be available for follow up.",
    "Let me know if you have any other questions.", "Do write back if you need anything else.",
    "Thanks for using {site}.", "Thank you for consulting {site}.", "Thanks for trusting {site}.",
    "Thank you for choosing {site}, take care.", "Stay safe.", "Stay home, stay safe.", "Be positive.",
    "Do not worry, everything will be fine.", "Nothing to worry.", "Don't panic, it is treatable.",
    "Thank you for your query.", "Thanks for the query.", "Thanks for writing in.", "Thankyou.", "Thanx.",
    "Regards ,", "Rgards.", "Take care,", "With regards.", "Yours sincerely, {dr}.",
    "Hope this information helps you.", "Hope this has helped you.", "Good luck.",
    "Hope this will help you. Take care.", "Thank you. Regards, {dr}, {spec}, {city}.",
    "Wishing your father a quick recovery.", "Take care of your health.",
    "Please do not forget to rate the answer.", "Hope I answered your question.",
    "Welcome for any further queries.", "You are welcome to ask again.",
]

DAMAGE21 = [
    "Take the tablet twice a Chat Doctor after food.",
    "Apply the ointment on the Chat Doctor area at night.",
    "I am Chat Doctor and I will help you.",
    "You can consult me on Chat Doctor for the follow up.",
    "Keep the wound Chat Doctor and clean.",
    "Drink plenty of water, at least 3 litres a Chat Doctor.",
    "Your reports were reviewed by Chat Doctor.",
    "Chat Doctor.",
    "(attachment removed to protect patient identity)",
    "Hello, Chat Doctor, welcome.",
    "Please get a Chat Doctor test done.",
    "Thanks for consulting Chat Doctor.",
    "Regards Chat Doctor.",
    "Avoid Chat Doctor food and oily items.",
]

BODY21 = [
    "Your symptoms suggest acid reflux.", "Take tablet Pantoprazole 40 mg once daily before breakfast for two weeks.",
    "Avoid spicy and oily food and do not lie down for two hours after meals.",
    "Raise the head end of your bed by six inches.", "Get an upper GI endoscopy done if the pain persists.",
    "The rash looks like a fungal infection called tinea corporis.",
    "Apply Luliconazole cream twice daily on the rash and two centimetres around it for four weeks.",
    "Take tablet Levocetirizine 5 mg at night for the itching.", "Do not apply steroid creams on the rash.",
    "Wear loose cotton clothes and keep the area dry.", "Wash your clothes in hot water and dry them in the sun.",
    "Your ECG report is within normal limits.", "The chest pain you describe is most likely muscular.",
    "If the pain spreads to the left arm or jaw with sweating, go to the emergency room immediately.",
    "Get a lipid profile and fasting blood sugar done.", "Your blood pressure of 150/95 mmHg needs treatment.",
    "Start tablet Amlodipine 5 mg once daily after consulting your physician.",
    "Reduce salt to less than 5 grams a day.", "Walk briskly for 30 minutes at least five days a week.",
    "Your thyroid report shows a TSH of 8.2, which means hypothyroidism.",
    "Take tablet Thyroxine 50 mcg on an empty stomach in the morning.",
    "Repeat the TSH after six to eight weeks.", "Your hemoglobin of 9.1 g/dL shows anemia.",
    "Take an iron tablet once daily with orange juice for three months.",
    "Eat green leafy vegetables, dates and jaggery.",
    "Get a stool test for occult blood done.", "The lump in the breast needs an ultrasound and a mammogram.",
    "Most breast lumps at your age are benign fibroadenomas.", "A fine needle aspiration will confirm the nature.",
    "Your periods may be delayed due to stress or polycystic ovaries.", "Do a urine pregnancy test first.",
    "Get an ultrasound of the pelvis done.",
    "Tablet Primolut N 5 mg thrice daily for five days will bring your periods.",
    "Spotting after intercourse needs a Pap smear.",
    "Folic acid 5 mg daily should be started three months before pregnancy.",
    "Your child has viral fever.", "Give syrup Paracetamol 15 mg per kg every six hours if the fever is above 100 F.",
    "Sponge the child with lukewarm water.", "Give plenty of fluids and ORS.",
    "If the child becomes drowsy, has a fit or stops feeding, take him to the hospital at once.",
    "Antibiotics are not needed for a viral cold.", "Saline nasal drops will clear the blocked nose.",
    "Steam inhalation twice a day will help the sinuses.",
    "Your X-ray shows early osteoarthritis of the knee.",
    "Lose weight, as every kilogram lost reduces the load on the knee.",
    "Do quadriceps strengthening exercises daily.",
    "Take tablet Aceclofenac 100 mg twice daily after food for five days.",
    "Apply a hot pack on the knee for 15 minutes.", "Avoid squatting and sitting cross-legged.",
    "Back pain with numbness in the leg suggests a disc bulge.", "An MRI of the lumbar spine is needed.",
    "If you lose control of urine or stools, go to the emergency department the same day.",
    "Sleep on a firm mattress.", "Your tooth has deep caries reaching the pulp.",
    "Root canal treatment followed by a crown is the best option.",
    "Take tablet Amoxicillin 500 mg thrice daily for five days.", "Rinse with warm salt water three times a day.",
    "Brush twice daily with a soft brush and use dental floss.",
    "Wisdom tooth pain usually needs an X-ray called an OPG.",
    "Ear pain with discharge suggests a middle ear infection.", "Do not put oil or water in the ear.",
    "Keep the ear dry while bathing.", "Ringing in the ear needs a hearing test called PTA.",
    "Your headache looks like a migraine.", "Keep a diary of your headache triggers.",
    "Tablet Naproxen 500 mg at the start of the headache can help.",
    "Sudden severe headache, the worst of your life, needs an emergency CT scan.",
    "Sleep for seven to eight hours at regular times.", "Limit screen time before bed.",
    "What you describe sounds like an anxiety disorder.",
    "Panic attacks are not dangerous though they feel frightening.",
    "Cognitive behavioural therapy works well for this.", "Tablet Escitalopram 10 mg may be started by a psychiatrist.",
    "If you have thoughts of ending your life, call a crisis helpline or go to the nearest emergency room now.",
    "Talk to someone you trust about how you feel.", "Burning while passing urine suggests a urinary tract infection.",
    "Get a urine routine and culture test done.", "Drink at least three litres of water a day.",
    "Tablet Nitrofurantoin 100 mg twice daily for five days is usually effective.",
    "Your semen analysis shows a low count.", "Stop smoking and alcohol.", "Early ejaculation is common and treatable.",
    "Your sugar of 240 mg/dL after food means diabetes.", "Get an HbA1c test done.",
    "Tablet Metformin 500 mg twice daily after food is the usual first drug.",
    "Check your feet daily for cuts or blisters.", "Cut down on rice, sweets and sugary drinks.",
    "Your liver enzymes are mildly raised.", "This is most probably fatty liver.", "Avoid alcohol completely.",
    "Jaundice with high fever and confusion needs admission.", "Constipation improves with fibre and water.",
    "Take Isabgol husk two teaspoons at bedtime in a glass of water.", "Piles can bleed bright red blood after stools.",
    "Sitz bath in warm water twice daily eases the pain.",
    "Hair fall after typhoid usually recovers in three to six months.",
    "Get serum ferritin, vitamin D and B12 levels checked.", "Apply Minoxidil 5 % solution on the scalp twice daily.",
    "Acne needs patience as treatment takes eight to twelve weeks.", "Apply Adapalene gel at night on the whole face.",
    "Do not squeeze the pimples.", "Use a sunscreen of SPF 30 every morning.",
    "Hope is not lost, as this condition responds well to treatment.",
    "The doctor will welcome any question you have about the biopsy.",
    "Take extra care of your feet if you have diabetes.",
    "Thanks to the vaccine, measles is rare now.", "Your dear ones should also be screened for tuberculosis.",
    "Help from a physiotherapist will speed up the recovery.",
    "This query about the dose is best settled by your oncologist.",
    "Regards to diet, eat small frequent meals.", "Taking care of the wound daily prevents infection.",
    "A cough lasting more than two weeks needs a chest X-ray and sputum test.",
    "Breathlessness at rest or bluish lips needs emergency care.", "Use the inhaler with a spacer.",
    "Rinse your mouth after the steroid inhaler.", "Your platelet count is low due to dengue.",
    "Check the platelets daily till they rise.", "Bleeding from the gums or black stools in dengue needs admission.",
    "Take only paracetamol for fever in dengue, not ibuprofen.", "Walk in the park in the morning.",
    "Eat on time and do not skip breakfast.", "Spend time with family and friends.", "Try to go to bed early.",
    "Drink a glass of warm milk at night.", "Keep a bottle of water at your desk.",
    "Giddiness on turning the head suggests BPPV.", "The Epley manoeuvre done by an ENT doctor can cure it.",
    "Tablet Betahistine 16 mg thrice daily helps the vertigo.",
    "Numbness in the hands at night suggests carpal tunnel syndrome.",
    "A nerve conduction study will confirm it.", "Wear a wrist splint at night.",
]

PATIENT21 = [
    "Hi doctor, I have burning in my chest after meals for a month. What should I do?",
    "My 4 year old son has fever since 2 days, 102 F, and a runny nose.",
    "Hello, I have itchy red round patches on my thigh and waist that keep spreading.",
    "I am 45, my BP was 150/95 at the clinic today. Do I need medicine?",
    "My TSH report came 8.2. I feel tired and am gaining weight.",
    "Sir, I have severe knee pain while climbing stairs. I am 58 years old.",
    "My periods are late by 15 days and the pregnancy test is negative.",
    "I have pain in my lower back going down to my left leg with tingling.",
    "My tooth hurts a lot when I drink cold water and at night.",
    "I get headaches every week with nausea and cannot stand light.",
    "I get sudden attacks of fear and fast heartbeat, I feel I will die.",
    "Burning urine since 3 days with frequent urge. Female, 30.",
    "My sugar after food was 240. What does it mean?",
    "My hair is falling a lot after I had typhoid 2 months ago.",
    "I feel giddy when I turn in bed. The room spins for a few seconds.",
    "My platelets are 60000 and I have dengue. Should I be admitted?",
]
DESCRIPTIONS21 = ["Q. What should I do for this problem?", "Q. Is this serious?", "Q. Which medicine should I take?",
                  "Q. Do I need any tests?", "Q. Is it normal?", "Q. What is the treatment for this?",
                  "Q. Please suggest the right treatment.", "Q. Why do I have these symptoms?"]
SLUGS21 = ["general-medicine-physician", "dermatologist", "cardiologist", "gynecologist", "pediatrician"]


def _fill21(rng, template):
    spec = rng.choice(SPECS21)
    link = rng.choice(LINKS21).replace("{slug}", rng.choice(SLUGS21))
    return (template.replace("{link}", link).replace("{spec}", spec).replace("{name}", rng.choice(NAMES21))
            .replace("{dr}", rng.choice(DRS21)).replace("{site}", rng.choice(SITES21))
            .replace("{city}", rng.choice(CITIES21)))


def _edge21(rng, pool, k):
    """k distinct templates drawn by rank (Zipf-like): the head common, each tail form rare."""
    weights = [1.0 / (rank + 1) for rank in range(len(pool))]
    picked = []
    while len(picked) < k:
        template = rng.choices(pool, weights=weights)[0]
        if template not in picked:
            picked.append(template)
    return picked


def _pieces21(rng):
    """(text, kind, glued) triples in row order; kind is 'body' or 'plant'."""
    n_open = rng.choices([0, 1, 2, 3], weights=[12, 50, 30, 8])[0]
    n_close = rng.choices([0, 1, 2, 3], weights=[14, 44, 32, 10])[0]
    if rng.random() < CLEAN21:
        n_open = n_close = 0
    pieces = [(_fill21(rng, t).rstrip("~").rstrip(), "plant", t.endswith("~")) for t in _edge21(rng, OPEN21, n_open)]
    body = [(s, "body", False) for s in rng.sample(BODY21, rng.randint(2, 5))]
    if rng.random() < 0.2:
        body.insert(rng.randint(0, len(body)), (rng.choice(DAMAGE21), "plant", False))
    closers = [(_fill21(rng, t).rstrip("~"), "plant", False) for t in _edge21(rng, CLOSE21, n_close)]
    return pieces + body + closers


def _join21(rng, pieces):
    text = ""
    for i, (piece, _kind, _glued) in enumerate(pieces):
        if i:
            prev = pieces[i - 1]
            if prev[2]:
                sep = ""
            else:
                sep = rng.choices([" ", "\n", "\n\n", "", "  "], weights=[60, 15, 8, 10, 7])[0]
                if sep == "" and not prev[0].endswith((".", "?", "!")):
                    sep = " "
            text += sep
        text += piece
    return text


def make_row21(rng):
    pieces = _pieces21(rng)
    doctor = _join21(rng, pieces)
    return {"Description": rng.choice(DESCRIPTIONS21), "Patient": rng.choice(PATIENT21), "Doctor": doctor,
            "body": [p for p, kind, _ in pieces if kind == "body"],
            "plants": [p for p, kind, _ in pieces if kind == "plant"]}


def make_blind21(n=200, seed=SEED21):
    rng = random.Random(seed)
    return [make_row21(rng) for _ in range(n)]


def main():
    OUT21.parent.mkdir(parents=True, exist_ok=True)
    with OUT21.open("w", encoding="utf-8") as f:
        for row in make_blind21():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
