"""Blind held-out set 8 for answer cleaning (medqa issue 24): doctors' answers as scraped from a Q&A site.

How it was made: every sentence below was written by hand for this file, in the style of answers on
doctors' Q&A sites and their ChatDoctor-style derived copies, without opening the cleaning code, its
tests, its data, the dataset, or any other realistic set (written blind). Nothing here was copied from a
dataset. A row is 0-3 openers, 2-5 medical sentences and 0-3 closers, with a damaged piece (the "Chat
Doctor" placeholder where a word stood, the attachment-removed note) in about a fifth of the rows,
joined by spaces, newlines, or nothing after a full stop. An opener or closer template ending in "~" is
glued to the next piece with no space, as when the line breaks of a scraped answer are lost. "body"
lists the medical sentences exactly as they appear in "Doctor"; "plants" lists the boilerplate and
damaged pieces exactly as they appear there. Stdlib only; `python tests/realistic_blind8.py` rewrites
tests/data/realistic_blind8.jsonl.
"""

import json
import random
from pathlib import Path

SEED8 = 808
ROWS8 = 200
OUT8 = Path(__file__).parent / "data" / "realistic_blind8.jsonl"

NAMES8 = ["Ravi", "Priya", "Mr. Sharma", "Mrs. Kaur", "Ahmed", "Fatima", "John", "Sarah", "Anil", "Deepa",
          "Mohammed", "Lakshmi", "Rahul", "Ms. Joseph", "Sunita", "Kevin", "Aisha", "Vikram", "Meena", "Tom"]
DOCTORS8 = ["Dr. Rakesh Menon", "Dr. S. Iyer", "Dr Anjali Deshpande", "Dr. M. K. Gupta", "DR. SANJAY RAO",
            "Dr. Farah Siddiqui", "Dr. Peter Collins", "Dr.Nitin Kulkarni", "Dr. Harpreet Singh Bedi",
            "dr. vasudha", "Dr. Ramesh Babu K", "Dr. Olusegun Adeyemi", "Dr. Shalini", "Dr. T. Venkatesh"]
SITES8 = ["HealthcareMagic", "Healthcare Magic", "HCM", "healthcaremagic.com", "iCliniq", "icliniq.com",
          "ICLINIQ", "Chat Doctor", "ChatDoctor", "www.healthcaremagic.com", "Health Care Magic", "HealthCareMagic"]
CITIES8 = ["Pune", "Chennai", "Hyderabad", "Mumbai", "New Delhi", "Bangalore", "Kochi", "Lucknow", "Jaipur",
           "Kolkata", "Lagos", "Manila"]
DEGREES8 = ["MBBS, MD", "MBBS, MD(Med)", "MBBS DNB (Ortho)", "MD, DM (Cardiology)", "MBBS, MS (ENT)",
            "M.B.B.S., D.G.O.", "MBBS MRCP(UK)", "BDS, MDS", "MD (Derm)", "MBBS, DCH", "MD Psychiatry"]
SPECS8 = ["cardiologist", "general physician", "dermatologist", "gynaecologist", "orthopaedic surgeon",
          "ENT specialist", "paediatrician", "psychiatrist", "neurologist", "gastroenterologist", "dentist"]
YEARS8 = ["8", "12", "15", "20", "25", "over 10", "more than 18"]
URLS8 = ["www.healthcaremagic.com/doctors/dr-rakesh-menon/64218", "http://www.icliniq.com/ask-a-doctor-online",
         "https://www.icliniq.com/consult/general-physician", "bit.ly/askdrnow", "www.chatdoctor.com/ask",
         "healthcaremagic.com/premium-questions"]

BODY8 = [
    # cardiology
    "Your ECG shows sinus tachycardia at 112 per minute, which is most often due to anxiety, fever or dehydration.",
    "A blood pressure of 150/95 on three separate days needs treatment, and amlodipine 5 mg once daily"
    " is a good start.",
    "Chest pain that spreads to the left arm or jaw with sweating needs an ambulance, not a wait for the morning.",
    "Please get a fasting lipid profile and a 2D echo done before we decide on statins.",
    "Atorvastatin 10 mg at night should bring your LDL below 100 mg/dl in about three months.",
    "The occasional skipped beat you feel is probably an ectopic beat, and it is harmless in a normal heart.",
    "Palpitations with fainting are not to be ignored; a 24 hour Holter monitor will show the rhythm.",
    "Do not stop clopidogrel on your own after a stent, as the stent can block within days.",
    # respiratory
    "The X-ray shows a patch in the right lower zone, which fits with pneumonia.",
    "Take amoxicillin with clavulanic acid 625 mg three times a day for seven days after food.",
    "Use the salbutamol inhaler two puffs when breathless, with a spacer if you have one.",
    "If your lips turn blue or you cannot speak in full sentences, go to the emergency department at once.",
    "A cough lasting more than three weeks in a smoker needs a chest X-ray and sputum for AFB.",
    "Steam inhalation twice a day will loosen the mucus in the sinuses.",
    "Montelukast 10 mg at bedtime helps the allergic cough that gets worse at night.",
    # gastro
    "Your symptoms suggest acid reflux, so take pantoprazole 40 mg half an hour before breakfast for four weeks.",
    "Avoid lying down for two hours after dinner and raise the head end of the bed by six inches.",
    "Black tarry stools can mean bleeding in the stomach and need to be seen in casualty today.",
    "An ultrasound of the abdomen will show whether there are stones in the gall bladder.",
    "A stool test for H. pylori antigen is cheap and tells us if the ulcer needs eradication therapy.",
    "Drink oral rehydration solution after every loose stool, about 200 ml for an adult.",
    "Raised SGPT of 98 with a fatty liver on scan usually improves with weight loss and no alcohol.",
    "Isabgol husk two teaspoons in water at night will soften the stools and ease the fissure.",
    "Sitz baths in warm water for ten minutes after each motion relieve the spasm of the anal fissure.",
    "Pain that starts around the navel and moves to the right lower abdomen may be appendicitis,"
    " so see a surgeon today.",
    # endocrine
    "Your HbA1c of 8.4 percent shows that the sugar has been high for the last three months.",
    "Metformin 500 mg twice daily after meals is the usual first medicine for type 2 diabetes.",
    "With regards to the thyroid report, a TSH of 7.2 with normal T4 is subclinical hypothyroidism.",
    "Thyroxine 25 mcg should be taken empty stomach in the morning, half an hour before tea or breakfast.",
    "Check your fasting and two hour post meal sugars once a week and keep a record.",
    "A vitamin D level of 11 ng/ml is low, and cholecalciferol 60,000 units once a week for eight weeks"
    " will correct it.",
    "If the sugar falls below 70 with sweating and shaking, take three teaspoons of sugar or glucose at once.",
    # neuro
    "The headache you describe is typical of migraine, especially with the flashing lights before it.",
    "Keep a headache diary of sleep, meals and screen time to find your triggers.",
    "Sudden weakness of one side of the body or slurred speech is a stroke until proved otherwise; call an ambulance.",
    "An MRI of the brain is not needed for a tension headache that goes away with rest.",
    "Tingling in the feet of a diabetic is usually peripheral neuropathy, and vitamin B12 levels should be checked.",
    "There is good hope that the facial nerve will recover fully, as most Bell's palsy cases do within three months.",
    "Prednisolone started within 72 hours of Bell's palsy improves recovery.",
    "Never drive or swim alone until you have been free of seizures for the period your neurologist advises.",
    # ortho
    "The pain on the outer side of the elbow is tennis elbow, and it settles with rest and a forearm strap.",
    "Apply an ice pack wrapped in a towel for fifteen minutes three times a day.",
    "An MRI of the lumbar spine will show whether a disc is pressing on the nerve root.",
    "Loss of control over urine or stools with back pain is an emergency and needs surgery the same day.",
    "Physiotherapy with core strengthening exercises is the main treatment for chronic low back pain.",
    "Aceclofenac 100 mg twice daily after food can be taken for five days for the pain.",
    "Your bone density scan shows osteopenia, so take calcium 500 mg with vitamin D daily.",
    "Heel pain worse with the first steps in the morning is plantar fasciitis.",
    "Wear soft cushioned footwear and avoid walking barefoot on hard floors.",
    # derm
    "The ring shaped itchy patch in the groin is a fungal infection called tinea cruris.",
    "Apply luliconazole cream twice daily and continue for two weeks after the rash clears.",
    "Keep the area dry, wear loose cotton underwear and do not share towels.",
    "The small pimples on your face are acne, and adapalene gel at night will help over eight weeks.",
    "Do not squeeze the pimples, as this leaves dark marks and scars.",
    "A mole that changes size, shape or colour, or bleeds, should be removed and sent for biopsy.",
    "Use a sunscreen of SPF 30 or more every morning, even indoors near a window.",
    "Hair fall three months after a high fever is telogen effluvium, and it grows back on its own.",
    "Cetirizine 10 mg at night will control the itching of the hives.",
    # gynae
    "A delay of ten days in periods needs a urine pregnancy test first.",
    "Spotting in early pregnancy is common, but bleeding with cramps needs an ultrasound today.",
    "Folic acid 5 mg daily should be started three months before you try to conceive.",
    "The ultrasound shows a simple ovarian cyst of 3 cm, which usually goes away in two or three cycles.",
    "Irregular periods with weight gain and acne suggest polycystic ovaries.",
    "Weight loss of even five percent can bring back regular ovulation in PCOS.",
    "White discharge with curd like flakes and itching is a yeast infection and responds to clotrimazole pessaries.",
    "Severe pain on one side of the lower abdomen with a missed period may be an ectopic pregnancy;"
    " go to the hospital now.",
    "Iron tablets can cause black stools and constipation, which is harmless.",
    # urology / nephro
    "Burning while passing urine with frequency suggests a urinary tract infection.",
    "Send a urine culture before starting nitrofurantoin 100 mg twice daily for five days.",
    "Drink at least three litres of water a day to help the small kidney stone pass.",
    "A stone of 5 mm in the lower ureter usually passes on its own within four weeks.",
    "Your creatinine of 1.1 is normal and the kidneys are working well.",
    "Blood in the urine without pain in a person over forty needs a cystoscopy.",
    # ENT / eye / dental
    "The ear drum has a small hole, so keep water out of the ear while bathing.",
    "Do not use cotton buds, as they push the wax deeper into the canal.",
    "Use saline nasal drops four times a day to clear the blocked nose.",
    "A sore throat with high fever and white patches on the tonsils needs a course of antibiotics.",
    "Red eye with watering and sticky discharge is conjunctivitis; wash hands often and use separate towels.",
    "Sudden loss of vision in one eye is an emergency and needs an eye specialist within hours.",
    "The tooth needs a root canal treatment, as the decay has reached the pulp.",
    "Rinse with warm salt water three times a day until the gum swelling settles.",
    "Brush twice a day with a soft brush and floss once a day to stop the gums bleeding.",
    # paediatrics
    "A fever of 101 F in a child can be treated with paracetamol 15 mg per kg every six hours.",
    "If the child is drowsy, refuses feeds or has a rash that does not fade on pressing, take him to hospital.",
    "Babies below six months need only breast milk, not even water.",
    "Loose motions in a toddler need ORS and zinc 20 mg daily for fourteen days.",
    "Your son's height and weight are normal for his age on the growth chart.",
    "Teething can cause drooling and irritability but not high fever.",
    "Keep the vaccination schedule on time; the measles dose is due at nine months.",
    # psychiatry
    "Feeling low for more than two weeks with poor sleep and loss of interest points to depression.",
    "Escitalopram 10 mg once daily usually starts to work after two to three weeks.",
    "Do not stop the antidepressant suddenly; it is tapered over a few weeks.",
    "If you have thoughts of ending your life, please go to the nearest emergency room or call a crisis line now.",
    "Losing someone dear can bring on grief with poor sleep and appetite, which usually eases over a few months.",
    "Talking therapy with a counsellor helps panic attacks as much as medicines do.",
    "Slow breathing, four seconds in and six seconds out, calms a panic attack.",
    # infectious
    "Dengue is likely with fever, body ache and a platelet count of 90,000.",
    "Avoid ibuprofen and aspirin in dengue, as they raise the risk of bleeding; take only paracetamol.",
    "Warning signs in dengue are vomiting, belly pain, bleeding gums and cold hands.",
    "A Widal test alone is not reliable; a blood culture in the first week is better for typhoid.",
    "Thanks to the vaccine you took last year, the chance of severe illness is low.",
    "Mild fever and a sore arm after the vaccine are a welcome sign that the body is making antibodies.",
    "Complete the full course of antitubercular treatment for six months even if you feel well.",
    "Get an HIV test now and repeat it after three months, as early tests can miss a recent infection.",
    # general / labs / meds
    "Your haemoglobin of 9.2 shows mild anaemia, most likely from iron deficiency.",
    "Take the iron tablet with a glass of lemon water and not with tea or milk.",
    "A complete blood count, ESR and CRP will tell us whether there is an infection.",
    "The report says query early degenerative change, meaning the radiologist suspects it but is not sure.",
    "Intensive care may be needed if oxygen saturation stays below 90 percent.",
    "Paracetamol 650 mg can be taken up to four times a day, but not more than 4 grams in a day.",
    "Antibiotics do not help a viral cold, and it clears in seven to ten days.",
    "The swelling in the neck is a lymph node reacting to the throat infection.",
    "A node larger than 2 cm that keeps growing for a month should be biopsied.",
    "Warm compresses help the boil come to a head and drain.",
    "Please help yourself by stopping smoking; the cough and breathlessness will improve within weeks.",
    "Extra care is needed with the feet in diabetes: check them daily for cuts and blisters.",
    "An allergy to penicillin must be written on every prescription you are given.",
    "Take the medicine with food to avoid stomach upset.",
    "Repeat the blood tests after six weeks and bring the reports.",
    # lifestyle
    "Walk briskly for thirty minutes at least five days a week.",
    "Drink eight to ten glasses of water through the day.",
    "Go to bed and wake up at the same time every day, even on Sundays.",
    "Keep your phone out of the bedroom and stop screens an hour before sleep.",
    "Eat more fruit, vegetables and whole grains, and cut down on fried and sweet food.",
    "Reduce salt to less than one teaspoon a day in all your cooking.",
    "Lose some weight; even four or five kilos makes a difference to your knees.",
    "Stop alcohol completely for the next three months.",
    "Avoid heavy lifting and bending forward for six weeks.",
    "Sit straight at your desk and take a short walk every hour.",
    "Eat small meals at regular times and do not skip breakfast.",
    "Yoga and meditation for twenty minutes a day reduce stress.",
    "Wear a mask in crowded places until the cough settles.",
    "Chew your food well and eat slowly.",
    "Take care not to rub the eye, as rubbing spreads the infection to the other eye.",
    "Regarding diet, avoid maida, sweets and sugary drinks, and take more green leafy vegetables.",
    "The hope of full recovery is high when a fracture is fixed within the first week.",
    "No need to worry about the small calcified granuloma on the X-ray; it is an old healed spot.",
    "Kindly get a serum uric acid done, as pain in the big toe at night is typical of gout.",
]

OPEN8 = [
    "Hi.", "Hello,", "Hello~", "Hi~", "HelloThanks for the query.~", "Hi there,", "Hey,", "Hii", "HELLO.",
    "Hello dear,", "Hi dear~", "Dear {name},", "Hi {name},", "Hello {name}!", "Dear Sir,", "Dear Madam,",
    "Dear friend,", "Respected sir/madam,", "Greetings!", "Good day.", "Good morning.", "Good evening,",
    "Namaste.", "Namaskar {name} ji,", "Hi, welcome to {site}.", "Welcome to {site}~", "Welcome to {site} forum.",
    "Thanks for posting your query on {site}.", "Thank you for choosing {site}.", "Greetings from {site}!",
    "Thanks for asking on {site}.~", "Hello and welcome to {site}, I am happy to help you.",
    "Thank you for your query.", "Thanks for the query.~", "Thanks for writing in.", "Thanks for your question.",
    "Thank you for the detailed history.", "Thank you for sharing the reports.", "Thanks a lot for trusting us.",
    "Thank u for ur query.", "THANKS FOR YOUR QUERY.", "Thankyou for writing to us.~",
    "I have gone through your query.", "I have gone through your query with diligence.~",
    "I have read your question carefully.", "I have gone thru your history and the reports attached.",
    "I read your query and understand your concern.", "I have carefully noted the details you have given.",
    "Went through ur query.", "Your query has been noted.", "I have gone through your question in detail and "
    "would like to answer as follows.", "I understand your concern.", "I can understand your worry.",
    "I can understand how stressful this must be for you.", "I am sorry to hear that you are unwell.",
    "Sorry to know about your problem.", "Don't worry, I am here to help you.", "Do not panic.~",
    "Relax, it is not serious.", "I appreciate your concern for your mother.",
    "It is natural to be worried about your child.", "I am {dr}, a {spec} with {years} years of experience.",
    "This is {dr} here.", "{dr} here, {spec}.", "I am {dr} ({deg}) and I will answer your query.",
    "Myself {dr}, {spec} from {city}.", "I am a {spec} and I have gone through your query.",
    "As a {spec}, I would like to tell you the following.", "Hello, I am {dr}.~",
    "Hello, this is {dr} from {site}.", "Hi, {dr} here answering your question.",
    "Thanks for consulting {dr} on {site}.", "Hi {name}, thanks for writing to {site}.",
    "Hello {name}, I have read your query and here is my opinion.", "Dear {name}, thanks for the query.~",
    "Hello, thanks for the question.I will try to help you.", "Hello,I read carefully your question.~",
    "Hi! Good evening. I am {dr} answering your query.", "Hello and thank you for using {site}.",
    "Many thanks for contacting us.", "Thank you for asking.", "Welcome, dear.",
    "Good afternoon and thanks for the query.", "Let me help you with this.", "I will try to help you out.",
    "Hope you are doing well.", "Hope you are feeling better now.~", "Greetings of the day!",
    "Welcome to the forum.", "Happy to help you.", "Hi, I am happy to answer your question.",
    "Helo,", "Thnx for ur query.", "Dear patient,", "Hi,Thanks for query.~", "Hello Dear,Thanks for writing in.~",
    "HI {name}.", "Hi! Thanks for writing in to {site}. I am {dr}, {deg}.", "Hello, welcome to {site}!~",
    "Kindly go through the following suggestions.", "I would like to assure you that I will help you.",
    "Dear {name}, I am {dr}, {spec}, {city}, and I have read your history.", "Respected {name} ji, greetings.",
    "Sir,", "Hello there! {dr} here from {city}.~", "Hi, thank you for asking {site}; this is {dr}.",
]

CLOSE8 = [
    "Take care.", "Take care~", "tc", "Tc.", "Regards.", "Rgds", "Regards, {dr}", "Warm regards,{dr}",
    "With regards, {dr}, {deg}", "Best regards.", "Best wishes.", "Wishing you good health.",
    "Wish you a speedy recovery.", "Get well soon!", "Get well soon.~", "Hope this helps.",
    "Hope this helps you.", "I hope this helps. Take care.", "Hope I have answered your query.",
    "Hope I answered your question. Let me know if I can assist you further.", "Hope this information helps.",
    "Hope my answer is helpful.", "Hope you found my answer useful.", "Hope this clears your doubt.",
    "Feel free to ask any further questions.", "Feel free to ask more doubts.",
    "If you have any more queries, do write back.", "You can ask me again if you need more help.",
    "Revert back with the reports for further guidance.", "Write back to me after the tests.~",
    "For further queries you can contact me directly on {site}.", "You can follow up with me on {site}.",
    "For a private consultation, ask me directly at {url}.",
    "For more information consult a {spec} online at {site}.", "Consult me on {site} for a detailed review.",
    "You can send me the reports through a paid consultation.", "Please rate the answer if it helped.",
    "Kindly rate my answer and click thanks.", "Please do not forget to rate this answer 5 stars.",
    "If my answer was useful, please give it a thumbs up.", "Thanks for using {site}.",
    "Thank you for consulting {site}.", "Thanks for choosing {site}.~", "Thank you.", "Thanks.",
    "Thank you and take care.", "Thanks and regards.", "Thanks & Regards,{dr}",
    "Thanks, {dr}, {spec}, {city}.", "Regards,{dr} {deg}Consultant Physician, {city}",
    "{dr} {deg}", "{dr}", "-{dr}", "{dr}, {spec}", "{dr} ({deg}), {city}", "Yours sincerely, {dr}",
    "Team {site}", "All the best.", "All the best, {name}.", "Good luck!", "Wishing you all the best.",
    "God bless you.", "God bless.~", "May God bless you with good health.", "Happy Diwali!",
    "Wish you a happy new year.", "Eid Mubarak and take care.", "Merry Christmas and good health to you.",
    "Do not worry, everything will be fine.", "Don't worry, you will be alright.",
    "Stay healthy, stay safe.", "Be positive.", "Have a nice day.", "Have a good day ahead.",
    "Hope to hear from you soon.", "Keep me posted.", "Please let me know how it goes.",
    "Waiting for your reply.", "With best wishes for a speedy recovery, {dr}.",
    "Thanks again for your query on {site}. Take care.", "Thanks, regards.", "Wishing you good health,{dr}",
    "THANK YOU.", "TAKE CARE.", "Regards {dr} {site} Physician.", "Bye.", "Cheers!",
    "Regards,\n{dr}\n{deg}\n{city}", "Regards, {dr}, MBBS, MD(Med)Consultant Physician, {city}",
    "Kindly revert with the reports.", "Pls revert with reports.", "Thnx n rgds.",
    "For further doubts consult me online: {url}", "Please click 'Thank the doctor'"
    " if my answer helped you.", "Ask a Doctor - Online Consultation on {site}.", "Wishing u a speedy recovery!!",
    "Any further questions are welcome. Regards, {dr}.", "Best of luck and God bless you!", "Jai Hind. Take care.",
    "Book a video consultation with me on {site} for a detailed discussion of your reports.",
]

DAMAGE8 = [
    "Take one tablet twice a Chat Doctor for five days.",
    "Apply the ointment on the affected Chat Doctor at bedtime.",
    "You should consult a Chat Doctor nearby for a physical examination.",
    "Drink plenty of Chat Doctor and take rest.",
    "The pain is from the Chat Doctor and will settle in a week.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity)",
    "I have reviewed the Chat Doctor you uploaded.",
    "Use the drops three times a Chat Doctor in both eyes.",
    "Your Chat Doctor level is slightly raised and needs rechecking.",
    "Chat Doctor. Ramesh, general physician.",
    "Visit Chat Doctor for more answers.",
    "Avoid spicy food and Chat Doctor for two weeks.",
    "Your son may have a viral Chat Doctor which settles in three days.",
    "Hi, Chat Doctor, thanks for the query.",
    "Regards, Chat Doctor.",
]

DESCRIPTIONS8 = ["Q. What does my report mean?", "Is this serious?", "Q. Please suggest a medicine.",
                 "What could cause this pain?", "Q. Should I be worried about these symptoms?",
                 "Need advice about my child", "What treatment do you suggest?", "Is this normal?",
                 "Q. My tests are attached, please guide.", "Why do I feel like this?"]
PATIENTS8 = [
    "Hi doctor, I am 34 years old and have had chest pain on and off for two days. Please advise.",
    "Hello sir, my mother is 62 and her sugar reports came high. What should she do?",
    "I have burning in my stomach after meals for a month. I took antacids but no relief.",
    "My son is 3 years old with fever since last night, 102 F. He is not eating.",
    "Hi, I got my blood test and haemoglobin is 9. Is it dangerous? I feel tired always.",
    "Dear doctor, I have itchy red patches in my thighs for 2 weeks. I used some cream.",
    "I am 28 female, my periods are late by 12 days and the test is negative. Pls help.",
    "Sir I have back pain going down my left leg since I lifted a heavy box.",
    "hello my husband has cough for 4 weeks, he smokes 10 a day. what tests to do",
    "I feel low and cannot sleep since my father passed away. I cry a lot.",
    "I have headache on one side with vomiting and I cannot bear light. What to do?",
    "my TSH is 7.2 and T4 normal, do I need tablets? I am 40 and gaining weight",
    "Hi, I have pain while passing urine and going often. Also some back pain.",
    "I have had a pimple problem for years, tried many creams. Please suggest.",
    "Doctor, I had a stent 6 months ago. Can I stop my blood thinner before a tooth extraction?",
]

_SLOTS8 = {"{name}": NAMES8, "{dr}": DOCTORS8, "{site}": SITES8, "{city}": CITIES8, "{deg}": DEGREES8,
           "{spec}": SPECS8, "{years}": YEARS8,
           "{url}": URLS8}


def fill8(template, rng):
    """A template with its slots filled from the pools; a trailing "~" stays for the joiner."""
    text = template
    for slot, pool in _SLOTS8.items():
        while slot in text:
            text = text.replace(slot, rng.choice(pool), 1)
    return text


def _join8(pieces, rng):
    """Pieces joined as scraped: a space mostly, a newline or blank line at times, nothing after a full stop."""
    out = ""
    for index, piece in enumerate(pieces):
        if index:
            previous = pieces[index - 1]
            if previous.endswith("~"):
                glue = ""
            elif previous.endswith(".") and rng.random() < 0.15:
                glue = ""
            else:
                glue = rng.choices([" ", "\n", "\n\n"], weights=[70, 20, 10])[0]
            out = out.rstrip("~") + glue
        out += piece
    return out.rstrip("~")


def make_row8(rng):
    """One answer: openers, medical sentences with maybe a damaged piece, closers; body and plants verbatim."""
    openers = [fill8(t, rng) for t in rng.sample(OPEN8, rng.choices([0, 1, 2, 3], weights=[35, 40, 18, 7])[0])]
    closers = [fill8(t, rng) for t in rng.sample(CLOSE8, rng.choices([0, 1, 2, 3], weights=[30, 40, 20, 10])[0])]
    body = rng.sample(BODY8, rng.randint(2, 5))
    middle = list(body)
    damage = [rng.choice(DAMAGE8)] if rng.random() < 0.2 else []
    for piece in damage:
        middle.insert(rng.randint(0, len(middle)), piece)
    if closers and closers[-1].endswith("~"):
        closers[-1] = closers[-1].rstrip("~")
    doctor = _join8(openers + middle + closers, rng)
    plants = [p.rstrip("~") for p in openers] + damage + [p.rstrip("~") for p in closers]
    return {"Description": rng.choice(DESCRIPTIONS8), "Patient": rng.choice(PATIENTS8), "Doctor": doctor,
            "body": body, "plants": plants}


def make_blind8(n=ROWS8, seed=SEED8):
    """n rows from one seeded generator, the same rows for the same seed."""
    rng = random.Random(seed)
    return [make_row8(rng) for _ in range(n)]


def main():
    OUT8.parent.mkdir(parents=True, exist_ok=True)
    with OUT8.open("w", encoding="utf-8") as handle:
        for row in make_blind8():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {ROWS8} rows to {OUT8}")


if __name__ == "__main__":
    main()
