"""A second blind realistic set for answer cleaning (issue 24): original answers in the style of Q&A-site data,
written by someone who never saw the cleaning rules, their tests, docs/data.md, the data modules, or the pools of
tests/realistic_set.py and tests/realistic_blind.py.

    PYTHONPATH=$PWD:$PWD/tests python tests/realistic_blind2.py   # rewrites tests/data/realistic_blind2.jsonl
    make_blind2(20_000, seed)                                      # a large set, in memory only

Everything here was written for medqa from general knowledge of how doctors on Q&A sites open and close answers;
no dataset text. Rows have realistic_set's format: {"Description", "Patient", "Doctor", "body": medical sentences
verbatim in Doctor, "plants": boilerplate verbatim in Doctor}; score them with realistic_set.score unchanged.
Differences from realistic_set.make_row, on purpose: openers and closers are drawn so that about 89 % of rows carry
at least one; a damaged sentence goes into about a fifth of rows; pieces are joined by a space, a newline, a blank
line, or nothing at all after a full stop (scraped text loses spaces); a template ending in "~" is glued to the
next piece with no space, wherever it stands.
BODY2 holds hard cases that look like courtesy but are medical and must survive cleaning ("Thanks to…", "Hope…",
"Take care…", "Welcome…", "Regards to…", "Sorry, but…", named doctors, "Tab."/"Inj.", "HCM" as the heart disease,
very short sentences, questions back to the patient).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

BODY2 = [
    "Your symptoms suggest acid reflux rather than a heart problem.",
    "Tab. Pantoprazole 40 mg once daily before breakfast for two weeks should settle the burning.",
    "Cap. Amoxicillin 500 mg three times a day for five days is usually enough for this infection.",
    "Inj. Tetanus toxoid is needed if your last booster was more than five years ago.",
    "Syp. Ambroxol 5 ml thrice daily can loosen the phlegm.",
    "Thanks to the normal ECG, a heart attack is unlikely, but the chest pain still needs a stress test.",
    "Thanks to the measles vaccine, your child is protected even if a classmate has it.",
    "Hope of recovery is good, since most such nerve injuries heal within three months.",
    "Hope for pregnancy is realistic, as your AMH of 3.2 ng/mL shows a healthy egg reserve.",
    "Take care not to lift anything heavy for six weeks after the hernia repair.",
    "Take care to check your sugar before each insulin dose.",
    "Take care of your feet by checking them daily for cuts, since you are diabetic.",
    "Best results come from taking levothyroxine on an empty stomach, half an hour before food.",
    "Best to avoid ibuprofen as you have had a stomach ulcer before.",
    "Welcome as the weight loss may be, losing 10 kg in two months without trying needs tests for sugar and thyroid.",
    "Welcome relief usually comes within two days of starting the right antibiotic.",
    "Dear as the injections are, a biologic is the next step if methotrexate fails.",
    "Regards to diet, cut down on salt, pickles and papad.",
    "Regards to the neck swelling, it is a reactive lymph node and should settle in two to three weeks.",
    "Please go to the nearest emergency department now if the chest pain spreads to your arm or jaw.",
    "Please do a complete blood count, ESR and CRP.",
    "Please repeat the thyroid profile after six weeks on the new dose.",
    "Please stop the cough syrup if it makes you very sleepy.",
    "Sorry, but antibiotics will not help a viral cold.",
    "Sorry, but this abscess cannot be treated with home remedies; it needs drainage.",
    "Good news is that your HbA1c of 6.1 % is in the prediabetic range, not diabetes.",
    "Good news: the biopsy shows no cancer.",
    "Wish to conceive soon? Then start folic acid 5 mg daily from now.",
    "Wishful waiting is risky with a painful testicular swelling, so get a scrotal Doppler today.",
    "Show the reports to a cardiologist within a week.",
    "A consultation with an ENT surgeon is needed to look at the eardrum.",
    "Dr. Mehta's advice to continue the aspirin is correct, so do not stop it.",
    "Your neurologist, Dr. Rao, was right to order the EEG.",
    "Ask your gynaecologist about a progesterone level on day 21 of the cycle.",
    "An orthopaedic surgeon should examine the knee for a ligament tear.",
    "A psychiatrist can help a great deal with the panic attacks.",
    "Is the pain worse after fatty meals?",
    "Do you have fever along with the cough?",
    "How many days has it been since your last period?",
    "Any blood in the stool?",
    "Has anyone in your family had kidney stones?",
    "Are you taking any blood thinners?",
    "Drink more water.",
    "Avoid spicy food.",
    "It is not serious.",
    "Rest the ankle.",
    "See a surgeon.",
    "Your haemoglobin of 8.2 g/dL shows moderate anaemia.",
    "Start Tab. Ferrous ascorbate once daily after lunch for three months.",
    "The TSH of 9.8 means an underactive thyroid.",
    "A vitamin D level of 12 ng/mL is low; take 60,000 IU weekly for eight weeks.",
    "Vitamin B12 injections may be needed if the level stays below 200 pg/mL.",
    "The X-ray shows mild degenerative changes at L4-L5.",
    "Your sperm count of 12 million/mL is slightly below normal.",
    "Call an ambulance if you notice weakness on one side of the face or body.",
    "A sudden severe headache, the worst of your life, needs a CT scan today.",
    "Go to the casualty immediately if the child becomes drowsy or stops drinking.",
    "Blood in vomit is an emergency; do not wait for morning.",
    "If breathing becomes difficult or the lips turn blue, call emergency services.",
    "Metformin 500 mg twice daily with meals is a sensible start.",
    "Apply mometasone cream thinly once a day for no more than two weeks.",
    "Use saline nasal drops four times a day.",
    "Warm salt-water gargles after each meal soothe the throat.",
    "Paracetamol 650 mg up to four times a day will control the fever.",
    "Never take more than 4 g of paracetamol in a day.",
    "Cetirizine 10 mg at night will ease the itching.",
    "Montelukast 10 mg at bedtime can reduce the wheezing.",
    "Azithromycin 500 mg once daily for three days covers most chest infections of this type.",
    "Clotrimazole dusting powder keeps the groin dry.",
    "Wear cotton undergarments and change them twice a day.",
    "The mole should be removed and sent for histopathology because its edges are irregular.",
    "A Pap smear every three years is advised from the age of 21.",
    "Your blood pressure of 150/95 needs treatment.",
    "Amlodipine 5 mg once daily is a good first choice.",
    "Check your blood pressure at home for a week and note the readings.",
    "Losing 5 to 7 kg will help the fatty liver.",
    "Stop alcohol completely, since your liver enzymes are high.",
    "An SGPT of 110 U/L is about three times the upper limit.",
    "Get an ultrasound of the abdomen and pelvis done.",
    "A urine culture should be sent before starting antibiotics.",
    "Nitrofurantoin 100 mg twice daily for five days treats a simple bladder infection.",
    "Cranberry juice does not cure an established urine infection.",
    "The ovarian cyst is simple and needs only a repeat scan in three months.",
    "Hot fomentation over the area twice daily will ease the spasm.",
    "Neck exercises should include chin tucks and shoulder shrugs.",
    "Use a firm pillow of medium height.",
    "Avoid bending your neck over the phone for long periods.",
    "This looks like tinea, a fungal infection, not eczema.",
    "Steroid creams can make a fungal rash spread.",
    "Sertraline takes four to six weeks to show its full effect.",
    "Do not stop the antidepressant suddenly.",
    "If you have thoughts of harming yourself, go to an emergency department or call a crisis line now.",
    "Emergency contraception works best within 72 hours.",
    "A home pregnancy test is reliable from the day of the missed period.",
    "Spotting in early pregnancy is common, but a scan must confirm the pregnancy is in the uterus.",
    "Severe one-sided lower abdominal pain with a positive test can mean an ectopic pregnancy; go to hospital now.",
    "Babies under three months with a fever above 38 C must be seen today.",
    "Give ORS after every loose stool to prevent dehydration.",
    "Zinc 20 mg daily for 14 days shortens diarrhoea in children.",
    "The chickenpox spots crust over in about a week.",
    "Your child's weight is normal for the age.",
    "A peak flow meter will show how well the asthma is controlled.",
    "Use the inhaler with a spacer.",
    "Rinse your mouth after every puff of the steroid inhaler.",
    "Pain in front of the knee when climbing stairs usually comes from behind the kneecap.",
    "Quadriceps strengthening exercises are the most useful treatment.",
    "Ice the area for 15 minutes three times a day.",
    "A uric acid of 8.9 mg/dL is high, but it needs no tablets without gout attacks.",
    "A fasting lipid profile should be done after 12 hours without food.",
    "An LDL of 190 mg/dL needs a statin whatever your age.",
    "Chest pain on exertion that settles with rest needs a TMT or an angiogram.",
    "Moxifloxacin eye drops four times a day for a week will clear the conjunctivitis.",
    "See an ophthalmologist if vision becomes blurred or the eye is painful.",
    "Floaters with flashes of light need a retina check the same day.",
    "Hair fall after typhoid usually recovers by itself in six months.",
    "A dentist should check that tooth for a deep cavity.",
    "Root canal treatment can save the tooth.",
    "HCM, a thickened heart muscle, runs in families, so your brothers need an echo too.",
]

OPEN2 = [
    "Hiii {name},", "Hello {name} ji,", "Namaste {name} ji.", "HELLO MY DEAR FRIEND!!", "Helo and gud day,", "Hi hi~",
    "Dearest {name} ji,", "Respected Sir/Mam, greetings!!", "Greetings of the day!",
    "Good evening to you and your family, {name}.", "Hey {name}, thx for writing in.", "Hi,thanx for ur query.",
    "Hello and thanks a lot for trusting us with your health concern.", "Thank u for the question.",
    "Many thanks for posting on {site}.", "I have gone thru your query in detail.",
    "I went through your history and reports carefully.", "I have reviewed the photos you uploaded.",
    "Read your question carefully~", "I have carefully studied the attached scan report.",
    "Your query has been noted and understood.", "I could understand your concern very well.",
    "I understand your worry about your {rel}.", "Sorry to hear about your troubles.",
    "So sorry to know that you are suffering like this.", "I can feel how anxious you must be.",
    "I am Dr. {dr}, a {spec} from {city}.", "Myself Dr {dr}, {spec} with {yrs} years of experience.",
    "This is Dr. {dr} answering your query on {site}.", "I am a general physician and I will try to help you.",
    "As a {spec} practising in {city} for {yrs} years, let me explain.", "Welcome aboard {site}!",
    "WELCOME TO {site} FORUM.", "Thanks for choosing {site} for your health query.",
    "Welcome once again on {site} dear {name}.", "Hi,Welcome to the {site} family.",
    "Thank you for consulting us at {site}~", "HelloThanks for the detailed history.", "Hi, doctor here.",
    "Good morning Sir.", "Respected madam,", "Hello {name} I read your mail.",
    "Thanks for ur question, I will try to help u.", "Dear friend,I have read your query.",
    "Hii {name} , hope u r fine.", "HI, THANKS FOR WRITING TO US.", "Hellooo", "Hi there and welcome!",
    "Warm greetings from {site}.", "Your concern is genuine and I appreciate you asking.", "Let me help you with this.",
    "I will answer your questions one by one.", "I appreciate the details you have given.",
    "Thanks for your trust in {site} and in me.", "Salaam {name},", "Hello, I am happy to assist you today.",
    "Hi. Dr {dr} here~", "Good afternoon and thank you for the query.", "hi {name} how r u.",
    "Greetings from Dr. {first} {dr}, {spec}, {city}.", "i have seen ur reports~",
    "Thank you for the pictures, they are clear.", "Hello! Nice to meet you on {site}.",
]

CLOSE2 = [
    "Hope this helps u.", "Hope my answer is of some help to you.", "I hope that clears your doubt.",
    "Hope I was able to answer your query satisfactorily.", "Wishing you a swift and complete recovery!!",
    "Get well soon my friend, tc.", "Best wishes and good health.", "God bless you.", "Stay blessed and healthy.",
    "Take care, tc.", "TAKE GOOD CARE OF URSELF.", "Tc, bye.", "Feel free to ping me again with any other doubts.",
    "You can follow up with me anytime with your reports.", "If any more query, pls ask.",
    "Revert back with the test results.", "Do get back to me after the scan.", "I will be glad to help you again.",
    "Kindly rate my answer and close the discussion.", "Please accept the answer if you found it useful.",
    "Don't forget to click 'Helpful' and give 5 stars.", "If satisfied, pls close the query and rate.",
    "For a detailed one-to-one consultation, book a paid call with me for Rs. {price}.",
    "You can ask me directly through a premium question for ${price}.",
    "Visit www.{site}.com/ask-dr-{dr} to consult me privately.", "Click here: bit.ly/{code} for a video consult.",
    "For more information consult a {spec} online --> http://www.{site}.com/ask/{code}",
    "For further queries consult an online {spec} -->", "Regards,\nDr. {dr}\nMBBS, MD (Medicine)\n{city}",
    "Dr {first} {dr} MBBS, DNB (Ortho)Consultant Orthopaedic Surgeon, {city}.", "Thanks and regards.Dr. {dr}",
    "With best regards,", "Warm regards, {spec}.", "Sincerely yours,\nDr {first} {dr} (MBBS)",
    "Dr. {dr}, MD Paediatrics, {yrs} yrs exp.", "Rgds~", "Thx.", "Thank you for using {site} services, we value you.",
    "Thanks again for choosing us.", "Hope to hear from you soon.", "All the very best to u.", "Gud luck!",
    "Have a nice day ahead.", "Wish u a quick recovery.", "Stay healthy, stay happy :)",
    "I am available for any further clarification.", "Still if you have any query you may ask.",
    "Let me know how you get on.", "Hope I have cleared all your doubts regarding this.",
    "Pls do let me know if u need further help.", "Wishing you and your baby good health.",
    "May God give you strength.", "For any more help, contact me on {site}.",
    "Paid consultation available at just Rs {price} for 15 min.", "Thanks for your time, {name}.",
    "Cheerio and keep smiling.", "Dr.{first} {dr}MD(Med)Consultant Physician{city}", "rgrds dr {dr} {city}",
    "Bye and tc of urself.", "HOPE THIS INFO IS USEFUL.",
]

DAMAGE2 = [
    "[Attachment removed for patient confidentiality]",
    "(Photo attachment removed by moderator to protect identity)",
    "(attachments removed - patient identity protected)",
    "Apply the cream twice a Chat Doctor for two weeks.",
    "Your Chat Doctor levels are slightly raised but need no treatment.",
    "Take the tablet with a full glass of Chat Doctor after breakfast.",
    "The swelling is due to Chat Doctor and will go with rest.",
    "Please meet a Chat Doctor in your area to have the wound dressed.",
]

NAMES2 = ["Deepa", "Rohan", "Aisha", "Tomas", "Nneka", "Vikram", "Lucia", "Harpreet", "Yusuf", "Meera", "Joseph",
          "Bindu"]
DOCTORS2 = ["Kulkarni", "Adebayo", "Menon", "Fernando", "Qureshi", "Dasgupta", "Oyelaran", "Pillai", "Bose"]
CITIES2 = ["Vadodara", "Thrissur", "Abuja", "Ludhiana", "Guwahati", "Colombo", "Nashik", "Kanpur"]
SITES2 = ["DocsOnCall", "MedQuery Hub", "AskaMedic", "CureLine", "HealthAnswersNow", "MyClinicOnline"]
SPECS2 = ["general physician", "pediatrician", "dermatologist", "Gynecologist", "cardiologist", "ENT specialist",
          "orthopedician", "psychiatrist"]
PATIENT2 = [
    "I am {age} yrs old and have had this problem for {d} days. What to do?",
    "My {rel} is {age} and the trouble started {d} days back. Is it dangerous?",
    "Sir, {d} days now with this, I am {age}. pls advise medicine.",
    "Age {age}. Symptoms for {d} days. Reports attached. Kindly guide.",
    "I'm {age}, it began about {d} days ago and is not getting better. Should I worry?",
]

COUNTS = [0, 0, 0, 1, 1, 1, 2, 2, 3]  # P(no opener and no closer) = 1/9, so about 89 % of rows carry some
JOINS = [" "] * 14 + ["\n", "\n", "\n\n", ""]  # "" only after a full stop: a scraped edge that lost its space
SEED = 2424
ROWS = 200
FILE = Path(__file__).resolve().parent / "data" / "realistic_blind2.jsonl"


def fill2(template: str, rng: random.Random) -> str:
    """The placeholders, filled from the lists above."""
    return template.format(name=rng.choice(NAMES2), first=rng.choice(NAMES2), dr=rng.choice(DOCTORS2),
                           city=rng.choice(CITIES2), site=rng.choice(SITES2), spec=rng.choice(SPECS2),
                           yrs=rng.randint(5, 30), price=rng.choice([199, 299, 499, 15, 25]),
                           age=rng.randint(18, 70), d=rng.randint(2, 20),
                           rel=rng.choice(["son", "daughter", "husband", "mother-in-law", "father"]),
                           code="".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(7)))


def _join(pieces: list[str], rng: random.Random) -> str:
    """Pieces joined as scraped text joins them; a piece ending in "~" is glued to the next with no space."""
    text = ""
    for i, piece in enumerate(pieces):
        if i and text.endswith("~"):
            text = text[:-1]
        elif i:
            sep = rng.choice(JOINS)
            text += sep if sep or text.endswith(".") else " "
        text += piece
    return text.rstrip("~")


def row2(rng: random.Random) -> dict:
    """One answer: 2 to 5 medical sentences, 0 to 3 openers and closers, a damaged sentence in a fifth of rows."""
    body = rng.sample(BODY2, rng.randint(2, 5))
    heads = [fill2(t, rng) for t in rng.sample(OPEN2, rng.choice(COUNTS))]
    tails = [fill2(t, rng) for t in rng.sample(CLOSE2, rng.choice(COUNTS))]
    middle = list(body)
    if rng.random() < 0.2:
        middle.insert(rng.randint(0, len(middle)), rng.choice(DAMAGE2))
    doctor = _join(heads + middle + tails, rng).strip()
    plants = [p.rstrip("~") for p in heads + tails] + [m for m in middle if m not in body]
    patient = fill2(rng.choice(PATIENT2), rng)
    return {"Description": "Q. " + patient.split(".")[0][:50] + "?", "Patient": patient, "Doctor": doctor,
            "body": body, "plants": plants}


def make_blind2(n: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    return [row2(rng) for _ in range(n)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    FILE.write_text(dumps(make_blind2(ROWS, SEED)), encoding="utf-8")


if __name__ == "__main__":
    main()
